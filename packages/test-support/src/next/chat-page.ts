import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** What the page showed of the last answer at one moment. */
export interface AnswerSnapshot {
  status: string | null;
  text: string;
}

const ANSWER_TIMEOUT_MS = 15_000;

/**
 * Drives a Next.js example's chat page the way a person does: type, press Enter, watch, press Stop.
 * The examples share the page's conventions: `textarea[name="prompt"]`, Send and Stop buttons, turns
 * marked `data-role` (`user`, `assistant`) with the answer's `data-status`, text in `.message`.
 */
export class ChatPage {
  /** @param artifactsDir where `screenshot()` saves its files */
  constructor(
    readonly page: Page,
    readonly artifactsDir: string,
  ) {}

  /** The last assistant turn. */
  get answer(): Locator {
    return this.page.locator('[data-role="assistant"]').last();
  }

  /** The last user turn's message. */
  get question(): Locator {
    return this.page.locator('[data-role="user"] .message').last();
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('textarea[name="prompt"]').waitFor();
  }

  /** Types a prompt and presses Enter. */
  async ask(prompt: string): Promise<void> {
    const box = this.page.locator('textarea[name="prompt"]');
    await box.fill(prompt);
    await box.press('Enter');
  }

  /** Waits until the last answer has left the `streaming` state and the request is over; returns that state. */
  async settled(): Promise<string> {
    const status = await this.page.waitForFunction(
      () => {
        const answers = document.querySelectorAll('[data-role="assistant"]');
        const status = answers[answers.length - 1]?.getAttribute('data-status');
        return status && status !== 'streaming' ? status : undefined;
      },
      undefined,
      { timeout: ANSWER_TIMEOUT_MS },
    );
    // The composer offers Send again once the request is over.
    await this.page.getByRole('button', { name: 'Send' }).waitFor({ timeout: ANSWER_TIMEOUT_MS });
    return String(await status.jsonValue());
  }

  /** The text of the last answer's message parts. */
  async answerText(): Promise<string> {
    return (await this.answer.locator('.message').allTextContents()).join('');
  }

  /**
   * Starts recording every state of the next answer as the DOM changes (a MutationObserver in
   * the page), so a test can tell what was on screen before the answer was complete.
   */
  async recordAnswer(): Promise<() => Promise<AnswerSnapshot[]>> {
    await this.page.evaluate(() => {
      const log: { status: string | null; text: string }[] = [];
      (window as unknown as { __answerLog: typeof log }).__answerLog = log;
      const conversation = document.querySelector('.conversation');
      if (!conversation) throw new Error('no conversation element');
      new MutationObserver(() => {
        const answers = conversation.querySelectorAll('[data-role="assistant"]');
        const answer = answers[answers.length - 1];
        if (!answer) return;
        const text = Array.from(answer.querySelectorAll('.message'), (el) => el.textContent ?? '').join('');
        log.push({ status: answer.getAttribute('data-status'), text });
      }).observe(conversation, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    return () =>
      this.page.evaluate(() => (window as unknown as { __answerLog: AnswerSnapshot[] }).__answerLog);
  }

  /** The computed CSS `direction` of an element. */
  direction(locator: Locator): Promise<string> {
    return locator.evaluate((el) => getComputedStyle(el).direction);
  }

  /** Saves a full-page screenshot as `.artifacts/<name>.png`. */
  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: join(this.artifactsDir, `${name}.png`), fullPage: true });
  }
}
