import { describe, expect, it } from 'vitest';
import { messagesConversation } from '../../test/support/conversation-from.ts';
import { gatherInstructions } from './gather-instructions.ts';
import { argumentHints, promptHints } from './prompt-hints.ts';

describe('promptHints', () => {
  it('finds numbers, leaving dates and clock times out', () => {
    const hints = promptHints('Move 2 meetings from 2026-03-05 at 10:30 to March 9, and add 3.5 hours');
    expect(hints.numbers).toEqual([2, 3.5]);
    expect(hints.dates).toEqual(['2026-03-05', '2026-03-09']);
  });

  it('finds quoted strings and a place, a place never running on into the next line', () => {
    const hints = promptHints('Search "resayil gateway" news in Kuwait City\nReply briefly');
    expect(hints.quoted).toEqual(['resayil gateway']);
    expect(hints.place).toBe('Kuwait City');
    expect(promptHints('Reply only in JSON').place).toBeUndefined();
  });

  it('finds labelled values, keyed by the words of their label', () => {
    const hints = promptHints(
      'Service name: MyService\n- Endpoint-Name = MyEndpoint\nExtraction path: Users/x',
    );
    expect([...hints.labelled]).toEqual([
      ['service name', 'MyService'],
      ['endpoint name', 'MyEndpoint'],
      ['extraction path', 'Users/x'],
    ]);
  });
});

describe('argumentHints', () => {
  const conversation = messagesConversation({
    system: 'The default city is Sohar. Use 7 as the default count.',
    messages: [
      { role: 'user', content: 'I live in Nizwa.' },
      { role: 'assistant', content: 'Noted.' },
      { role: 'user', content: 'Book 2 rooms' },
      { role: 'assistant', content: [{ type: 'tool_use', id: 't', name: 'quote', input: {} }] },
      {
        role: 'user',
        content: [{ type: 'tool_result', tool_use_id: 't', content: '{"price": 42, "hotel": "Al Bustan"}' }],
      },
    ],
  });
  const hints = argumentHints(gatherInstructions(conversation));

  it('takes values from tool results first, then the request, earlier turns and the system prompt', () => {
    expect(hints.numbers).toEqual([42, 2, 7]);
    expect(hints.place).toBe('Nizwa');
    expect(hints.labelled.get('price')).toBe(42);
    expect(hints.labelled.get('hotel')).toBe('Al Bustan');
  });

  it('keeps the request alone as the free text', () => {
    expect(hints.text).toBe('Book 2 rooms');
  });
});
