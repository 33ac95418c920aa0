import {
  itAnswersFromTheEmulatorWithoutAKey,
  itBehavesLikeTheExampleChat,
  useExampleChat,
} from '@resayil-internal/test-support/next';
import { describe, expect, it } from 'vitest';
import { appDir, artifactsDir } from './support/app-dir.ts';

// The whole example, for real: `next build`, `next start` on a free port, the emulator on another
// (as the gateway, behind a key), and a real headless Chromium driving the page.
const example = useExampleChat({
  appDir,
  artifactsDir,
  packages: ['@resayil/core'],
  apiKey: 'test-key-0123456789',
});

// Generous per-test limits: CI runs this beside every other package's tests on two cores.
describe('the chat page against the emulator', { timeout: 45_000 }, () => {
  itBehavesLikeTheExampleChat(() => ({ ...example(), outOfCreditsText: 'Out of credits' }));

  it('says the key was rejected on a 401, and how long to wait on a rate limit', async () => {
    const { chat, emulator } = example();
    emulator.enqueue({ fault: { type: 'status', status: 401 } });
    await chat.ask('Hello');
    expect(await chat.settled()).toBe('error');
    expect(await chat.answer.getByRole('alert').textContent()).toContain('The API key was rejected');

    // The client retries a 429 twice (after the body's retry_after), then gives up.
    emulator.enqueue(
      Array.from({ length: 3 }, () => ({ fault: { type: 'status', status: 429, bodyRetryAfter: 1 } })),
    );
    await chat.ask('Hello again');
    expect(await chat.settled()).toBe('error');
    await chat.screenshot('error-429');
    const notice = chat.answer.getByRole('alert');
    expect(await notice.getAttribute('data-error-name')).toBe('RateLimitError');
    expect(await notice.textContent()).toContain('Wait 1 second');
  });
});

describe('without RESAYIL_API_KEY', { timeout: 60_000 }, () => {
  itAnswersFromTheEmulatorWithoutAKey(() => ({ appDir, artifactsDir, context: example().chromium.context }));
});
