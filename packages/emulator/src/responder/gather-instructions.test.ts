import { describe, expect, it } from 'vitest';
import { chatConversation, messagesConversation } from '../../test/support/conversation-from.ts';
import { gatherInstructions, instructionTexts } from './gather-instructions.ts';

describe('gatherInstructions', () => {
  it('reads the system field as a string or as blocks', () => {
    expect(gatherInstructions(messagesConversation({ system: 'Be brief.', messages: [] })).system).toBe(
      'Be brief.',
    );
    const blocks = messagesConversation({
      system: [
        { type: 'text', text: 'Be brief.' },
        { type: 'text', text: 'Use tools.' },
      ],
      messages: [{ role: 'user', content: 'Hi' }],
    });
    expect(gatherInstructions(blocks).system).toBe('Be brief.\nUse tools.');
  });

  it('reads OpenAI system and developer messages as the system prompt', () => {
    const conversation = chatConversation({
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'developer', content: [{ type: 'text', text: 'Use tools.' }] },
        { role: 'user', content: 'Hi' },
      ],
    });
    expect(gatherInstructions(conversation)).toMatchObject({
      system: 'Be brief.\nUse tools.',
      request: 'Hi',
    });
  });

  it('splits earlier user turns (with the calls made in answer) from the request and what followed it', () => {
    const conversation = messagesConversation({
      system: 'S',
      messages: [
        { role: 'user', content: 'What is 1 + 2' },
        { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'add', input: { a: 1, b: 2 } }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: '3' }] },
        { role: 'assistant', content: '3' },
        { role: 'user', content: 'And 3 + 4?' },
        { role: 'assistant', content: [{ type: 'tool_use', id: 't2', name: 'add', input: { a: 3, b: 4 } }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't2', content: '7' }] },
      ],
    });
    const instructions = gatherInstructions(conversation);
    expect(instructions).toMatchObject({
      request: 'And 3 + 4?',
      earlier: [{ text: 'What is 1 + 2', calls: [{ id: 't1', name: 'add', input: { a: 1, b: 2 } }] }],
      callsSinceRequest: [{ id: 't2', name: 'add' }],
      resultsSinceRequest: [{ toolUseId: 't2', name: 'add', content: '7', isError: false }],
      toolRounds: 1,
      answeringResults: true,
    });
    expect(instructionTexts(instructions)).toEqual(['S', 'What is 1 + 2', 'And 3 + 4?']);
  });

  it('is answering nothing when the conversation ends with a user question', () => {
    const instructions = gatherInstructions(
      messagesConversation({ messages: [{ role: 'user', content: 'Hi' }] }),
    );
    expect(instructions).toMatchObject({ answeringResults: false, toolRounds: 0, callsSinceRequest: [] });
  });
});
