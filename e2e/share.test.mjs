// Share, as a researcher uses it: the map as an SVG, a PNG at a scale and a PDF on a page size,
// drawn in a worker while the editor keeps answering; only the stage in focus when asked;
// cancelled half-way; and printed on the PDF's pages through the browser's print dialog
// (checked in headless Chromium's own PDF output). The files are read back as files: the SVG
// parsed, the PNG's header, the PDF through poppler.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useServerAndBrowser, openPage, axeViolations } from './support.mjs';

const env = useServerAndBrowser();

async function openShare(page, map = 'en-online-electronics') {
  await page.goto(`${env.url}?map=${map}`);
  await page.getByRole('grid').waitFor();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this map' });
  await dialog.waitFor();
  return dialog;
}

/** Presses Download and returns the file that arrives, with the message the dialog shows. */
async function download(page, dialog) {
  const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
  const path = await file.path();
  const status = dialog.getByRole('status');
  await status.getByText(file.suggestedFilename(), { exact: false }).waitFor();
  return { name: file.suggestedFilename(), bytes: await readFile(path), said: (await status.textContent()).trim() };
}

/** A PDF's page count and first page's size in points, from poppler's pdfinfo. */
function pdfInfo(bytes, dir) {
  const path = join(dir, `info-${Date.now()}.pdf`);
  return writeFile(path, bytes).then(() => {
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)[1]);
    const [, width, height] = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info).map(Number);
    return { pages, width, height, text: execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }) };
  });
}

test('Share downloads the map as an SVG, a PNG at its scale and a PDF on its pages, and axe finds nothing', async () => {
  const page = await openPage(env.browser);
  const work = await mkdtemp(join(tmpdir(), 'safar-share-'));
  try {
    const dialog = await openShare(page);
    assert.deepEqual(await axeViolations(page), [], 'the Share dialog: axe');

    await dialog.getByLabel('Picture (SVG)', { exact: true }).check();
    const svg = await download(page, dialog);
    assert.match(svg.name, /\.svg$/);
    const text = svg.bytes.toString('utf8');
    assert.match(text, /^<svg[\s>]/, 'a standalone SVG document');
    assert.doesNotMatch(text, /<script|javascript:|href="http/i, 'nothing that runs, nothing fetched');
    assert.match(text, /@font-face/, 'the fonts ride inside');
    assert.match(text, /Awareness|Research/, 'the stages are drawn as text');
    const [, svgWidth] = /<svg[^>]* width="([\d.]+)"/.exec(text).map(Number);
    assert.match(svg.said, /downloaded \(\d+ KB\)/);

    await dialog.getByLabel('Picture (PNG)', { exact: true }).check();
    await dialog.getByLabel('Scale', { exact: true }).selectOption({ label: '1× (screens)' });
    const png = await download(page, dialog);
    assert.equal(png.bytes.subarray(1, 4).toString('latin1'), 'PNG');
    assert.equal(png.bytes.readUInt32BE(16), Math.ceil(svgWidth), 'the PNG at 1x is as wide as the SVG');

    await dialog.getByLabel('PDF', { exact: true }).check();
    await dialog.getByLabel('Page size (PDF and printing)', { exact: true }).selectOption({ label: 'A4 landscape' });
    const pdf = await download(page, dialog);
    const info = await pdfInfo(pdf.bytes, work);
    assert.ok(info.pages >= 2, `a wide map takes several A4 pages: ${info.pages}`);
    assert.ok(Math.abs(info.width - 841.89) < 1 && Math.abs(info.height - 595.28) < 1, `A4 landscape: ${info.width} × ${info.height}`);
    assert.match(info.text, /Awareness|Research/, 'the PDF has its text, selectable');
    assert.match(pdf.said, new RegExp(`${info.pages} pages`), pdf.said);
    assert.deepEqual(page.errors, []);
  } finally {
    await rm(work, { recursive: true, force: true });
    await page.context().close();
  }
});

test('the picture can keep the stage in focus alone, and the editor answers while it is drawn', async () => {
  const page = await openPage(env.browser);
  const grid = page.getByRole('grid');
  await page.goto(`${env.url}?map=en-online-electronics`);
  await grid.waitFor();
  const stages = await grid.locator('th.stage-header').allTextContents();
  assert.ok(stages.length >= 3);
  // The cursor in the second stage's first cell.
  await grid.locator('th.stage-header').nth(1).click();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this map' });
  const second = stages[1].trim().split('\n')[0].trim();
  const only = dialog.getByRole('checkbox', { name: new RegExp(`Only the stage`) });
  assert.match(await only.evaluate((input) => input.labels[0].textContent), new RegExp(second.slice(0, 10)));
  await only.check();
  await dialog.getByLabel('Picture (SVG)', { exact: true }).check();
  const svg = (await download(page, dialog)).bytes.toString('utf8');
  const first = stages[0].trim().split('\n')[0].trim();
  assert.ok(svg.includes(second.slice(0, 10)), `the chosen stage is drawn: ${second}`);
  assert.ok(!svg.includes(`>${first}<`), `the other stages are not: ${first}`);

  // A large PNG is drawn in a worker, and the editor answers meanwhile. The renderer's
  // WebAssembly is held back until the editor has answered a key, so the picture is still to
  // come when it does: a condition, not a race with the drawing.
  let reached;
  const waiting = new Promise((done) => { reached = done; });
  let release;
  const held = new Promise((done) => { release = done; });
  await page.context().route('**/safar_picture_bg.wasm', async (route) => {
    reached();
    await held;
    await route.continue();
  });
  const workers = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await only.uncheck();
  await dialog.getByLabel('Picture (PNG)', { exact: true }).check();
  await dialog.getByLabel('Scale', { exact: true }).selectOption({ label: '4× (print)' });
  const arrived = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  await dialog.getByRole('status').getByText('Drawing the PNG…').waitFor();
  await waiting;
  assert.ok(workers.some((url) => url.endsWith('/safar-picture-worker.js')), `drawn in a worker: ${workers}`);
  // The dialog closes, and the editor takes a key while the picture is made.
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await shortcuts.waitFor();
  assert.equal(await page.getByRole('status').filter({ hasText: 'downloaded' }).count(), 0, 'the picture is still to come');
  await page.keyboard.press('Escape');
  release();
  const file = await arrived;
  assert.match(file.suggestedFilename(), /\.png$/);
  // With the dialog closed, a notice says the file came.
  await page.getByText(`${file.suggestedFilename()} downloaded`, { exact: false }).waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a picture being drawn can be cancelled, and nothing is downloaded', async () => {
  const page = await openPage(env.browser);
  const dialog = await openShare(page);
  await dialog.getByLabel('Picture (PNG)', { exact: true }).check();
  await dialog.getByLabel('Scale', { exact: true }).selectOption({ label: '4× (print)' });
  let downloads = 0;
  page.on('download', () => downloads++);
  await dialog.getByRole('button', { name: 'Download' }).click();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.getByRole('status').getByText('Stopped: nothing was made.').waitFor();
  assert.equal(await dialog.getByRole('button', { name: 'Download' }).isEnabled(), true, 'ready for another');
  // The worker was ended: a new request draws again from the start, and arrives.
  await dialog.getByLabel('Picture (SVG)', { exact: true }).check();
  const svg = await download(page, dialog);
  assert.match(svg.name, /\.svg$/);
  assert.equal(downloads, 1, 'only the SVG arrived');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('Print puts the PDF’s pages, and nothing of the editor, on the paper chosen', async () => {
  const page = await openPage(env.browser);
  const work = await mkdtemp(join(tmpdir(), 'safar-print-'));
  try {
    const dialog = await openShare(page, 'fa-bank-account');
    await dialog.getByLabel('PDF', { exact: true }).check();
    await dialog.getByLabel('Page size (PDF and printing)', { exact: true }).selectOption({ label: 'A3 landscape' });
    const pdf = await download(page, dialog);
    const downloaded = await pdfInfo(pdf.bytes, work);

    // Headless Chromium cannot show a print dialog (and a page being printed cannot make a
    // PDF): the test counts the calls, then prints the page itself as the dialog would.
    await page.evaluate(() => {
      window.printed = 0;
      window.print = () => { window.printed++; };
    });
    await dialog.getByRole('button', { name: 'Print…' }).click();
    await dialog.getByRole('status').getByText(/pages? went to the print dialog/).waitFor();
    const images = page.locator('#safar-print-pages img');
    assert.equal(await images.count(), downloaded.pages, 'as many printed pages as the PDF has');
    assert.equal(await page.evaluate(() => window.printed), 1, 'the print dialog was asked for once');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.toolbar').evaluate((t) => t.getClientRects().length), 0, 'no toolbar on paper');
    const printed = await pdfInfo(await page.pdf({ preferCSSPageSize: true, printBackground: true }), work);
    assert.equal(printed.pages, downloaded.pages, 'the printout has the PDF’s pages');
    assert.ok(Math.abs(printed.width - downloaded.width) < 2 && Math.abs(printed.height - downloaded.height) < 2,
      `on the PDF's paper: ${printed.width} × ${printed.height} against ${downloaded.width} × ${downloaded.height}`);
    assert.doesNotMatch(printed.text, /Undo|Share|All changes saved/, 'nothing of the editor is printed');
    await page.emulateMedia({ media: 'screen' });

    // Ctrl+P in the editor prints the same pages, not the screen.
    await page.keyboard.press('Escape');
    await page.evaluate(() => document.getElementById('safar-print-pages')?.remove());
    await page.getByRole('grid').locator('[data-cell^="slot:"]').first().focus();
    await page.keyboard.press('Control+P');
    await page.waitForFunction(() => window.printed === 2);
    assert.equal(await images.count(), downloaded.pages, 'the pages on the paper last chosen');
    assert.deepEqual(page.errors, []);
  } finally {
    await rm(work, { recursive: true, force: true });
    await page.context().close();
  }
});
