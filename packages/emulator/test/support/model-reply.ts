import type { AnyJson } from './any-json.ts';
import { postJson } from './http-client.ts';
import { sseJson } from './parse-sse.ts';

/** The two model APIs. */
export type ModelApi = 'messages' | 'chat';

/** A reply read from either API, streamed or not, reduced to what tests assert on. */
export interface ModelReply {
  status: number;
  text: string;
  toolCalls: Array<{ id: string; name: string; input: unknown }>;
  /** `stop_reason` (Messages) or `finish_reason` (chat). */
  stop: string | null;
  /** `stop_sequence` (Messages only). */
  stopSequence: string | null | undefined;
  /** The body as received (the error body when `status` is not 200). */
  raw: string;
}

/** Test helper: posts a request to one of the model APIs over HTTP and reads the reply, streamed or not. */
export async function askModel(
  baseUrl: string,
  api: ModelApi,
  body: Record<string, unknown>,
  stream: boolean,
): Promise<ModelReply> {
  const path = api === 'messages' ? '/v1/messages' : '/v1/chat/completions';
  const res = await postJson(baseUrl + path, { ...body, stream });
  const raw = await res.text();
  const empty = { status: res.status, text: '', toolCalls: [], stop: null, stopSequence: undefined, raw };
  if (res.status !== 200) return empty;
  const read = api === 'messages' ? (stream ? streamedMessage : message) : stream ? streamedChat : chat;
  return { ...empty, ...read(raw) };
}

type Read = Pick<ModelReply, 'text' | 'toolCalls' | 'stop' | 'stopSequence'>;

function message(raw: string): Read {
  const body = JSON.parse(raw) as AnyJson;
  const blocks = body.content as AnyJson[];
  return {
    text: blocks
      .filter((b) => b.type === 'text')
      .map((b) => b.text)
      .join(''),
    toolCalls: blocks
      .filter((b) => b.type === 'tool_use')
      .map((b) => ({ id: b.id, name: b.name, input: b.input })),
    stop: body.stop_reason,
    stopSequence: body.stop_sequence,
  };
}

function streamedMessage(raw: string): Read {
  let text = '';
  let stop: string | null = null;
  let stopSequence: string | null | undefined;
  const calls = new Map<number, { id: string; name: string; json: string }>();
  for (const event of sseJson(raw) as AnyJson[]) {
    if (event.type === 'content_block_start' && event.content_block.type === 'tool_use')
      calls.set(event.index, { id: event.content_block.id, name: event.content_block.name, json: '' });
    if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') text += event.delta.text;
    if (event.type === 'content_block_delta' && event.delta.type === 'input_json_delta') {
      const call = calls.get(event.index);
      if (call) call.json += event.delta.partial_json;
    }
    if (event.type === 'message_delta') {
      stop = event.delta.stop_reason;
      stopSequence = event.delta.stop_sequence;
    }
  }
  const toolCalls = [...calls.values()].map(({ id, name, json }) => ({
    id,
    name,
    input: JSON.parse(json || '{}'),
  }));
  return { text, toolCalls, stop, stopSequence };
}

function chat(raw: string): Read {
  const choice = (JSON.parse(raw) as AnyJson).choices[0];
  return {
    text: choice.message.content ?? '',
    toolCalls: (choice.message.tool_calls ?? []).map((c: AnyJson) => ({
      id: c.id,
      name: c.function.name,
      input: JSON.parse(c.function.arguments),
    })),
    stop: choice.finish_reason,
    stopSequence: undefined,
  };
}

function streamedChat(raw: string): Read {
  let text = '';
  let stop: string | null = null;
  const calls = new Map<number, { id: string; name: string; json: string }>();
  for (const chunk of sseJson(raw) as AnyJson[]) {
    const choice = chunk.choices?.[0];
    if (!choice) continue;
    const delta = Array.isArray(choice.delta) ? {} : choice.delta;
    if (typeof delta.content === 'string') text += delta.content;
    for (const call of delta.tool_calls ?? []) {
      const known = calls.get(call.index) ?? { id: call.id, name: call.function?.name, json: '' };
      known.json += call.function?.arguments ?? '';
      calls.set(call.index, known);
    }
    if (choice.finish_reason) stop = choice.finish_reason;
  }
  const toolCalls = [...calls.values()].map(({ id, name, json }) => ({
    id,
    name,
    input: JSON.parse(json || '{}'),
  }));
  return { text, toolCalls, stop, stopSequence: undefined };
}
