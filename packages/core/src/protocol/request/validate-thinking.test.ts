import { describe, expect, it } from 'vitest';
import { InvalidRequestError } from '../errors/invalid-request-error.ts';
import type { RequestConfig } from './http-request.ts';
import { buildChatCompletionsRequest, buildMessagesRequest } from './build-request.ts';
import { validateThinking } from './validate-thinking.ts';

const config: RequestConfig = { baseURL: 'https://llmapi.resayil.io', apiKey: 'k'.repeat(64) };
const messages = [{ role: 'user' as const, content: 'Why is the sky blue?' }];

function fieldOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof InvalidRequestError) return `${error.field}: ${error.message}`;
    throw error;
  }
  return 'valid';
}

describe('validateThinking', () => {
  it('accepts no thinking, disabled thinking, and a budget from 1024 up to max_tokens - 1', () => {
    expect(fieldOf(() => validateThinking(undefined, 10))).toBe('valid');
    expect(fieldOf(() => validateThinking({ type: 'disabled' }, 10))).toBe('valid');
    expect(fieldOf(() => validateThinking({ type: 'enabled', budget_tokens: 1024 }, 1025))).toBe('valid');
    expect(fieldOf(() => validateThinking({ type: 'enabled', budget_tokens: 5000 }, undefined))).toBe(
      'valid',
    );
  });

  it('rejects a budget under 1024, one that is not a whole number, and one at or above max_tokens', () => {
    expect(fieldOf(() => validateThinking({ type: 'enabled', budget_tokens: 1023 }, 4096))).toMatch(
      /^thinking\.budget_tokens: .*at least 1024 \(got 1023\)/u,
    );
    expect(fieldOf(() => validateThinking({ type: 'enabled', budget_tokens: 1500.5 }, 4096))).toMatch(
      /^thinking\.budget_tokens:/u,
    );
    expect(fieldOf(() => validateThinking({ type: 'enabled' }, 4096))).toMatch(/got undefined/u);
    expect(fieldOf(() => validateThinking({ type: 'enabled', budget_tokens: 2048 }, 2048))).toMatch(
      /below max_tokens \(2048 ≥ 2048\).*raise max_tokens above 2048/u,
    );
  });

  it('rejects an unknown type or shape', () => {
    expect(fieldOf(() => validateThinking({ type: 'adaptive' }, 4096))).toMatch(/^thinking: /u);
    expect(fieldOf(() => validateThinking(true, 4096))).toMatch(/^thinking: /u);
  });

  it('runs when Messages and chat-completions requests are built, before anything is sent', () => {
    const thinking = { type: 'enabled' as const, budget_tokens: 2048 };
    expect(
      fieldOf(() => buildMessagesRequest(config, { model: 'm', max_tokens: 1024, messages, thinking })),
    ).toMatch(/^thinking\.budget_tokens/u);
    expect(
      fieldOf(() => buildMessagesRequest(config, { model: 'm', max_tokens: 4096, messages, thinking })),
    ).toBe('valid');
    expect(
      fieldOf(() =>
        buildChatCompletionsRequest(config, { model: 'm', max_completion_tokens: 1500, messages, thinking }),
      ),
    ).toMatch(/^thinking\.budget_tokens/u);
    expect(fieldOf(() => buildChatCompletionsRequest(config, { model: 'm', messages, thinking }))).toBe(
      'valid',
    );
  });
});
