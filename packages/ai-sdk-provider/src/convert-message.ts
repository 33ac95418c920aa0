import type { LanguageModelV4Content } from '@ai-sdk/provider';
import type { Message } from '@resayil/core';
import { PROVIDER_OPTIONS_KEY } from './provider-options-key.ts';

/**
 * A complete reply's content as the AI SDK's: text, reasoning (with its signature, or a redacted
 * block's data, in `providerMetadata.resayil`), and tool calls with their JSON input. The
 * structured-output tool's input becomes the reply's text. Unknown block types are left out.
 */
export function convertMessage(message: Message, responseToolName?: string): LanguageModelV4Content[] {
  const content: LanguageModelV4Content[] = [];
  for (const block of message.content) {
    switch (block.type) {
      case 'text':
        if (block.text !== '') content.push({ type: 'text', text: block.text });
        break;
      case 'thinking':
        content.push({
          type: 'reasoning',
          text: block.thinking,
          ...(block.signature
            ? { providerMetadata: { [PROVIDER_OPTIONS_KEY]: { signature: block.signature } } }
            : {}),
        });
        break;
      case 'redacted_thinking':
        content.push({
          type: 'reasoning',
          text: '',
          providerMetadata: { [PROVIDER_OPTIONS_KEY]: { redactedData: block.data } },
        });
        break;
      case 'tool_use':
        content.push(
          block.name === responseToolName
            ? { type: 'text', text: JSON.stringify(block.input ?? {}) }
            : {
                type: 'tool-call',
                toolCallId: block.id,
                toolName: block.name,
                input: JSON.stringify(block.input ?? {}),
              },
        );
        break;
    }
  }
  return content;
}
