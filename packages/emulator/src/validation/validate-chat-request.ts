import { checkThinking } from '../thinking/thinking-request.ts';
import { IssueCollector } from './issue-collector.ts';
import type { ValidationIssue } from './validation-issue.ts';

const ROLES = ['system', 'developer', 'user', 'assistant', 'tool'] as const;

/** Validates a `POST /v1/chat/completions` body: model, messages (roles, content) and sampling fields. */
export function validateChatRequest(body: unknown): ValidationIssue[] {
  const c = new IssueCollector();
  if (!c.require(body, 'body', 'object')) return c.issues;
  const b = body as Record<string, unknown>;
  if (c.require(b.model, 'model', 'string') && (b.model as string).length === 0)
    c.add('model', 'required', 'a valid string');
  if (c.require(b.messages, 'messages', 'array')) {
    const messages = b.messages as unknown[];
    if (messages.length === 0) c.add('messages', 'too_few', '1');
    messages.forEach((message, i) => checkMessage(c, message, `messages.${i}`));
  }
  c.optional(b.stream, 'stream', 'boolean');
  for (const key of ['max_tokens', 'max_completion_tokens']) {
    if (c.optional(b[key], key, 'integer')) c.range(b[key], key, 1);
  }
  checkThinking(c, b.thinking, b.max_completion_tokens ?? b.max_tokens);
  if (c.optional(b.temperature, 'temperature', 'number')) c.range(b.temperature, 'temperature', 0, 2);
  if (c.optional(b.top_p, 'top_p', 'number')) c.range(b.top_p, 'top_p', 0, 1);
  for (const key of ['frequency_penalty', 'presence_penalty']) {
    if (c.optional(b[key], key, 'number')) c.range(b[key], key, -2, 2);
  }
  if (c.optional(b.n, 'n', 'integer')) c.range(b.n, 'n', 1, 128);
  c.optional(b.seed, 'seed', 'integer');
  c.optional(b.logprobs, 'logprobs', 'boolean');
  if (c.optional(b.top_logprobs, 'top_logprobs', 'integer')) c.range(b.top_logprobs, 'top_logprobs', 0, 20);
  c.optional(b.parallel_tool_calls, 'parallel_tool_calls', 'boolean');
  checkResponseFormat(c, b.response_format);
  if (
    b.stop !== undefined &&
    b.stop !== null &&
    typeof b.stop !== 'string' &&
    c.require(b.stop, 'stop', 'array')
  ) {
    (b.stop as unknown[]).forEach((s, i) => c.require(s, `stop.${i}`, 'string'));
  }
  if (c.optional(b.tools, 'tools', 'array')) {
    (b.tools as unknown[]).forEach((tool, i) => {
      if (!c.require(tool, `tools.${i}`, 'object')) return;
      const fn = (tool as Record<string, unknown>).function;
      if (!c.require(fn, `tools.${i}.function`, 'object')) return;
      const f = fn as Record<string, unknown>;
      c.require(f.name, `tools.${i}.function.name`, 'string');
      c.optional(f.description, `tools.${i}.function.description`, 'string');
      c.optional(f.parameters, `tools.${i}.function.parameters`, 'object');
    });
  }
  const choice = b.tool_choice;
  if (choice !== undefined && typeof choice !== 'string' && c.require(choice, 'tool_choice', 'object')) {
    const fn = (choice as Record<string, unknown>).function;
    if (c.require(fn, 'tool_choice.function', 'object'))
      c.require((fn as Record<string, unknown>).name, 'tool_choice.function.name', 'string');
  } else if (typeof choice === 'string') {
    c.oneOf(choice, 'tool_choice', ['none', 'auto', 'required']);
  }
  return c.issues;
}

/** `response_format`: `text`, `json_object`, or `json_schema` with a named schema. */
function checkResponseFormat(c: IssueCollector, format: unknown): void {
  if (!c.optional(format, 'response_format', 'object')) return;
  const f = format as Record<string, unknown>;
  if (!c.oneOf(f.type, 'response_format.type', ['text', 'json_object', 'json_schema'])) return;
  if (f.type !== 'json_schema' || !c.require(f.json_schema, 'response_format.json_schema', 'object')) return;
  const spec = f.json_schema as Record<string, unknown>;
  c.require(spec.name, 'response_format.json_schema.name', 'string');
  c.optional(spec.schema, 'response_format.json_schema.schema', 'object');
}

function checkMessage(c: IssueCollector, message: unknown, at: string): void {
  if (!c.require(message, at, 'object')) return;
  const m = message as Record<string, unknown>;
  if (!c.oneOf(m.role, `${at}.role`, ROLES)) return;
  if (m.role === 'tool') c.require(m.tool_call_id, `${at}.tool_call_id`, 'string');
  const nullable = m.role === 'assistant';
  if (typeof m.content === 'string' || (nullable && (m.content === null || m.content === undefined))) {
    if (m.role === 'assistant' && m.tool_calls !== undefined)
      checkToolCalls(c, m.tool_calls, `${at}.tool_calls`);
    return;
  }
  if (!c.require(m.content, `${at}.content`, 'array')) return;
  (m.content as unknown[]).forEach((part, i) => {
    if (!c.require(part, `${at}.content.${i}`, 'object')) return;
    const p = part as Record<string, unknown>;
    if (!c.oneOf(p.type, `${at}.content.${i}.type`, ['text', 'image_url', 'input_audio', 'file'])) return;
    if (p.type === 'text') c.require(p.text, `${at}.content.${i}.text`, 'string');
    if (p.type === 'image_url') c.require(p.image_url, `${at}.content.${i}.image_url`, 'object');
  });
  if (m.role === 'assistant' && m.tool_calls !== undefined)
    checkToolCalls(c, m.tool_calls, `${at}.tool_calls`);
}

function checkToolCalls(c: IssueCollector, calls: unknown, at: string): void {
  if (!c.require(calls, at, 'array')) return;
  (calls as unknown[]).forEach((call, i) => {
    if (!c.require(call, `${at}.${i}`, 'object')) return;
    const k = call as Record<string, unknown>;
    c.require(k.id, `${at}.${i}.id`, 'string');
    if (c.require(k.function, `${at}.${i}.function`, 'object')) {
      const fn = k.function as Record<string, unknown>;
      c.require(fn.name, `${at}.${i}.function.name`, 'string');
      c.require(fn.arguments, `${at}.${i}.function.arguments`, 'string');
    }
  });
}
