import { describe, expect, it } from 'vitest';
import { ThinkingSeals } from './thinking-seals.ts';

describe('ThinkingSeals', () => {
  const seals = new ThinkingSeals();

  it('signs thinking deterministically, and a signature holds only for the text it was made for', () => {
    const signature = ThinkingSeals.sign('Let me think.');
    expect(signature).toMatch(/^sig_[0-9A-Za-z]{48}$/u);
    expect(ThinkingSeals.sign('Let me think.')).toBe(signature);
    expect(seals.signatureHolds('Let me think.', signature)).toBe(true);
    expect(seals.signatureHolds('Let me think!', signature)).toBe(false);
    expect(seals.signatureHolds('Let me think.', `${signature}x`)).toBe(false);
    expect(seals.signatureHolds('Let me think.', '')).toBe(false);
  });

  it('seals redacted thinking as opaque data that holds only unchanged', () => {
    const data = ThinkingSeals.redact('secret reasoning');
    expect(data).not.toContain('secret');
    expect(seals.dataHolds(data)).toBe(true);
    expect(seals.dataHolds(data.slice(0, -4))).toBe(false);
    expect(seals.dataHolds(`A${data.slice(1)}`)).toBe(false);
    expect(seals.dataHolds('not base64 at all')).toBe(false);
  });

  it('accepts back the signatures and data a script chose, until cleared', () => {
    const own = new ThinkingSeals();
    own.remember([
      { type: 'thinking', thinking: 'Hmm', signature: 'sig_x' },
      { type: 'redacted_thinking', data: 'opaque' },
    ]);
    expect(own.signatureHolds('Hmm', 'sig_x')).toBe(true);
    expect(own.signatureHolds('Hmm?', 'sig_x')).toBe(false);
    expect(own.dataHolds('opaque')).toBe(true);
    own.clear();
    expect(own.signatureHolds('Hmm', 'sig_x')).toBe(false);
    expect(own.dataHolds('opaque')).toBe(false);
  });
});
