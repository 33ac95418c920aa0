import {
  itAnswersFromTheEmulatorWithoutAKey,
  itBehavesLikeTheExampleChat,
  useExampleChat,
} from '@resayil-internal/test-support/next';
import { describe, expect, it } from 'vitest';
import { appDir, artifactsDir } from './support/app-dir.ts';

// The whole example, for real: `next build`, `next start` on a free port, the emulator on another
// (as the gateway, behind a key, with the real gateway's quirks), and a headless Chromium driving
// the page: useChat → the route's streamText → @resayil/ai-sdk-provider → the emulator.
const example = useExampleChat({
  appDir,
  artifactsDir,
  packages: ['@resayil/ai-sdk-provider', '@resayil/core'],
  apiKey: 'test-key-5a1b2c3d4e5f6a7b',
});

// Generous per-test limits: CI runs this beside every other package's tests on two cores.
describe('the useChat page against the emulator', { timeout: 45_000 }, () => {
  itBehavesLikeTheExampleChat(() => ({ ...example(), outOfCreditsText: 'Top up at' }));

  it('says the key was rejected on a 401, and does not retry it', async () => {
    const { chat, emulator, apiKey } = example();
    emulator.enqueue({ fault: { type: 'status', status: 401 } });
    await chat.ask('Hello');
    expect(await chat.settled()).toBe('error');
    await chat.screenshot('error-401');
    const notice = chat.answer.getByRole('alert');
    expect(await notice.getAttribute('data-error-name')).toBe('AuthenticationError');
    expect(await notice.textContent()).toContain('rejected the API key');
    expect(await notice.textContent()).not.toContain(apiKey);
    expect(emulator.requests).toHaveLength(1);
  });
});

describe('without RESAYIL_API_KEY', { timeout: 60_000 }, () => {
  itAnswersFromTheEmulatorWithoutAKey(() => ({ appDir, artifactsDir, context: example().chromium.context }));
});
