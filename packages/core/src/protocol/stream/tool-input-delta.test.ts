import { describe, expect, it } from 'vitest';
import { parsePartialJson } from '../json/parse-partial-json.ts';
import { toolInputDelta } from './tool-input-delta.ts';

describe('toolInputDelta', () => {
  const json = '{"city": "Doha", "days": [1, 2, 3';

  it('carries the fragment, and the input parsed as far as it goes as its snapshot', () => {
    const event = toolInputDelta(1, 'toolu_1', ', 2', json);
    expect(event).toEqual({
      type: 'tool_input_delta',
      index: 1,
      id: 'toolu_1',
      partialJson: ', 2',
      snapshot: parsePartialJson(json),
    });
    expect(event.snapshot).toEqual({ city: 'Doha', days: [1, 2] });
  });

  it('parses once, and shows the snapshot to JSON and to spreads like a plain field', () => {
    const event = toolInputDelta(0, 'toolu_2', '{', json);
    expect(event.snapshot).toBe(event.snapshot);
    expect(JSON.parse(JSON.stringify(event))).toMatchObject({ snapshot: { city: 'Doha', days: [1, 2] } });
    expect({ ...event }.snapshot).toEqual({ city: 'Doha', days: [1, 2] });
  });

  it('gives undefined while nothing parseable has arrived', () => {
    expect(toolInputDelta(0, 'toolu_3', '', '').snapshot).toBe(parsePartialJson(''));
  });
});
