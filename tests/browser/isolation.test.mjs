// A widget looks the same on a hostile portal page as on a blank one: the page's CSS
// (`* { font-size: 30px !important; … }`, `canvas { width: 50% !important }`,
// `div { display: flex }`) does not reach inside the shadow root. The same on pages built
// with two real design systems from npm — GOV.UK Frontend and Bootstrap — each with a
// heavy-handed reset stylesheet on top (fixtures/hostile-reset.css).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, settled, SCREENSHOTS } from './harness.mjs';

const harness = useBrowser();

const CONFIG = { indicator: 'ezhou-2018-2020.value-added-growth', actuals: { 2018: 8.3, 2019: 7.9 }, asOf: '2020-03-31' };

async function render(fixture, tag) {
  const page = await harness.page({ width: 900, height: 900 });
  // GOV.UK Frontend's stylesheet asks for its fonts and icons under /assets/, which this
  // test does not serve: those 404s are the host's, and the only ones allowed.
  page.missing = [];
  page.on('response', (response) => response.status() === 404 && page.missing.push(new URL(response.url()).pathname));
  await page.goto(`${harness.url}/tests/browser/fixtures/${fixture}`);
  await page.evaluate(([config, tag]) => {
    // Design systems put the slot at fractional pixels (line heights like 1.3158); move
    // it onto whole pixels so that what is drawn is compared, not where.
    const slot = document.getElementById('slot');
    const { x, y } = slot.getBoundingClientRect();
    slot.style.position = 'relative';
    slot.style.left = `${Math.round(x) - x}px`;
    slot.style.top = `${Math.round(y) - y}px`;
    const element = document.createElement(tag);
    element.id = 'widget';
    if (tag === 'div') element.dataset.planmeter = JSON.stringify(config);
    else element.setAttribute('config', JSON.stringify(config));
    document.getElementById('slot').append(element);
  }, [CONFIG, tag]);
  await settled(page, '#widget');
  const metrics = await page.evaluate(() => {
    const root = document.getElementById('widget').shadowRoot;
    const box = (selector) => {
      const rect = root.querySelector(selector).getBoundingClientRect();
      return [Math.round(rect.width), Math.round(rect.height)];
    };
    const font = (selector) => getComputedStyle(root.querySelector(selector)).fontSize;
    return { pm: box('.pm'), canvas: box('canvas'), title: font('.title'), text: font('.explanation'), button: font('button'), colour: getComputedStyle(root.querySelector('.explanation')).color };
  });
  const image = await page.locator('#widget').screenshot({ path: `${SCREENSHOTS}isolation-${fixture.replace('.html', '')}-${tag}.png` });
  return { page, metrics, image };
}

const HOSTS = ['hostile.html', 'govuk.html', 'bootstrap.html'];
for (const [tag, host] of [...HOSTS.map((host) => ['plan-meter', host]), ['div', 'hostile.html']]) {
  test(`<${tag}> on ${host}: same layout, fonts and pixels as on a blank page`, async () => {
    const blank = await render('blank.html', tag);
    const hostile = await render(host, tag);
    assert.deepEqual(hostile.metrics, blank.metrics);
    // Compare the two screenshots pixel by pixel in the browser.
    const differing = await blank.page.evaluate(async ([a, b]) => {
      const load = (base64) => new Promise((done) => {
        const image = new Image();
        image.onload = () => done(image);
        image.src = `data:image/png;base64,${base64}`;
      });
      const [first, second] = await Promise.all([load(a), load(b)]);
      if (first.width !== second.width || first.height !== second.height) return 1;
      const pixels = (image) => {
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height).data;
      };
      const [p, q] = [pixels(first), pixels(second)];
      let different = 0;
      for (let index = 0; index < p.length; index += 4) {
        if (Math.abs(p[index] - q[index]) + Math.abs(p[index + 1] - q[index + 1]) + Math.abs(p[index + 2] - q[index + 2]) > 30) different++;
      }
      return different / (p.length / 4);
    }, [blank.image.toString('base64'), hostile.image.toString('base64')]);
    // Tolerance: 0.5% of pixels (anti-aliasing); the hostile CSS would change most of them.
    assert.ok(differing <= 0.005, `${(differing * 100).toFixed(2)}% of pixels differ`);
    assert.deepEqual(hostile.page.missing.filter((path) => !path.startsWith('/assets/')), []);
    assert.deepEqual(hostile.page.errors.filter((error) => !error.startsWith('Failed to load resource: the server responded with a status of 404')), []);
    await blank.page.context().close();
    await hostile.page.context().close();
  });
}
