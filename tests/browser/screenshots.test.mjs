// Every chart type at 320, 768 and 1200 px, devicePixelRatio 1 and 2, light, dark and
// 长者模式: each renders, fits its width without horizontal scrolling, keeps its canvas at
// CSS size × dpr, and is saved to target/screenshots/matrix/ to be looked at.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { useBrowser, settled, SCREENSHOTS } from './harness.mjs';

const MATRIX = `${SCREENSHOTS}matrix/`;
mkdirSync(MATRIX, { recursive: true });
const TYPES = ['trend', 'level', 'progress', 'table', 'dashboard'];

const harness = useBrowser();

for (const width of [320, 768, 1200]) {
  for (const deviceScaleFactor of [1, 2]) {
    test(`${width} px at dpr ${deviceScaleFactor}: light, dark and 长者模式`, async () => {
      const page = await harness.page({ width, height: 900, deviceScaleFactor });
      await page.goto(`${harness.url}/tests/browser/fixtures/gallery.html`);
      for (const mode of ['light', 'dark', 'elder']) {
        await page.evaluate((mode) => {
          document.documentElement.classList.toggle('elder', mode === 'elder');
          for (const widget of document.querySelectorAll('plan-meter')) {
            const config = JSON.parse(widget.getAttribute('config'));
            config.theme = mode === 'dark' ? 'dark' : 'light';
            widget.setAttribute('config', JSON.stringify(config));
          }
        }, mode);
        // Each widget, scrolled into view, has drawn in the new theme (its root says so)
        // before it is looked at.
        for (const type of TYPES) {
          await settled(page, `#${type}`);
          await page.waitForFunction(([selector, dark]) =>
            document.querySelector(selector).shadowRoot.querySelector('.pm').classList.contains('dark') === dark, [`#${type}`, mode === 'dark']);
        }
        await page.waitForFunction(() => document.querySelector('#trend').shadowRoot.querySelector('.pm').classList.contains('elder') === document.documentElement.classList.contains('elder'));
        const facts = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth - window.innerWidth,
          statuses: [...document.querySelectorAll('plan-meter')].map((widget) => widget.dataset.status),
          canvases: [...document.querySelectorAll('plan-meter')].map((widget) => {
            const canvas = widget.shadowRoot.querySelector('canvas');
            const box = canvas.getBoundingClientRect();
            return box.width ? { width: canvas.width, css: box.width, dpr: window.devicePixelRatio } : null;
          }).filter(Boolean),
          // Each widget's background and text colours, and its text size, as drawn.
          looks: [...document.querySelectorAll('plan-meter')].map((widget) => {
            const style = getComputedStyle(widget.shadowRoot.querySelector('.pm'));
            const light = (colour) => {
              const [r, g, b] = colour.match(/[\d.]+/g).map(Number);
              return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
            };
            return { id: widget.id, background: light(style.backgroundColor), text: light(style.color), size: parseFloat(style.fontSize) };
          }),
          overflowing: [...document.querySelectorAll('plan-meter')].flatMap((widget) =>
            [...widget.shadowRoot.querySelectorAll('.title, .status, .headline, .toolbar, .tiles, .source summary')]
              .filter((node) => node.getBoundingClientRect().right > widget.getBoundingClientRect().right + 1)
              .map((node) => `${widget.id} .${node.className}`)),
        }));
        assert.ok(facts.scroll <= 0, `${mode}: scrolls ${facts.scroll}px sideways`);
        assert.ok(facts.statuses.every(Boolean), `${mode}: ${facts.statuses}`);
        assert.deepEqual(facts.overflowing, [], `${mode}: text runs out of its widget`);
        for (const look of facts.looks) {
          const dark = mode === 'dark';
          assert.ok(dark ? look.background < 0.2 && look.text > 0.7 : look.background > 0.9 && look.text < 0.3, `${mode}: ${JSON.stringify(look)}`);
          assert.ok(mode === 'elder' ? look.size >= 18 : look.size < 18, `${mode}: ${JSON.stringify(look)}`);
        }
        for (const canvas of facts.canvases) assert.equal(canvas.width, Math.round(canvas.css * canvas.dpr), `${mode}: ${JSON.stringify(canvas)}`);
        for (const type of TYPES) {
          await page.locator(`#${type}`).screenshot({ path: `${MATRIX}${type}-${width}-${deviceScaleFactor}x-${mode}.png` });
        }
      }
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });
  }
}
