import type { Emulator } from '@resayil/emulator';
import type { BrowserContext } from 'playwright-core';
import { expect, it } from 'vitest';
import { ChatPage } from './chat-page.ts';
import { startNext } from './start-next.ts';

/** A Next.js example's chat page, running against the emulator as its gateway. */
export interface ChatPageUnderTest {
  chat: ChatPage;
  emulator: Emulator;
  /** The page's address (`next start`). */
  url: string;
  /** The key the server holds: it must never reach the page. */
  apiKey: string;
  /** What the page says (besides the top-up link) when the account is out of credits. */
  outOfCreditsText: string;
}

/**
 * What every Next.js example's chat promises, as `it` blocks for the caller's `describe` (which
 * resets the emulator and reopens the page after each): the answer streams in before it is
 * complete, Stop ends the upstream request, the server-side `get_time` tool shows its call, Arabic
 * is laid out right to left, and a 402 says what to do with a link to the top-up page.
 * `get` is called inside each test, once the caller's `beforeAll` has set things up.
 */
export function itBehavesLikeTheExampleChat(get: () => ChatPageUnderTest): void {
  it('streams the answer token by token, and the key stays on the server', async () => {
    const { chat, url, apiKey } = get();
    await chat.open(url);
    expect(await chat.page.locator('[data-backend]').getAttribute('data-backend')).toBe('gateway');
    const snapshots = await chat.recordAnswer();

    await chat.ask('Explain quantum entanglement in simple terms.');
    expect(await chat.settled()).toBe('done');
    await chat.screenshot('streaming-done');

    const final = await chat.answerText();
    expect(final).toContain('You wrote: "Explain quantum entanglement in simple terms."');
    const partial = (await snapshots()).filter(
      (s) => s.status === 'streaming' && s.text.length > 0 && s.text.length < final.length,
    );
    // Several distinct partial texts were on screen, each a prefix of the final answer.
    expect(new Set(partial.map((s) => s.text)).size).toBeGreaterThan(3);
    for (const snapshot of partial) expect(final.startsWith(snapshot.text)).toBe(true);
    expect(await chat.page.content()).not.toContain(apiKey);
  });

  it('Stop ends the upstream request: the emulator sees the client disconnect', async () => {
    const { chat, emulator } = get();
    // The gateway sends a few events, then goes quiet until the client leaves.
    emulator.enqueue({ fault: { type: 'stall', afterEvents: 8 } });
    await chat.ask('Write a very long story about the sea.');
    const upstream = await emulator.waitForRequest((r) => r.path.endsWith('/messages'));
    await chat.answer.locator('.message').first().waitFor();
    expect(await chat.answerText()).not.toBe('');

    await chat.page.getByRole('button', { name: 'Stop' }).click();
    await emulator.waitForDisconnect(upstream.id, 10_000);
    expect(await chat.settled()).toBe('stopped');
    await chat.screenshot('stopped');

    const logged = emulator.requests.find((r) => r.id === upstream.id);
    expect(logged?.clientDisconnected).toBe(true);
    expect(logged?.completedAt).toBeUndefined();
    expect(await chat.page.getByRole('button', { name: 'Send' }).count()).toBe(1);
  });

  it('runs the server-side tool and shows its call in the conversation', async () => {
    const { chat, emulator } = get();
    await chat.ask('What time is it in Tokyo?');
    expect(await chat.settled()).toBe('done');
    await chat.screenshot('tool-call');

    const call = chat.answer.locator('[data-tool-name="get_time"]');
    expect(await call.getAttribute('data-tool-state')).toBe('done');
    expect(await call.locator('code').textContent()).toBe('get_time({"city":"Tokyo"})');
    expect(await call.locator('.tool-call-result').textContent()).toContain('"timeZone":"Asia/Tokyo"');
    expect(await chat.answerText()).toContain('The get_time tool returned');
    // Two gateway requests: the one that asked for the tool, and the one that answered its result.
    expect(emulator.requests.filter((r) => r.path.endsWith('/messages'))).toHaveLength(2);
  });

  it('lays Arabic out right to left and English left to right, message by message', async () => {
    const { chat } = get();
    await chat.ask('Hello there');
    expect(await chat.settled()).toBe('done');
    const english = chat.page.locator('[data-role="assistant"] .message').first();
    expect(await chat.direction(english)).toBe('ltr');

    await chat.ask('ما هي عاصمة الكويت؟');
    expect(await chat.settled()).toBe('done');
    await chat.screenshot('arabic');
    expect(await chat.direction(chat.question)).toBe('rtl');
    const arabic = chat.answer.locator('.message').first();
    expect(await arabic.textContent()).toMatch(/[\u0600-\u06FF]/u);
    expect(await chat.direction(arabic)).toBe('rtl');
    expect(await chat.direction(english)).toBe('ltr');
  });

  it('shows what to do when the account is out of credits', async () => {
    const { chat, emulator, outOfCreditsText } = get();
    emulator.enqueue({ fault: { type: 'status', status: 402 } });
    await chat.ask('Hello');
    expect(await chat.settled()).toBe('error');
    await chat.screenshot('error-402');

    const notice = chat.answer.getByRole('alert');
    expect(await notice.getAttribute('data-error-name')).toBe('InsufficientCreditsError');
    expect(await notice.textContent()).toContain(outOfCreditsText);
    const link = notice.getByRole('link', { name: 'Top up credits' });
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/.+\/dashboard\/topup$/u);
    // A 402 is final: it is not sent again.
    expect(emulator.requests).toHaveLength(1);
  });
}

/** What the offline check needs: the example and a browser. */
export interface OfflineExample {
  appDir: string;
  artifactsDir: string;
  context: BrowserContext;
}

/**
 * The example without `RESAYIL_API_KEY`: it starts the local emulator, says so in the console and on
 * the page, and answers from it.
 */
export function itAnswersFromTheEmulatorWithoutAKey(get: () => OfflineExample): void {
  it('answers from the local emulator and says so in the console and on the page', async () => {
    const { appDir, artifactsDir, context } = get();
    const offline = await startNext(appDir, {});
    try {
      const page = new ChatPage(await context.newPage(), artifactsDir);
      await page.open(offline.url);
      expect(await page.page.locator('[data-backend]').getAttribute('data-backend')).toBe('emulator');
      expect(offline.output()).toMatch(
        /RESAYIL_API_KEY is not set: answering from the local Resayil emulator/u,
      );
      await page.ask('Hello');
      expect(await page.settled()).toBe('done');
      expect(await page.answerText()).toContain('This is the Resayil emulator.');
      await page.screenshot('offline-emulator');
      await page.page.close();
    } finally {
      await offline.stop();
    }
  });
}
