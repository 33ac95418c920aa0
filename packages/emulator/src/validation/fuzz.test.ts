import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postJson } from '../../test/support/http-client.ts';
import { withEmulator } from '../../test/support/with-emulator.ts';

/** Request-shaped JSON with arbitrary values in every field, so validation and reading get odd inputs. */
const anyValue = fc.anything({ maxDepth: 3, withNullPrototype: false });
/** Mostly a plausible value, sometimes anything at all. */
const mostly = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 5, arbitrary: valid }, { weight: 1, arbitrary: anyValue });
const block = fc.record(
  {
    type: mostly(
      fc.constantFrom('text', 'image', 'tool_use', 'tool_result', 'thinking', 'image_url', 'other'),
    ),
    text: mostly(fc.string()),
    id: mostly(fc.string()),
    name: mostly(fc.string()),
    input: anyValue,
    tool_use_id: mostly(fc.string()),
    content: anyValue,
    source: mostly(fc.constant({ type: 'base64', media_type: 'image/png', data: 'AA==' })),
    image_url: mostly(fc.constant({ url: 'data:image/png;base64,AA==' })),
    thinking: mostly(fc.string()),
  },
  { requiredKeys: ['type'] },
);
const message = fc.record(
  {
    role: mostly(fc.constantFrom('user', 'assistant', 'system', 'tool')),
    content: mostly(fc.oneof(fc.string(), fc.array(block, { maxLength: 3 }))),
    tool_calls: mostly(
      fc.array(
        fc.record({
          id: fc.string(),
          type: fc.constant('function'),
          function: fc.record({ name: fc.string(), arguments: fc.string() }),
        }),
        { maxLength: 2 },
      ),
    ),
    tool_call_id: mostly(fc.string()),
  },
  { requiredKeys: ['role'] },
);
const tool = fc.record({
  name: mostly(fc.string()),
  description: mostly(fc.string()),
  input_schema: mostly(
    fc.oneof(
      fc.constant({ type: 'object' }),
      fc.record({
        type: fc.constant('object'),
        properties: fc.dictionary(fc.string(), anyValue),
        required: fc.array(fc.string()),
      }),
    ),
  ),
  type: mostly(fc.constantFrom('function', 'custom')),
  function: mostly(
    fc.record({ name: fc.string(), description: anyValue, parameters: anyValue }, { requiredKeys: ['name'] }),
  ),
});
const body = fc.record(
  {
    model: mostly(fc.constantFrom('mistral', 'glm-5.1')),
    max_tokens: mostly(fc.integer({ min: -2, max: 50 })),
    messages: mostly(fc.array(message, { minLength: 1, maxLength: 4 })),
    stream: mostly(fc.boolean()),
    tools: mostly(fc.array(tool, { maxLength: 2 })),
    tool_choice: mostly(
      fc.oneof(
        fc.constantFrom('auto', 'none', 'required'),
        fc.record({ type: fc.constantFrom('auto', 'any', 'tool', 'none'), name: fc.string() }),
        fc.record({ type: fc.constant('function'), function: fc.record({ name: fc.string() }) }),
      ),
    ),
    stop_sequences: mostly(fc.array(fc.string())),
    stop: mostly(fc.oneof(fc.string(), fc.array(fc.string()))),
    system: mostly(fc.string()),
    thinking: mostly(
      fc.record({ type: fc.constantFrom('enabled', 'disabled', 'adaptive'), budget_tokens: fc.integer() }),
    ),
    stream_options: anyValue,
    parallel_tool_calls: anyValue,
    max_completion_tokens: anyValue,
  },
  { requiredKeys: ['model', 'messages'] },
);

describe.each(['anthropic', 'resayil'] as const)('fuzzed request bodies, %s profile', (profile) => {
  const emulator = withEmulator({ profile });

  it.each(['/v1/messages', '/v1/chat/completions'])('never get a 5xx on %s', async (path) => {
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const res = await postJson(emulator.current.url + path, b);
        await res.arrayBuffer();
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
  });
});
