import { InvalidRequestError } from '../errors/invalid-request-error.ts';
import { isRecord } from '../json/is-record.ts';
import { validateThinking } from './validate-thinking.ts';

/**
 * Checks the parameters of `POST /v1/messages` before anything is sent: a model id, at least one
 * message with a `user`/`assistant` role and string or array content, a positive integer
 * `max_tokens`, and a valid `thinking` option (see {@link validateThinking}). Throws `InvalidRequestError` naming the field and the fix.
 */
export function validateMessageParams(params: unknown): void {
  const record = requireObject(params);
  requireModel(record.model);
  requireMessages(record.messages, ['user', 'assistant']);
  if (record.max_tokens === undefined) {
    throw new InvalidRequestError(
      'max_tokens',
      'is missing',
      'The Messages API requires it: set max_tokens to the most tokens the reply may use, e.g. 1024.',
    );
  }
  requirePositiveInteger('max_tokens', record.max_tokens);
  requireOptionalBoolean('stream', record.stream);
  validateThinking(record.thinking, record.max_tokens);
}

/**
 * Checks the parameters of `POST /v1/chat/completions` before anything is sent: a model id, at
 * least one message with a known role, and, when given, positive integer `max_tokens` /
 * `max_completion_tokens`. Throws `InvalidRequestError` naming the field and the fix.
 */
export function validateChatCompletionParams(params: unknown): void {
  const record = requireObject(params);
  requireModel(record.model);
  requireMessages(record.messages, ['system', 'developer', 'user', 'assistant', 'tool']);
  if (record.max_tokens !== undefined) requirePositiveInteger('max_tokens', record.max_tokens);
  if (record.max_completion_tokens !== undefined) {
    requirePositiveInteger('max_completion_tokens', record.max_completion_tokens);
  }
  requireOptionalBoolean('stream', record.stream);
  validateThinking(record.thinking, record.max_completion_tokens ?? record.max_tokens);
}

function requireObject(params: unknown): Record<string, unknown> {
  if (!isRecord(params)) {
    throw new InvalidRequestError('params', 'must be an object', 'Pass { model, messages, … }.');
  }
  return params;
}

function requireModel(model: unknown): void {
  if (typeof model !== 'string' || model.trim() === '') {
    throw new InvalidRequestError(
      'model',
      model === undefined ? 'is missing' : 'must be a non-empty string',
      'Set model to a model id; list the available ones with `resayil models`.',
    );
  }
}

function requireMessages(messages: unknown, roles: readonly string[]): void {
  if (!Array.isArray(messages) || messages.length === 0) {
    throw new InvalidRequestError(
      'messages',
      messages === undefined ? 'is missing' : 'must be a non-empty array',
      'Pass at least one message, e.g. [{ role: "user", content: "Hello" }].',
    );
  }
  messages.forEach((message: unknown, index) => {
    const field = `messages[${index}]`;
    if (!isRecord(message)) {
      throw new InvalidRequestError(field, 'must be an object', 'Each message is { role, content }.');
    }
    if (typeof message.role !== 'string' || !roles.includes(message.role)) {
      throw new InvalidRequestError(
        `${field}.role`,
        `must be one of ${roles.map((role) => `"${role}"`).join(', ')}`,
        'Fix the role of this message.',
      );
    }
    const content = message.content;
    const contentOptional = message.role === 'assistant' && Array.isArray(message.tool_calls);
    if (typeof content !== 'string' && !Array.isArray(content) && !(contentOptional && content == null)) {
      throw new InvalidRequestError(
        `${field}.content`,
        'must be a string or an array of content blocks',
        'Give this message some content.',
      );
    }
  });
}

function requirePositiveInteger(field: string, value: unknown): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    throw new InvalidRequestError(
      field,
      `must be a positive integer (got ${typeof value === 'number' ? value : typeof value})`,
      `Set ${field} to the most tokens the reply may use, e.g. 1024.`,
    );
  }
}

function requireOptionalBoolean(field: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'boolean') {
    throw new InvalidRequestError(field, 'must be true or false', `Pass ${field}: true to stream the reply.`);
  }
}
