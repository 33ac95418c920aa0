import { describe, expect, it } from 'vitest';
import { mapFinishReason } from './map-finish-reason.ts';

describe('mapFinishReason', () => {
  it.each([
    ['end_turn', 'stop'],
    ['stop_sequence', 'stop'],
    ['max_tokens', 'length'],
    ['model_context_window_exceeded', 'length'],
    ['tool_use', 'tool-calls'],
    ['refusal', 'content-filter'],
    ['unload', 'other'],
  ])('%s → %s, keeping the raw value', (raw, unified) => {
    expect(mapFinishReason(raw)).toEqual({ unified, raw });
  });

  it('a forced structured-output call is the answer: stop', () => {
    expect(mapFinishReason('tool_use', true)).toEqual({ unified: 'stop', raw: 'tool_use' });
  });

  it('no reason at all is other', () => {
    expect(mapFinishReason(null)).toEqual({ unified: 'other', raw: undefined });
  });
});
