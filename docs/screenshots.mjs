// Regenerates the README screenshots from the release build in dist/.
//
//   trunk build --release --offline && cargo build -p safar-cli && node docs/screenshots.mjs

import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { serveDist, launch, root } from '../e2e/support.mjs';
import { hostRoutes, hostPage } from '../e2e/widget-host.mjs';

// Each example in an interface of its own language (the browser's language chooses it).
const shots = [
  { example: 'online-electronics', file: 'screenshot-en.png', locale: 'en-US' },
  { example: 'bank-account', file: 'screenshot-fa.png', locale: 'fa-IR' },
  { example: 'telecom-subscription', file: 'screenshot-ar.png', locale: 'ar-EG' },
];

// The widget: three maps on the tests' hostile intranet page, under its strict CSP.
const widgets = hostPage(`
    <safar-journey-map src="/maps/en.json" lanes="actions, emotions, pain-points" height="330" compact></safar-journey-map>
    <safar-journey-map src="/maps/fa.json" lang="fa" stage="خرید یا تصمیم‌گیری" height="330" compact></safar-journey-map>
    <safar-journey-map src="/maps/ar.json" lang="ar" mode="edit" storage-key="screenshot" lanes="actions, emotions" height="330" compact></safar-journey-map>`);
const server = await serveDist({ routes: hostRoutes({ '/host/': widgets }) });
const browser = await launch();
for (const { example, file, locale } of shots) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1500 }, locale });
  await page.goto(`${server.url}?example=${example}`);
  await page.locator('table').waitFor();
  await page.screenshot({ path: join(root, 'docs', file) });
  await page.close();
}
// The editor in each language, editing the pain points of the second stage of that language's
// example.
const editors = [
  { map: 'en-online-electronics', locale: 'en-US', file: 'screenshot-editor-en.png' },
  { map: 'fa-bank-account', locale: 'fa-IR', file: 'screenshot-editor-fa.png' },
  { map: 'ar-telecom-subscription', locale: 'ar-EG', file: 'screenshot-editor-ar.png' },
];
for (const { map, locale, file } of editors) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale });
  await page.goto(`${server.url}?map=${map}`);
  await page.locator('tr.lane-pain-points td').nth(1).dblclick();
  await page.locator('.cell-editor').waitFor();
  await page.locator('tr.lane-pain-points').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(root, 'docs', file) });
  await page.close();
}
// Share, in English and Persian: a PDF just downloaded, with the stage in focus offered.
for (const { map, locale, file } of [
  { map: 'en-online-electronics', locale: 'en-US', file: 'screenshot-share.png' },
  { map: 'fa-bank-account', locale: 'fa-IR', file: 'screenshot-share-fa.png' },
]) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale });
  await page.goto(`${server.url}?map=${map}`);
  await page.locator('th.stage-header').nth(1).click();
  await page.keyboard.press('Escape');
  await page.locator('.toolbar-group').nth(2).locator('button').nth(2).click();
  await page.locator('dialog.modal[open]').waitFor();
  await page.locator('#share-format-pdf').check();
  await Promise.all([page.waitForEvent('download'), page.locator('.share-form button[type=submit]').click()]);
  await page.locator('.share-progress p').waitFor();
  await page.mouse.move(5, 850);
  await page.screenshot({ path: join(root, 'docs', file) });
  await page.close();
}
// The library, with the three examples and one map in the trash.
const library = await browser.newPage({ viewport: { width: 1440, height: 820 } });
await library.goto(server.url);
await library.locator('.library-table').waitFor();
await library.getByRole('button', { name: 'Duplicate Buying a laptop online and in store at Voltline (current state)' }).click();
await library.getByRole('button', { name: 'Move to trash Buying a laptop online and in store at Voltline (current state) (copy)' }).click();
await library.getByRole('status').filter({ hasText: 'moved to the trash' }).waitFor();
await library.screenshot({ path: join(root, 'docs', 'screenshot-library.png'), fullPage: true });
await library.close();
const host = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await host.goto(`${server.url}host/`);
await host.waitForFunction(() => [...document.querySelectorAll('safar-journey-map')].every((m) => m.shadowRoot?.querySelector('table')));
await host.evaluate(() => document.fonts.ready);
await host.waitForTimeout(300);
await host.screenshot({ path: join(root, 'docs', 'screenshot-widget.png'), fullPage: true });
await host.close();

// A published site (safar publish) of the three examples: its index in Persian, and the Arabic
// map's page with the widget on it.
const work = join(root, 'target/docs-site');
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'maps'), { recursive: true });
for (const file of ['en-online-electronics', 'fa-bank-account', 'ar-telecom-subscription']) {
  cpSync(join(root, 'examples', `${file}.journey.json`), join(work, 'maps', `${file}.journey.json`));
}
cpSync(join(root, 'examples/images'), join(work, 'maps/images'), { recursive: true });
const safar = process.env.SAFAR_BIN ?? join(root, 'target/debug/safar');
execFileSync(safar, ['publish', join(work, 'maps'), '--out', join(work, 'fa'), '--lang', 'fa']);
const site = await serveDist({ dir: work });
const index = await browser.newPage({ viewport: { width: 1440, height: 700 } });
await index.goto(`${site.url}fa/`);
await index.evaluate(() => document.fonts.ready);
await index.screenshot({ path: join(root, 'docs', 'screenshot-site-index-fa.png') });
await index.close();
const sitePage = await browser.newPage({ viewport: { width: 1440, height: 1100 } });
await sitePage.goto(`${site.url}fa/maps/ar-telecom-subscription.journey.html`);
await sitePage.waitForFunction(() => document.querySelector('safar-journey-map')?.shadowRoot?.querySelector('.safar-widget table'));
await sitePage.evaluate(() => document.fonts.ready);
await sitePage.waitForTimeout(300);
await sitePage.screenshot({ path: join(root, 'docs', 'screenshot-site-map-ar.png') });
await sitePage.close();
await site.close();

await browser.close();
await server.close();

