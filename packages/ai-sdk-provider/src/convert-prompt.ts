import type { LanguageModelV4Prompt, SharedV4ProviderOptions, SharedV4Warning } from '@ai-sdk/provider';
import { parseProviderOptions } from '@ai-sdk/provider-utils';
import type { ContentBlockParam, MessageParam, TextBlockParam } from '@resayil/core';
import { convertFilePart } from './convert-file-part.ts';
import { convertToolResult } from './convert-tool-result.ts';
import { PROVIDER_OPTIONS_KEY } from './provider-options-key.ts';
import { resayilPartOptionsSchema, type ResayilPartOptions } from './resayil-provider-options.ts';

/** A prompt in the shape of a Messages request. */
export interface ConvertedPrompt {
  /** The system messages, joined; blocks when one of them asks for cache control. */
  system: string | TextBlockParam[] | undefined;
  messages: MessageParam[];
  warnings: SharedV4Warning[];
}

type Role = MessageParam['role'];

/**
 * The AI SDK's prompt as a Messages request: system messages become `system`; user and tool
 * messages become user turns (tool results as `tool_result` blocks), assistant messages assistant
 * turns (text, `tool_use`, and reasoning sent back as `thinking` when it carries its signature);
 * consecutive turns of one role are merged, as the API requires. `cacheControl` in a message's or
 * part's `providerOptions.resayil` sets `cache_control` on that part (on a message: its last part).
 * Reasoning without a signature cannot be sent back and is left out with a warning.
 */
export async function convertPrompt(prompt: LanguageModelV4Prompt): Promise<ConvertedPrompt> {
  const warnings: SharedV4Warning[] = [];
  const systemBlocks: TextBlockParam[] = [];
  const messages: MessageParam[] = [];
  const append = (role: Role, blocks: ContentBlockParam[]): void => {
    const last = messages.at(-1);
    if (last?.role === role && Array.isArray(last.content)) last.content.push(...blocks);
    else messages.push({ role, content: blocks });
  };

  for (const message of prompt) {
    const messageOptions = await partOptions(message.providerOptions);
    if (message.role === 'system') {
      systemBlocks.push(withCacheControl({ type: 'text', text: message.content }, messageOptions));
      continue;
    }
    const blocks: ContentBlockParam[] = [];
    for (const part of message.content) {
      if (message.role === 'assistant' && part.type === 'tool-result') {
        warnings.push({
          type: 'other',
          message: 'A provider-executed tool result was left out: Resayil runs no tools itself.',
        });
        continue;
      }
      const options = await partOptions(part.providerOptions);
      const block = await convertPart(part, options, warnings);
      if (block) blocks.push(withCacheControl(block, options));
    }
    const last = blocks.at(-1);
    if (last) blocks[blocks.length - 1] = withCacheControl(last, messageOptions);
    if (blocks.length > 0) append(message.role === 'assistant' ? 'assistant' : 'user', blocks);
  }

  const cached = systemBlocks.some((block) => block.cache_control);
  const system =
    systemBlocks.length === 0
      ? undefined
      : cached
        ? systemBlocks
        : systemBlocks.map((block) => block.text).join('\n\n');
  return { system, messages, warnings };
}

type PromptPart = Exclude<LanguageModelV4Prompt[number], { role: 'system' }>['content'][number];

async function convertPart(
  part: PromptPart,
  options: ResayilPartOptions | undefined,
  warnings: SharedV4Warning[],
): Promise<ContentBlockParam | undefined> {
  switch (part.type) {
    case 'text':
      return { type: 'text', text: part.text };
    case 'file':
      return convertFilePart(part);
    case 'tool-call':
      return { type: 'tool_use', id: part.toolCallId, name: part.toolName, input: part.input ?? {} };
    case 'tool-result':
      return convertToolResult(part);
    case 'reasoning':
      if (options?.signature !== undefined) {
        return { type: 'thinking', thinking: part.text, signature: options.signature };
      }
      if (options?.redactedData !== undefined)
        return { type: 'redacted_thinking', data: options.redactedData };
      warnings.push({
        type: 'other',
        message:
          'A reasoning part without a Resayil signature was left out of the prompt (the API needs the signature to accept it back).',
      });
      return undefined;
    default:
      warnings.push({
        type: 'other',
        message: `A "${part.type}" part of the prompt was left out: Resayil has no equivalent.`,
      });
      return undefined;
  }
}

async function partOptions(
  providerOptions: SharedV4ProviderOptions | undefined,
): Promise<ResayilPartOptions | undefined> {
  return parseProviderOptions({
    provider: PROVIDER_OPTIONS_KEY,
    providerOptions,
    schema: resayilPartOptionsSchema,
  });
}

function withCacheControl<T extends ContentBlockParam>(block: T, options: ResayilPartOptions | undefined): T {
  if (!options?.cacheControl || block.type === 'thinking' || block.type === 'redacted_thinking') return block;
  return { ...block, cache_control: options.cacheControl };
}
