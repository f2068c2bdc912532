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

test('a first visit fills the library with the examples, and a map opens from it', async () => {
  const page = await openPage(env.browser);
  await page.goto(env.url);
  const table = page.getByRole('table', { name: /Maps in this browser/ });
  await table.waitFor();
  for (const file of ['en-online-electronics', 'fa-bank-account', 'ar-telecom-subscription']) {
    const { title } = (await readExample(`${file}.journey.json`)).journeys[0];
    await table.getByRole('link', { name: title }).waitFor();
  }
  const fa = (await readExample('fa-bank-account.journey.json')).journeys[0];
  await table.getByRole('link', { name: fa.title }).click();
  const map = page.getByRole('article', { name: fa.title });
  await map.waitFor();
  assert.equal(await map.getAttribute('dir'), 'rtl');
  assert.equal(new URL(page.url()).search, `?map=${fa.id}`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a stored map that cannot be read is set aside untouched, and the rest of the library opens', async () => {
  const page = await openPage(env.browser);
  await page.goto(env.url);
  await page.getByRole('table', { name: /Maps in this browser/ }).waitFor();
  const broken = '{"format":"safar-library-map","version":1,"revision":1,"file":{"format": "safar-journey-map", "version": 1, "journeys": [{"title": ';
  await page.evaluate((text) => localStorage.setItem('safar:map:fa-bank-account', text), broken);
  await page.reload();

  const notice = page.locator('.notice').filter({ hasText: 'could not be read and was set aside' });
  await notice.waitFor();
  assert.match(await notice.textContent(), /safar:map:fa-bank-account/);
  const table = page.getByRole('table', { name: /Maps in this browser/ });
  assert.equal(await table.locator('tbody tr').count(), 2, 'the other maps still open');
  // Kept byte for byte under the quarantine key, and offered for download.
  assert.equal(await page.evaluate(() => localStorage.getItem('safar:quarantine:safar:map:fa-bank-account')), broken);
  assert.equal(await page.evaluate(() => localStorage.getItem('safar:map:fa-bank-account')), null);
  const setAside = page.getByRole('region', { name: 'Set aside' });
  const download = page.waitForEvent('download');
  await setAside.getByRole('button', { name: 'Download safar:map:fa-bank-account' }).click();
  assert.equal(await (await download).suggestedFilename(), 'safar-map-fa-bank-account.txt');

  // A map from a newer Safar is listed read-only, explained when opened, and never written.
  const newer = JSON.stringify({ format: 'safar-library-map', version: 1, revision: 4, file: { format: 'safar-journey-map', version: 9, journeys: [{ title: 'From the future', language: 'en' }] } });
  await page.evaluate((text) => localStorage.setItem('safar:map:future', text), newer);
  await page.reload();
  const row = table.getByRole('row', { name: /From the future/ });
  await row.getByText('Saved by a newer Safar: read-only').waitFor();
  assert.equal(await row.getByRole('button', { name: /^Rename/ }).isDisabled(), true);
  await table.getByRole('link', { name: 'From the future' }).click();
  const explained = page.locator('.notice').filter({ hasText: 'cannot be opened here' });
  await explained.waitFor();
  assert.match(await explained.textContent(), /newer version of Safar \(version 9; this one reads up to version 1\)/);
  assert.equal(await page.evaluate(() => localStorage.getItem('safar:map:future')), newer);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the one map an earlier Safar kept joins the library', async () => {
  const page = await openPage(env.browser);
  const saved = JSON.parse(await readFile(join(root, 'examples', 'fa-bank-account.journey.json'), 'utf8'));
  saved.journeys[0].id = 'kept-before-the-library';
  saved.journeys[0].title = 'My own bank map';
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('safar:document', text);
      sessionStorage.setItem('seeded', '1');
    }
  }, JSON.stringify(saved));
  await page.goto(env.url);
  await page.locator('.notice').filter({ hasText: '“My own bank map”, the map you kept in an earlier version' }).waitFor();
  await page.getByRole('table', { name: /Maps in this browser/ }).getByRole('link', { name: 'My own bank map' }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('safar:document')), null);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
