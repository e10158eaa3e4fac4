// One way to drive every engine a citizen uses besides Chromium (issue 18): Firefox ESR
// through WebDriver BiDi (puppeteer-core, Debian's firefox-esr, no browser downloaded)
// and WebKitGTK, Safari's engine, through W3C WebDriver (selenium-webdriver talking to
// Debian's WebKitWebDriver, which starts MiniBrowser; it needs a display, so `make
// test-engines` runs it under xvfb-run). ENGINE=firefox|webkit picks one.
//
// A test sees the same small session whichever engine runs it: open(url), evaluate(fn,
// ...args), waitFor(fn, ...args), press(key), click(fn, ...args), screenshot(name, fn)
// and errors() — the page's console errors and CSP violations, collected in the page by
// tests/engines/console.js, which the test server puts first in every page.

import { after, before } from 'node:test';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { serve } from '../../scripts/serve.mjs';
import { cropPng } from './png.mjs';
import { inkIn } from '../browser/ink.mjs';

export const ENGINE = process.env.ENGINE ?? 'firefox';
export const SCREENSHOTS = new URL('../../target/screenshots/engines/', import.meta.url).pathname;
mkdirSync(SCREENSHOTS, { recursive: true });

const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const INJECT = '<script src="/tests/engines/console.js"></script>';
const WIDTH = 1000;
const HEIGHT = 900;

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Starts the test server and the engine; `close()` stops both (and every server started
 * with `serve`). The session drives one page, navigated by `open`.
 */
export async function start(engine = ENGINE) {
  const servers = [];
  const serveMore = async (options = {}) => {
    const started = await serve({ ...options, inject: INJECT });
    servers.push(started.server);
    return started.url;
  };
  const url = await serveMore();
  let driver;
  try {
    driver = engine === 'firefox' ? await firefox() : engine === 'webkit' ? await webkit() : null;
    if (!driver) throw new Error(`ENGINE=${engine}: expected firefox or webkit`);
  } catch (error) {
    for (const server of servers) server.close();
    throw error;
  }

  const session = {
    engine,
    url,
    /** Another test server (e.g. with `headers`), closed with the session; its URL. */
    serve: serveMore,
    /** Loads `address` (a path is on the session's server) and waits for its load event
     * (WebKitWebDriver can answer while the document is still loading). */
    async open(address) {
      await driver.open(new URL(address, url).href);
      await session.waitFor(() => document.readyState === 'complete');
    },
    /** `fn(...args)` run in the page (awaited if it returns a promise); its JSON result. */
    evaluate: (fn, ...args) => driver.evaluate(fn, args),
    /** Polls `fn(...args)` in the page until it returns something truthy; that value. */
    async waitFor(fn, ...args) {
      const timeout = 20000;
      const started = Date.now();
      for (;;) {
        const value = await driver.evaluate(fn, args);
        if (value) return value;
        if (Date.now() - started > timeout) throw new Error(`waitFor timed out after ${timeout} ms: ${fn}`);
        await sleep(50);
      }
    },
    /** A key pressed and released on what has focus: 'ArrowLeft', 'Escape', 'Tab', 'a' … */
    press: (key) => driver.press(key),
    /** A real pointer click on the element `fn(...args)` returns (in a shadow root too). */
    click: (fn, ...args) => driver.click(fn, args),
    /** Saves the element `fn()` returns (or the viewport) as SCREENSHOTS/<engine>-<name>.png. */
    async screenshot(name, fn) {
      const path = `${SCREENSHOTS}${engine}-${name}.png`;
      writeFileSync(path, await driver.screenshot(fn));
      return path;
    },
    /** The page's console errors so far: console.error, uncaught errors, failed loads, CSP. */
    errors: () => driver.evaluate(() => window.__engineConsole?.errors ?? ['tests/engines/console.js did not run'], []),
    /** The page's Content-Security-Policy violations so far. */
    violations: () => driver.evaluate(() => window.__engineConsole?.violations ?? ['tests/engines/console.js did not run'], []),
    async close() {
      await driver.close();
      await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
    },
  };
  return session;
}

/** The session for one test file: started before its tests, closed after. */
export function useEngine(engine = ENGINE) {
  const session = {};
  before(async () => Object.assign(session, await start(engine)));
  after(async () => session.close?.());
  return session;
}

// Firefox ESR: puppeteer-core over WebDriver BiDi.
async function firefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    protocol: 'webDriverBiDi',
    headless: true,
    // Nothing to fetch on a closed network: no updates, studies or remote settings.
    extraPrefsFirefox: { 'app.update.enabled': false, 'network.captive-portal-service.enabled': false, 'network.connectivity-service.enabled': false },
  });
  const page = await browser.newPage();
  await page.setViewport({ width: WIDTH, height: HEIGHT });
  return {
    async open(address) {
      await page.goto(address, { waitUntil: 'load' });
    },
    evaluate: (fn, args) => page.evaluate(fn, ...args),
    press: (key) => page.keyboard.press(key),
    async click(fn, args) {
      const handle = await page.evaluateHandle(fn, ...args);
      try {
        await handle.click();
      } finally {
        await handle.dispose();
      }
    },
    async screenshot(fn) {
      if (!fn) return Buffer.from(await page.screenshot());
      const handle = await page.evaluateHandle(fn);
      try {
        await handle.scrollIntoView();
        return Buffer.from(await handle.screenshot());
      } finally {
        await handle.dispose();
      }
    },
    close: () => browser.close(),
  };
}

// WebKitGTK: Debian's WebKitWebDriver on a free port, selenium-webdriver as its client.
async function webkit() {
  const { Builder, Key } = await import('selenium-webdriver');
  const port = await freePort();
  const service = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  let said = '';
  service.stderr.on('data', (chunk) => (said += chunk));
  const exited = new Promise((done) => service.once('exit', done));
  try {
    await until(async () => (await fetch(`http://127.0.0.1:${port}/status`)).ok, () => `WebKitWebDriver did not start: ${said}`);
  } catch (error) {
    service.kill();
    throw error;
  }
  let driver;
  try {
    driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      })
      .build();
    await driver.manage().window().setRect({ x: 0, y: 0, width: WIDTH, height: HEIGHT });
  } catch (error) {
    service.kill();
    throw new Error(`WebKitGTK did not start (is DISPLAY set? run under xvfb-run): ${error.message} ${said}`);
  }
  const KEYS = { ArrowLeft: Key.ARROW_LEFT, ArrowRight: Key.ARROW_RIGHT, ArrowUp: Key.ARROW_UP, ArrowDown: Key.ARROW_DOWN, Escape: Key.ESCAPE, Enter: Key.ENTER, Tab: Key.TAB, Home: Key.HOME, End: Key.END, Space: Key.SPACE };
  const script = (fn) => `return (${fn}).apply(null, arguments);`;
  return {
    open: (address) => driver.get(address),
    evaluate: (fn, args) => driver.executeScript(script(fn), ...args),
    async press(key) {
      const value = KEYS[key] ?? key;
      await driver.actions().keyDown(value).keyUp(value).perform();
    },
    async click(fn, args) {
      const element = await driver.executeScript(script(fn), ...args);
      await element.click();
    },
    // The viewport's screenshot cropped to the element: WebKitWebDriver's own element
    // screenshot comes out blank, or shifted by the page's scroll offset. An element
    // taller than the window gets a window tall enough first (the display is 3100 px).
    async screenshot(fn) {
      const viewport = async () => Buffer.from(await driver.takeScreenshot(), 'base64');
      if (!fn) return viewport();
      const element = await driver.executeScript(script(fn));
      const window = driver.manage().window();
      const before = await window.getRect();
      const { tall, inner } = await driver.executeScript('return { tall: arguments[0].getBoundingClientRect().height, inner: innerHeight }', element);
      if (tall + 16 > inner) {
        await window.setRect({ ...before, height: Math.min(3100, before.height + Math.ceil(tall) + 16 - inner) });
        await until(async () => (await driver.executeScript('return innerHeight')) !== inner, () => 'the window did not grow');
      }
      try {
        const rect = await driver.executeAsyncScript(`
          const [element, done] = arguments;
          element.scrollIntoView({ block: 'center' });
          requestAnimationFrame(() => requestAnimationFrame(() => {
            const { x, y, width, height } = element.getBoundingClientRect();
            const scale = devicePixelRatio;
            done({ x: x * scale, y: y * scale, width: width * scale, height: height * scale });
          }));`, element);
        return cropPng(await viewport(), rect);
      } finally {
        if (tall + 16 > inner) await window.setRect(before);
      }
    },
    async close() {
      try {
        await driver.quit();
      } finally {
        service.kill();
        await exited;
      }
    },
  };
}

function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

async function until(check, message, timeout = 10000) {
  const started = Date.now();
  for (;;) {
    try {
      if (await check()) return;
    } catch {}
    if (Date.now() - started > timeout) throw new Error(message());
    await sleep(50);
  }
}

/** Scrolls `selector`'s widget into view (widgets render when near the viewport) until it
 * has rendered (data-status set) or shown its error. Scrolled again while it waits: the
 * widgets above it grow as they render, and WebKit keeps no scroll anchor, so what was
 * in view is pushed down out of it. */
export async function settled(session, selector) {
  await session.waitFor((selector) => {
    const host = document.querySelector(selector);
    const alert = host?.shadowRoot?.querySelector('[role=alert]');
    if (host && (host.hasAttribute('data-status') || (alert && !alert.hidden))) return true;
    host?.scrollIntoView({ block: 'center' });
    return false;
  }, selector);
}

/** Waits for `count` animation frames: what the loader schedules for the next frame has
 * happened by then. */
export function frames(session, count = 2) {
  return session.evaluate(
    (count) =>
      new Promise((done) => {
        const step = () => (--count > 0 ? requestAnimationFrame(step) : done(true));
        requestAnimationFrame(step);
      }),
    count,
  );
}

/** The canvas pixels of `selector`'s widget that differ from its first pixel (the
 * background), and the canvas's size. */
export function inkedPixels(session, selector) {
  return session.evaluate(inkIn, selector);
}
