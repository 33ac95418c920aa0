import type { EmulatorFault, EmulatorReplyBlock, EmulatorStep } from './emulator-step.ts';
import { InvalidStepError } from './invalid-step-error.ts';

const FAULT_TYPES = new Set<EmulatorFault['type']>([
  'status',
  'error_event',
  'cut',
  'stall',
  'slow',
  'tiny_writes',
  'crlf',
  'gzip',
  'html_redirect',
  'html',
  'keepalive',
  'whole_reply',
]);
const KEY_ECHOES = new Set(['whole', 'prefix', 'base64']);

/** Checks that an untrusted value (JSON from HTTP) is a step; throws `InvalidStepError` if not. */
export function parseStep(value: unknown): EmulatorStep {
  const step = asObject(value, 'step');
  if (step.path !== undefined && typeof step.path !== 'string') fail('step.path must be a string');
  if (step.reply !== undefined) checkReply(step.reply);
  if (step.fault !== undefined) checkFault(step.fault);
  return step as EmulatorStep;
}

/** Parses one step or an array of steps. */
export function parseSteps(value: unknown): EmulatorStep[] {
  return Array.isArray(value) ? value.map(parseStep) : [parseStep(value)];
}

function checkReply(value: unknown): void {
  const reply = asObject(value, 'step.reply');
  if (reply.content !== undefined) {
    if (!Array.isArray(reply.content)) fail('step.reply.content must be an array');
    reply.content.forEach((block, i) => checkBlock(block, `step.reply.content[${i}]`));
  }
  if (reply.stopReason !== undefined && typeof reply.stopReason !== 'string') {
    fail('step.reply.stopReason must be a string');
  }
  if (reply.model !== undefined && typeof reply.model !== 'string') fail('step.reply.model must be a string');
  if (reply.usage !== undefined) {
    const usage = asObject(reply.usage, 'step.reply.usage');
    for (const key of ['input_tokens', 'output_tokens']) {
      if (usage[key] !== undefined && typeof usage[key] !== 'number')
        fail(`step.reply.usage.${key} must be a number`);
    }
  }
}

function checkBlock(value: unknown, where: string): void {
  const block = asObject(value, where) as Partial<Record<string, unknown>> & {
    type?: EmulatorReplyBlock['type'];
  };
  const requiredStrings: Record<EmulatorReplyBlock['type'], string[]> = {
    text: ['text'],
    tool_use: ['name'],
    thinking: ['thinking'],
    redacted_thinking: [],
  };
  const required = block.type === undefined ? undefined : requiredStrings[block.type];
  if (!required) fail(`${where}.type must be one of text, tool_use, thinking, redacted_thinking`);
  for (const key of required) {
    if (typeof block[key] !== 'string') fail(`${where}.${key} must be a string`);
  }
  for (const key of ['signature', 'data']) {
    if (block[key] !== undefined && typeof block[key] !== 'string') fail(`${where}.${key} must be a string`);
  }
}

function checkFault(value: unknown): void {
  const fault = asObject(value, 'step.fault');
  if (typeof fault.type !== 'string' || !FAULT_TYPES.has(fault.type as EmulatorFault['type'])) {
    fail(`step.fault.type must be one of ${[...FAULT_TYPES].join(', ')}`);
  }
  if (
    fault.type === 'status' &&
    (typeof fault.status !== 'number' ||
      fault.status < 200 ||
      fault.status > 599 ||
      !Number.isInteger(fault.status))
  ) {
    fail('step.fault.status must be an HTTP status from 200 to 599');
  }
  if (fault.type === 'slow' && typeof fault.tokenIntervalMs !== 'number') {
    fail('step.fault.tokenIntervalMs must be a number');
  }
  if (fault.echoKey !== undefined && !KEY_ECHOES.has(fault.echoKey as string)) {
    fail(`step.fault.echoKey must be one of ${[...KEY_ECHOES].join(', ')}`);
  }
  for (const key of ['stall', 'stallBody', 'comments']) {
    if (fault[key] !== undefined && typeof fault[key] !== 'boolean')
      fail(`step.fault.${key} must be a boolean`);
  }
  if (fault.location !== undefined && typeof fault.location !== 'string') {
    fail('step.fault.location must be a string');
  }
  if (
    fault.type === 'html' &&
    fault.status !== undefined &&
    (typeof fault.status !== 'number' ||
      !Number.isInteger(fault.status) ||
      fault.status < 200 ||
      fault.status > 599)
  ) {
    fail('step.fault.status must be an HTTP status from 200 to 599');
  }
  for (const key of ['afterEvents', 'ms', 'retryAfter', 'retryAfterMs', 'bodyRetryAfter', 'intervalMs']) {
    if (fault[key] !== undefined && (typeof fault[key] !== 'number' || (fault[key] as number) < 0)) {
      fail(`step.fault.${key} must be a non-negative number`);
    }
  }
}

function asObject(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`${where} must be an object`);
  return value as Record<string, unknown>;
}

function fail(message: string): never {
  throw new InvalidStepError(message);
}
