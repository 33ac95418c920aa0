import { InvalidRequestError } from '../errors/invalid-request-error.ts';
import type {
  ContentBlockParam,
  ImageBlockParam,
  MessageCreateParams,
  MessageParam,
  TextBlockParam,
  ToolChoice,
} from '../wire/anthropic.ts';
import type {
  ChatCompletionContentPart,
  ChatCompletionCreateParams,
  ChatCompletionMessageParam,
  ChatCompletionMessageToolCall,
  ChatCompletionToolChoice,
} from '../wire/openai.ts';

/**
 * Converts a Messages request into the same request for the OpenAI-compatible endpoint
 * (`POST /v1/chat/completions`), so a caller can build one request and send it to either route:
 *
 * - `system` becomes the first message; text blocks become text, images become `image_url` parts
 *   (base64 as a `data:` URL);
 * - an assistant's `tool_use` blocks become `tool_calls` (input as a JSON string); `tool_result`
 *   blocks become `tool` messages, placed before the rest of their user turn;
 * - thinking blocks are dropped (the route has no field for them); `max_tokens`, `temperature`,
 *   `top_p`, `stop_sequences`, `tools` and `tool_choice` carry over.
 *
 * `top_k`, `thinking` and `cache_control` have no equivalent and are not sent. Documents (PDF) cannot
 * be sent on this route: they throw `InvalidRequestError` naming the message.
 */
export function messagesToChatCompletion(params: MessageCreateParams): ChatCompletionCreateParams {
  const messages: ChatCompletionMessageParam[] = [];
  const system = systemText(params.system);
  if (system !== undefined) messages.push({ role: 'system', content: system });
  params.messages.forEach((message, index) => messages.push(...convertMessage(message, index)));
  return {
    model: params.model,
    messages,
    max_tokens: params.max_tokens,
    ...(params.temperature === undefined ? {} : { temperature: params.temperature }),
    ...(params.top_p === undefined ? {} : { top_p: params.top_p }),
    ...(params.stop_sequences?.length ? { stop: params.stop_sequences } : {}),
    ...(params.tools?.length
      ? {
          tools: params.tools.map((tool) => ({
            type: 'function' as const,
            function: {
              name: tool.name,
              ...(tool.description === undefined ? {} : { description: tool.description }),
              parameters: tool.input_schema,
            },
          })),
        }
      : {}),
    ...(params.tool_choice === undefined ? {} : { tool_choice: convertToolChoice(params.tool_choice) }),
    ...(params.stream === undefined ? {} : { stream: params.stream }),
  };
}

function systemText(system: MessageCreateParams['system']): string | undefined {
  if (system === undefined) return undefined;
  return typeof system === 'string' ? system : system.map((block) => block.text).join('\n\n');
}

function convertMessage(message: MessageParam, index: number): ChatCompletionMessageParam[] {
  if (typeof message.content === 'string') return [{ role: message.role, content: message.content }];
  return message.role === 'assistant'
    ? [assistantMessage(message.content)]
    : userMessages(message.content, index);
}

function assistantMessage(blocks: ContentBlockParam[]): ChatCompletionMessageParam {
  let text = '';
  const toolCalls: ChatCompletionMessageToolCall[] = [];
  for (const block of blocks) {
    if (block.type === 'text') text += block.text;
    else if (block.type === 'tool_use') {
      toolCalls.push({
        id: block.id,
        type: 'function',
        function: { name: block.name, arguments: JSON.stringify(block.input ?? {}) },
      });
    }
  }
  return {
    role: 'assistant',
    content: text === '' && toolCalls.length > 0 ? null : text,
    ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
  };
}

function userMessages(blocks: ContentBlockParam[], index: number): ChatCompletionMessageParam[] {
  const results: ChatCompletionMessageParam[] = [];
  const parts: ChatCompletionContentPart[] = [];
  blocks.forEach((block, blockIndex) => {
    switch (block.type) {
      case 'text':
        parts.push({ type: 'text', text: block.text });
        return;
      case 'image':
        parts.push(imagePart(block));
        return;
      case 'tool_result':
        results.push({
          role: 'tool',
          tool_call_id: block.tool_use_id,
          content: toolResultText(block.content),
        });
        return;
      case 'document':
        throw new InvalidRequestError(
          `messages[${index}].content[${blockIndex}]`,
          'is a document, which the chat completions route cannot carry',
          'Send documents on the Messages route (`/v1/messages`).',
        );
      default:
        return;
    }
  });
  if (parts.length === 0) return results;
  const onlyText = parts.every((part) => part.type === 'text');
  const content = onlyText ? parts.map((part) => (part as TextBlockParam).text).join('\n') : parts;
  return [...results, { role: 'user', content }];
}

function imagePart(block: ImageBlockParam): ChatCompletionContentPart {
  const url =
    block.source.type === 'url'
      ? block.source.url
      : `data:${block.source.media_type};base64,${block.source.data}`;
  return { type: 'image_url', image_url: { url } };
}

function toolResultText(content: string | Array<TextBlockParam | ImageBlockParam> | undefined): string {
  if (content === undefined) return '';
  if (typeof content === 'string') return content;
  return content.flatMap((block) => (block.type === 'text' ? [block.text] : [])).join('\n');
}

function convertToolChoice(choice: ToolChoice): ChatCompletionToolChoice {
  switch (choice.type) {
    case 'auto':
      return 'auto';
    case 'any':
      return 'required';
    case 'none':
      return 'none';
    case 'tool':
      return { type: 'function', function: { name: choice.name } };
  }
}
