// The built app, as a visitor sees it: the example maps in both directions, the saved map, and
// a saved map that cannot be read.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useServerAndBrowser, openPage, axeViolations, root } from './support.mjs';

const env = useServerAndBrowser();

const examples = [
  { name: 'online-electronics', file: 'en-online-electronics.journey.json', dir: 'ltr', lang: 'en' },
  { name: 'bank-account', file: 'fa-bank-account.journey.json', dir: 'rtl', lang: 'fa' },
  { name: 'telecom-subscription', file: 'ar-telecom-subscription.journey.json', dir: 'rtl', lang: 'ar' },
];

async function readExample(file) {
  return JSON.parse(await readFile(join(root, 'examples', file), 'utf8'));
}

for (const example of examples) {
  test(`the ${example.lang} example map reads ${example.dir} with no errors and no axe violations`, async () => {
    const page = await openPage(env.browser);
    const data = await readExample(example.file);
    const journey = data.journeys[0];
    await page.goto(`${env.url}?example=${example.name}`);

    const map = page.getByRole('article', { name: journey.title });
    await map.waitFor();
    assert.equal(await map.getAttribute('dir'), example.dir);
    assert.equal(await map.getAttribute('lang'), example.lang);
    await page.getByRole('heading', { level: 1, name: journey.title }).waitFor();

    // Stages are column headers, in reading order: left to right, or right to left.
    const table = page.getByRole('table', { name: journey.title });
    for (const stage of journey.stages) {
      await table.getByRole('columnheader', { name: stage.name }).first().waitFor();
    }
    const lefts = [];
    for (const stage of journey.stages) {
      const box = await table.locator('th.stage-header', { hasText: stage.name }).first().boundingBox();
      lefts.push(box.x);
    }
    const ordered = lefts.every((x, i) => i === 0 || (example.dir === 'ltr' ? x > lefts[i - 1] : x < lefts[i - 1]));
    assert.ok(ordered, `stages out of ${example.dir} order: ${lefts}`);

    // Lanes are row headers (named by the lane, plus the scale or the line of visibility).
    for (const lane of journey.lanes.filter((l) => !l.hidden)) {
      await table.getByRole('rowheader').filter({ has: page.getByText(lane.name, { exact: true }) }).waitFor();
    }

    // The persona is shown by name.
    const persona = data.personas.find((p) => p.id === journey.personas[0]);
    await page.getByRole('heading', { level: 2, name: persona.name }).waitFor();

    // The emotion curve: one piece per emotion cell, with a dot wherever there is a score.
    const dots = await page.locator('tr.lane-emotions .curve-dot').count();
    assert.ok(dots >= journey.stages.length, `only ${dots} points on the emotion curve`);

    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('a first visit opens the English example, and the saved map opens after that', async () => {
  const page = await openPage(env.browser);
  await page.goto(env.url);
  const en = await readExample('en-online-electronics.journey.json');
  await page.getByRole('heading', { level: 1, name: en.journeys[0].title }).waitFor();

  const fa = await readFile(join(root, 'examples', 'fa-bank-account.journey.json'), 'utf8');
  await page.evaluate((text) => localStorage.setItem('safar:document', text), fa);
  await page.reload();
  const title = JSON.parse(fa).journeys[0].title;
  const map = page.getByRole('article', { name: title });
  await map.waitFor();
  assert.equal(await map.getAttribute('dir'), 'rtl');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a saved map that cannot be read is explained and left untouched', async () => {
  const page = await openPage(env.browser);
  await page.goto(env.url);
  const broken = '{"format": "safar-journey-map", "version": 1, "journeys": [{"title": ';
  await page.evaluate((text) => localStorage.setItem('safar:document', text), broken);
  await page.reload();

  const notice = page.getByRole('status').filter({ hasText: 'could not be opened' });
  await notice.waitFor();
  const message = await notice.textContent();
  assert.match(message, /line 1, column \d+/);
  assert.equal(await page.evaluate(() => localStorage.getItem('safar:document')), broken);
  // A copy is kept aside before anything could be saved over it.
  assert.equal(await page.evaluate(() => localStorage.getItem('safar:document.unreadable')), broken);

  // A file from a newer Safar is refused with both versions named, and kept.
  const newer = JSON.stringify({ format: 'safar-journey-map', version: 9, journeys: [] });
  await page.evaluate((text) => localStorage.setItem('safar:document', text), newer);
  await page.reload();
  const newerNotice = page.getByRole('status').filter({ hasText: 'could not be opened' });
  await newerNotice.waitFor();
  assert.match(await newerNotice.textContent(), /version 9.*newer Safar/);
  assert.equal(await page.evaluate(() => localStorage.getItem('safar:document')), newer);

  assert.deepEqual(await axeViolations(page), []);
  await page.context().close();
});
