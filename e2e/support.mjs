// Shared by the end-to-end specs: a static server for dist/, a Chromium from Debian, and the
// checks every screen gets (no console errors, no axe violations).

import { before, after } from 'node:test';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const root = resolve(fileURLToPath(import.meta.url), '../..');
export const dist = join(root, 'dist');

export const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
};

/**
 * Serves dist/ (or `dir`) on a free loopback port; resolves to { url, close }.
 * `routes(path, response)` may answer a request first (returning true), for pages a test
 * makes up.
 */
/**
 * An example map file (`examples/NAME.journey.json`) as a user of the app would import it: its
 * pictures, relative to the file (`images/…`), addressed where the app serves them
 * (`examples/images/…`), as the app's own examples are (`safar_core::examples::FOLDER`).
 */
export async function example(name) {
  const file = JSON.parse(await readFile(join(root, 'examples', `${name}.journey.json`), 'utf8'));
  const relative = (url) => url && !url.includes(':') && !/^[/#?]/.test(url);
  for (const persona of file.personas ?? []) if (relative(persona.photo?.url)) persona.photo.url = `examples/${persona.photo.url}`;
  for (const card of file.journeys.flatMap((j) => j.cells.flatMap((c) => c.cards))) {
    if (card.kind === 'image' && relative(card.url)) card.url = `examples/${card.url}`;
  }
  return file;
}

export async function serveDist({ routes = null, dir = dist } = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (routes && (await routes(path, response))) return;
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(done)) };
}

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A new page that records console errors and uncaught exceptions into `page.errors`. */
export async function openPage(browser, { locale = 'en-US' } = {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale });
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') page.errors.push(message.text());
  });
  page.on('pageerror', (error) => page.errors.push(String(error)));
  return page;
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every axe violation on the page, as readable lines. */
export async function axeViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`,
  );
}

/**
 * Registers the spec file's hooks: one server for dist/ and one browser for all its tests.
 * Returns an object whose `url` and `browser` are ready once the tests run.
 */
export function useServerAndBrowser({ routes = null } = {}) {
  const shared = { url: '', browser: null };
  let server;
  before(async () => {
    server = await serveDist({ routes });
    shared.url = server.url;
    shared.browser = await launch();
  });
  after(async () => {
    await shared.browser?.close();
    await server?.close();
  });
  return shared;
}
