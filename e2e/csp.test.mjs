// The Content-Security-Policy that index.html and embed.html carry in a meta element: strict
// (no inline script but trunk's start-up script, by its hash; no eval), in force, and broken by
// nothing the app or the iframe fallback does. Every other spec runs under it too, and fails on
// the console error a violation prints.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useServerAndBrowser, openPage, root, dist } from './support.mjs';

const EN = 'en-online-electronics.journey.json';
const env = useServerAndBrowser({
  routes: async (path, response) => {
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return true;
    }
    if (path !== '/maps/en.json') return false;
    response.writeHead(200, { 'content-type': 'application/json' }).end(await readFile(join(root, 'examples', EN)));
    return true;
  },
});
const title = JSON.parse(await readFile(join(root, 'examples', EN), 'utf8')).journeys[0].title;

/** The policy's directives, by name. */
function directives(policy) {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values]));
}

async function builtPolicy(file) {
  const html = await readFile(join(dist, file), 'utf8');
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
  assert.ok(meta, `${file} has a CSP meta element`);
  // It governs only what comes after it.
  const first = html.search(/<(script|link|style)\b/);
  assert.ok(first < 0 || meta.index < first, `${file}: the CSP comes before every script, link and style`);
  return { html, policy: directives(meta[1]) };
}

test('index.html and embed.html carry a strict policy; script-src names inline scripts only by hash', async () => {
  for (const file of ['index.html', 'widget/embed.html']) {
    const { html, policy } = await builtPolicy(file);
    const scripts = policy.get('script-src');
    assert.ok(scripts.includes("'self'") && scripts.includes("'wasm-unsafe-eval'"), `${file}: ${scripts}`);
    for (const loose of ["'unsafe-inline'", "'unsafe-eval'", "'strict-dynamic'", '*', 'data:', 'https:', 'http:', 'blob:']) {
      assert.ok(!scripts.includes(loose), `${file}: script-src has no ${loose}`);
    }
    assert.deepEqual(policy.get('default-src'), ["'self'"]);
    assert.deepEqual(policy.get('style-src'), ["'self'"], `${file}: no inline styles`);
    assert.deepEqual(policy.get('connect-src'), ["'self'"]);
    assert.deepEqual(policy.get('object-src'), ["'none'"]);
    assert.deepEqual(policy.get('base-uri'), ["'none'"]);
    assert.deepEqual(policy.get('form-action'), ["'none'"]);
    assert.deepEqual(policy.get('img-src'), ["'self'", 'data:', 'https:']);
    // Each inline script is allowed by its own hash, and nothing else is.
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attributes]) => !/\bsrc=/.test(attributes));
    const hashes = inline.map(([, , text]) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`);
    assert.deepEqual(scripts.filter((s) => s.startsWith("'sha256-")).sort(), [...new Set(hashes)].sort(), `${file}: hashes`);
    assert.equal(inline.length, file === 'index.html' ? 1 : 0, `${file}: trunk's start-up script is its one inline script`);
  }
});

/** A page that records CSP violations, the console's errors (page.errors) included. */
async function watchedPage() {
  const page = await openPage(env.browser);
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return page;
}

/** The policy is in force: an injected inline script does not run, and is reported. */
async function assertEnforced(page) {
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
    script.remove();
    return window.injected === true;
  });
  assert.equal(ran, false, 'an inline script injected into the page does not run');
  await page.waitForFunction(() => window.violations.some((v) => v.startsWith('script-src')));
  await page.evaluate(() => { window.violations = []; });
  page.errors.splice(0, page.errors.length, ...page.errors.filter((e) => !e.includes('Content Security Policy')));
}

test('the app runs under its policy: the library, a map, its dialogs, the meter', async () => {
  const page = await watchedPage();
  await page.goto(env.url);
  const maps = page.getByRole('table', { name: /Maps in this browser/ });
  await maps.getByRole('link', { name: title }).waitFor();
  await page.locator('#storage-meter').waitFor();
  await assertEnforced(page);
  await maps.getByRole('link', { name: title }).click();
  await page.getByRole('grid').waitFor();
  for (const [button, dialog] of [['Map details', 'Map details'], ['Embed', 'Embed this map']]) {
    await page.getByRole('button', { name: button, exact: true }).click();
    await page.getByRole('dialog', { name: dialog }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: dialog }).waitFor({ state: 'hidden' });
  }
  assert.deepEqual(await page.evaluate(() => window.violations), [], 'no violation');
  assert.deepEqual(page.errors, [], 'no console error, a CSP report included');
  await page.context().close();
});

test('embed.html runs under its policy, and shows a map of its own origin', async () => {
  const page = await watchedPage();
  await page.goto(`${env.url}widget/embed.html?src=/maps/en.json&lang=en`);
  await page.locator('safar-journey-map').getByRole('heading', { name: title, level: 1 }).waitFor();
  await page.waitForFunction((t) => document.title === t, title);
  await assertEnforced(page);
  assert.deepEqual(await page.evaluate(() => window.violations), [], 'no violation');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
