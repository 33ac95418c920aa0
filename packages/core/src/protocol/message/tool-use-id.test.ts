import { describe, expect, it } from 'vitest';
import { toolUseId } from './tool-use-id.ts';

describe('toolUseId', () => {
  it("keeps the gateway's id", () => {
    expect(toolUseId('toolu_01A', 'msg_1', 2)).toBe('toolu_01A');
    expect(toolUseId('call_abc', 'chatcmpl-1', 0)).toBe('call_abc');
  });

  it('derives a stable id from the message id and the block position when there is none', () => {
    expect(toolUseId('', 'msg_01Tool', 1)).toBe('toolu_msg_01Tool_1');
    expect(toolUseId(undefined, 'msg_01Tool', 1)).toBe(toolUseId(null, 'msg_01Tool', 1));
    expect(toolUseId(42, 'msg_01Tool', 2)).toBe('toolu_msg_01Tool_2');
  });

  it('keeps only the characters tool ids may hold, and works without a message id', () => {
    expect(toolUseId('', 'chatcmpl-ollama.1/x', 0)).toBe('toolu_chatcmpl-ollama1x_0');
    expect(toolUseId('', '', 3)).toBe('toolu_3');
    expect(toolUseId('', '::', 3)).toBe('toolu_3');
    expect(toolUseId('', 'chatcmpl-1', 0)).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});
