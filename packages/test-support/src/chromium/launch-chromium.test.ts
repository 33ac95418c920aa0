import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type Chromium } from './launch-chromium.ts';

// Launches whatever Chromium this machine gives the browser tests (on a bare Linux x64 machine, the
// one `npm install` brought) and checks what the examples' tests rely on: it renders, runs
// scripts, and shapes Arabic with a font that has Arabic glyphs.
let chromium: Chromium;

beforeAll(async () => {
  chromium = await launchChromium();
}, 120_000);

afterAll(async () => {
  await chromium?.close();
});

describe('launchChromium', { timeout: 60_000 }, () => {
  it('renders a page and runs its scripts', async () => {
    const page = await chromium.context.newPage();
    await page.setContent(
      '<p id="out"></p><script>document.getElementById("out").textContent = String(6 * 7)</script>',
    );
    expect(await page.locator('#out').textContent()).toBe('42');
    await page.close();
  });

  it('renders Arabic right to left with a font that has Arabic glyphs', async () => {
    const page = await chromium.context.newPage();
    await page.setContent(
      '<p id="ar" dir="auto" style="font-size:32px; font-family: sans-serif">مرحبا بالعالم</p>',
    );
    expect(await page.locator('#ar').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');

    const cdp = await chromium.context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#ar' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const glyphs = fonts.reduce((sum, font) => sum + font.glyphCount, 0);
    expect(glyphs).toBeGreaterThan(0);
    if (!chromium.executablePath.startsWith('/usr/')) {
      // The bundled browser sees only the fonts that arrive with npm install.
      expect(fonts.map((font) => font.familyName)).toContain('Noto Sans Arabic');
    }
    await page.close();
  });
});
