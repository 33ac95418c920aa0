import type { EmulatorReply } from '../scripting/emulator-step.ts';
import { ThinkingSeals } from '../thinking/thinking-seals.ts';
import { deterministicId } from './deterministic-id.ts';
import { outputTokens } from './estimate-tokens.ts';
import type { Reply, ReplyBlock } from './reply.ts';

/** Turns a scripted reply into a complete one: ids, signatures, stop reason and usage filled in. */
export function scriptedReply(
  scripted: EmulatorReply,
  options: { seed: string; toolIdPrefix: string; inputTokens: number },
): Reply {
  const content = (scripted.content ?? []).map((block, i): ReplyBlock => {
    if (block.type === 'tool_use') {
      return {
        type: 'tool_use',
        id: block.id ?? deterministicId(options.toolIdPrefix, `${options.seed}:tool:${i}`),
        name: block.name,
        input: block.input ?? {},
      };
    }
    if (block.type === 'thinking') {
      return {
        type: 'thinking',
        thinking: block.thinking,
        signature: block.signature ?? ThinkingSeals.sign(block.thinking),
      };
    }
    if (block.type === 'redacted_thinking') {
      return {
        type: 'redacted_thinking',
        data: block.data ?? ThinkingSeals.redact(`scripted:${options.seed}:${i}`),
      };
    }
    return { type: 'text', text: block.text };
  });
  const reply: Reply = {
    content,
    stopReason: scripted.stopReason ?? (content.some((b) => b.type === 'tool_use') ? 'tool_use' : 'end_turn'),
    stopSequence: null,
    usage: {
      input_tokens: scripted.usage?.input_tokens ?? options.inputTokens,
      output_tokens: scripted.usage?.output_tokens ?? outputTokens(content),
    },
  };
  if (scripted.model !== undefined) reply.model = scripted.model;
  return reply;
}
