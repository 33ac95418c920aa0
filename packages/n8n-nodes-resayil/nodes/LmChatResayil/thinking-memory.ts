import type { ContentBlockParam, Message } from '../../shared/protocol.ts';

/** A thinking block as the Messages API takes it back: signed thinking or redacted thinking. */
export type ThinkingBlock = Extract<ContentBlockParam, { type: 'thinking' | 'redacted_thinking' }>;

/** How many replies' thinking the n8n process keeps; the oldest are forgotten first. */
const DEFAULT_CAPACITY = 1000;

/**
 * The thinking a chat model produced, kept so that it can go back unchanged, as the Messages API
 * demands with thinking on, although n8n's AI Agent does not carry it: the AI node SDK's LangChain
 * adapter drops streamed reasoning and the signature of generated reasoning, has no form for
 * redacted thinking, and AI Agent 3 rebuilds the tool-call turn from the tool call alone when it
 * runs again after the tools. So the thinking blocks before a reply's tool calls are kept by tool
 * call id (ids are unique per reply), and each thinking text's signature by text; both in this n8n
 * process's memory, bounded (`capacity` replies).
 */
export class ThinkingMemory {
	private readonly beforeCall = new Map<string, ThinkingBlock[]>();
	private readonly signatures = new Map<string, string>();

	constructor(private readonly capacity = DEFAULT_CAPACITY) {}

	/** Remembers the thinking of a complete reply. */
	remember(message: Message): void {
		const thinking: ThinkingBlock[] = [];
		for (const block of message.content) {
			if (block.type === 'thinking') {
				thinking.push({ type: 'thinking', thinking: block.thinking, signature: block.signature });
				if (block.thinking !== '' && block.signature !== '')
					remember(this.signatures, block.thinking, block.signature, this.capacity);
			} else if (block.type === 'redacted_thinking') {
				thinking.push({ type: 'redacted_thinking', data: block.data });
			} else if (block.type === 'tool_use' && thinking.length > 0) {
				remember(this.beforeCall, block.id, thinking, this.capacity);
			}
		}
	}

	/** The thinking blocks, as they came, that preceded this tool call in a reply. */
	thinkingBefore(toolUseId: string): ThinkingBlock[] | undefined {
		return this.beforeCall.get(toolUseId);
	}

	/** The signature of this exact thinking text, if a reply carried it. */
	signatureOf(thinking: string): string | undefined {
		return this.signatures.get(thinking);
	}
}

/** The memory every Resayil chat model of this n8n process shares (the agent re-creates models). */
export const processThinkingMemory = new ThinkingMemory();

function remember<T>(map: Map<string, T>, key: string, value: T, capacity: number): void {
	map.delete(key);
	map.set(key, value);
	if (map.size > capacity) {
		const oldest = map.keys().next();
		if (oldest.done !== true) map.delete(oldest.value);
	}
}
