import { checkThinking } from '../thinking/thinking-request.ts';
import { IssueCollector } from './issue-collector.ts';
import type { ValidationIssue } from './validation-issue.ts';

const BLOCK_STRINGS: Record<string, string[]> = {
  text: ['text'],
  tool_use: ['id', 'name'],
  tool_result: ['tool_use_id'],
  thinking: ['thinking'],
  redacted_thinking: ['data'],
};

/** Validates a `POST /v1/messages` body: model, `max_tokens` (integer ≥ 1), messages, and optional fields. */
export function validateMessagesRequest(body: unknown): ValidationIssue[] {
  const c = new IssueCollector();
  if (!c.require(body, 'body', 'object')) return c.issues;
  const b = body as Record<string, unknown>;
  if (c.require(b.model, 'model', 'string') && (b.model as string).length === 0)
    c.add('model', 'required', 'a valid string');
  if (c.require(b.max_tokens, 'max_tokens', 'integer')) c.range(b.max_tokens, 'max_tokens', 1);
  if (c.require(b.messages, 'messages', 'array')) {
    const messages = b.messages as unknown[];
    if (messages.length === 0) c.add('messages', 'too_few', '1');
    messages.forEach((message, i) => checkMessage(c, message, `messages.${i}`));
  }
  if (b.system !== undefined && typeof b.system !== 'string') {
    if (c.optional(b.system, 'system', 'array'))
      (b.system as unknown[]).forEach((block, i) => checkBlock(c, block, `system.${i}`));
  }
  c.optional(b.stream, 'stream', 'boolean');
  if (c.optional(b.stop_sequences, 'stop_sequences', 'array')) {
    (b.stop_sequences as unknown[]).forEach((s, i) => c.require(s, `stop_sequences.${i}`, 'string'));
  }
  if (c.optional(b.temperature, 'temperature', 'number')) c.range(b.temperature, 'temperature', 0, 1);
  if (c.optional(b.top_p, 'top_p', 'number')) c.range(b.top_p, 'top_p', 0, 1);
  if (c.optional(b.top_k, 'top_k', 'integer')) c.range(b.top_k, 'top_k', 0);
  checkOutputFormat(c, b.output_format, 'output_format');
  if (c.optional(b.output_config, 'output_config', 'object'))
    checkOutputFormat(c, (b.output_config as Record<string, unknown>).format, 'output_config.format');
  if (c.optional(b.tools, 'tools', 'array')) {
    (b.tools as unknown[]).forEach((tool, i) => {
      if (!c.require(tool, `tools.${i}`, 'object')) return;
      const t = tool as Record<string, unknown>;
      c.require(t.name, `tools.${i}.name`, 'string');
      c.optional(t.description, `tools.${i}.description`, 'string');
      if (t.type === undefined || t.type === 'custom')
        c.require(t.input_schema, `tools.${i}.input_schema`, 'object');
    });
  }
  if (c.optional(b.tool_choice, 'tool_choice', 'object')) {
    const choice = b.tool_choice as Record<string, unknown>;
    if (c.oneOf(choice.type, 'tool_choice.type', ['auto', 'any', 'tool', 'none']) && choice.type === 'tool') {
      c.require(choice.name, 'tool_choice.name', 'string');
    }
  }
  checkThinking(c, b.thinking, b.max_tokens);
  return c.issues;
}

/** Structured outputs: `{ type: 'json_schema', schema: {...} }`. */
function checkOutputFormat(c: IssueCollector, format: unknown, at: string): void {
  if (!c.optional(format, at, 'object')) return;
  const f = format as Record<string, unknown>;
  if (c.oneOf(f.type, `${at}.type`, ['json_schema'])) c.require(f.schema, `${at}.schema`, 'object');
}

function checkMessage(c: IssueCollector, message: unknown, at: string): void {
  if (!c.require(message, at, 'object')) return;
  const m = message as Record<string, unknown>;
  c.oneOf(m.role, `${at}.role`, ['user', 'assistant']);
  if (typeof m.content === 'string') return;
  if (!c.require(m.content, `${at}.content`, 'array')) return;
  (m.content as unknown[]).forEach((block, i) => checkBlock(c, block, `${at}.content.${i}`));
}

function checkBlock(c: IssueCollector, block: unknown, at: string): void {
  if (!c.require(block, at, 'object')) return;
  const b = block as Record<string, unknown>;
  if (!c.require(b.type, `${at}.type`, 'string')) return;
  for (const key of BLOCK_STRINGS[b.type as string] ?? []) c.require(b[key], `${at}.${key}`, 'string');
  if (b.type === 'image') c.require(b.source, `${at}.source`, 'object');
  if (b.type === 'tool_result' && b.content !== undefined && typeof b.content !== 'string') {
    if (c.require(b.content, `${at}.content`, 'array')) {
      (b.content as unknown[]).forEach((part, i) => checkBlock(c, part, `${at}.content.${i}`));
    }
  }
}
