// Two tabs on one map, as an unlucky person meets them: another tab's save never closes an open
// editor or takes a keystroke, the question of what to keep waits for a pause in typing, a save
// another tab wrote over without seeing it is found, keeping one's own version keeps the other
// as a snapshot, and a map whose id looks like an internal key syncs like any other.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, axeViolations, example } from './support.mjs';

const env = useServerAndBrowser();
const EN = 'en-online-electronics';
const CELL = 'slot:lane-actions:stage-acquisition';
const SAVED = 'All changes saved in this browser';
const CONFLICT = 'This map was changed in another tab';

/** Two pages of one browser profile, each counting the `storage` events it has been sent. */
async function twoTabs() {
  const context = await env.browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(() => {
    window.__storageEvents = [];
    window.addEventListener('storage', (event) => window.__storageEvents.push(event.key));
  });
  const [a, b] = [await context.newPage(), await context.newPage()];
  for (const page of [a, b]) {
    page.errors = [];
    page.on('pageerror', (error) => page.errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') page.errors.push(message.text());
    });
  }
  // The first visit fills the library with the examples; let it finish before the second page.
  await a.goto(env.url);
  await a.getByRole('table', { name: /Maps in this browser/ }).waitFor();
  return { context, a, b };
}

async function openMap(page, id) {
  await page.goto(`${env.url}?map=${id}`);
  await page.getByRole('grid').waitFor();
}

/** Resolves once `page` has been told (by a `storage` event) of `count` changes to `key`. */
function told(page, key, count) {
  return page.waitForFunction(([key, count]) => window.__storageEvents.filter((k) => k === key).length >= count, [key, count]);
}

function toldSoFar(page, key) {
  return page.evaluate((key) => window.__storageEvents.filter((k) => k === key).length, key);
}

/** Saves a new title in `page` at once, as closing the page does. */
async function saveTitleNow(page, title) {
  await page.getByRole('button', { name: 'Map details' }).click();
  const dialog = page.getByRole('dialog', { name: 'Map details' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await page.getByText(SAVED).waitFor();
}

function stored(page, key) {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key)), key);
}

/** Opens the cell editor of CELL in `page` with a new card, its text field focused. */
async function openCardEditor(page) {
  await page.locator(`[data-cell="${CELL}"]`).dblclick();
  await page.locator(`[data-cell="${CELL}"]`).getByRole('button', { name: 'Add card' }).click();
  await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
  return page.locator(`[data-cell="${CELL}"] textarea`).last();
}

test("another tab's save never closes an open editor, and keeping mine keeps theirs as a snapshot", async () => {
  const { context, a, b } = await twoTabs();
  const key = `safar:map:${EN}`;
  await openMap(a, EN);
  await openMap(b, EN);
  const field = await openCardEditor(b);
  await b.getByText(SAVED).waitFor();
  await told(a, key, 1);

  const seen = await toldSoFar(b, key);
  await saveTitleNow(a, 'Saved in page A');
  await told(b, key, seen + 1);
  // Page B was told; its editor stays open with focus where it was, and the keys typed next
  // land in the field.
  assert.equal(await b.evaluate(() => document.activeElement?.tagName), 'TEXTAREA', 'focus stays in the field');
  await b.keyboard.type('typed after the other save');
  assert.equal(await field.inputValue(), 'typed after the other save');

  // Both changed the map: the question comes once B pauses, with focus on the question itself,
  // so a stray Space or Enter chooses nothing.
  const conflict = b.getByRole('dialog', { name: CONFLICT });
  await conflict.waitFor();
  assert.equal(await b.evaluate(() => document.activeElement?.id), 'conflict-question');
  await b.keyboard.press('Space');
  await b.keyboard.press('Enter');
  assert.ok(await conflict.isVisible(), 'no choice was made by the keys');
  assert.deepEqual(await axeViolations(b), [], 'the conflict question');

  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await b.getByText(SAVED).waitFor();
  const record = await stored(b, key);
  assert.ok(JSON.stringify(record.file).includes('typed after the other save'), "B's card is stored");
  assert.notEqual(record.file.journeys[0].title, 'Saved in page A');
  // What "keep mine" replaced is a snapshot, named so in the Versions dialog.
  const snapshots = await b.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)), `safar:snapshot:${EN}:`);
  assert.equal(snapshots.length, 1);
  const snapshot = await stored(b, snapshots[0]);
  assert.equal(snapshot.name, 'The other tab’s version, replaced by keeping mine');
  assert.equal(snapshot.file.journeys[0].title, 'Saved in page A');
  // Page A follows the version kept.
  await a.getByRole('heading', { level: 1, name: record.file.journeys[0].title }).waitFor();
  assert.deepEqual([...a.errors, ...b.errors], []);
  await context.close();
});

test('the question of what to keep waits until typing pauses, and takes no keystroke', async () => {
  const { context, a, b } = await twoTabs();
  await openMap(a, EN);
  await openMap(b, EN);
  const field = await openCardEditor(b);
  await b.getByText(SAVED).waitFor();

  const words = 'every key typed here stays in this field';
  const typing = b.keyboard.type(words, { delay: 60 });
  await b.waitForFunction(() => (document.activeElement?.value ?? '').length >= 5);
  await saveTitleNow(a, 'Saved while B types');
  await typing;
  const conflict = b.getByRole('dialog', { name: CONFLICT });
  assert.equal(await conflict.isVisible(), false, 'not asked while typing');
  assert.equal(await field.inputValue(), words, 'no keystroke was lost');
  await conflict.waitFor();
  assert.equal(await b.evaluate(() => document.activeElement?.id), 'conflict-question');
  assert.deepEqual([...a.errors, ...b.errors], []);
  await context.close();
});

test('a save written over by a tab that never saw it is a conflict, not a silent loss', async () => {
  const { context, a, b } = await twoTabs();
  const key = `safar:map:${EN}`;
  await openMap(b, EN);
  await b.getByRole('button', { name: 'Map details' }).click();
  await b.getByRole('dialog', { name: 'Map details' }).getByLabel('Title').fill('Saved in page B');
  await b.getByRole('dialog', { name: 'Map details' }).getByRole('button', { name: 'Close' }).click();
  await b.getByText(SAVED).waitFor();

  // Another tab read the revision before B's save, and its save lands after it with the same
  // number: what two tabs saving at once leave behind.
  const mine = await stored(b, key);
  await a.evaluate(([key, mine]) => {
    const theirs = structuredClone(mine);
    theirs.writer = 'othertab';
    theirs.after = mine.after;
    theirs.file.journeys[0].title = 'Saved in page A at the same time';
    localStorage.setItem(key, JSON.stringify(theirs));
  }, [key, mine]);
  const conflict = b.getByRole('dialog', { name: CONFLICT });
  await conflict.waitFor();
  await conflict.getByRole('button', { name: 'Keep both' }).click();
  await b.getByRole('heading', { level: 1, name: 'Saved in page B (copy)' }).waitFor();
  await b.getByText(SAVED).waitFor();
  assert.equal((await stored(b, key)).file.journeys[0].title, 'Saved in page A at the same time');
  assert.deepEqual([...a.errors, ...b.errors], []);
  await context.close();
});

test('a map whose id is an internal key name syncs like any other', async () => {
  const { context, a, b } = await twoTabs();
  const probe = await example(EN);
  probe.journeys[0].id = 'probe';
  probe.journeys[0].title = 'A map called probe';
  await a.locator('input[type=file]').setInputFiles([
    { name: 'probe.journey.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(probe)) },
  ]);
  const dialog = a.getByRole('dialog', { name: 'Import maps' });
  await dialog.getByRole('button', { name: 'Import 1 map' }).click();
  await a.getByRole('table', { name: /Maps in this browser/ }).getByRole('link', { name: 'A map called probe' }).waitFor();

  await openMap(a, 'probe');
  await openMap(b, 'probe');
  await saveTitleNow(a, 'Probe, edited in page A');
  await b.getByRole('heading', { level: 1, name: 'Probe, edited in page A' }).waitFor();
  assert.deepEqual([...a.errors, ...b.errors], []);
  await context.close();
});

test('a tab killed right after a keystroke loses nothing: the next visit brings the change back', async () => {
  const { context, a } = await twoTabs();
  await openMap(a, EN);
  const field = await openCardEditor(a);
  await a.getByText(SAVED).waitFor();
  const words = 'typed just before the crash';
  await field.pressSequentially(words);
  // The renderer dies at once: no pagehide, no beforeunload, and the debounced save never runs.
  const cdp = await context.newCDPSession(a);
  const crashed = new Promise((done) => a.once('crash', done));
  cdp.send('Page.crash').catch(() => {});
  await crashed;

  const b = await context.newPage();
  b.errors = [];
  b.on('pageerror', (error) => b.errors.push(String(error)));
  await openMap(b, EN);
  await b.locator(`[data-cell="${CELL}"]`).getByText(words).waitFor();
  await b.getByText(/a closed tab had not saved yet (was|were) brought back/).first().waitFor();
  await b.getByText(SAVED).waitFor();
  await b.reload();
  await b.locator(`[data-cell="${CELL}"]`).getByText(words).waitFor();
  const journals = await b.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('safar:journal:')));
  assert.deepEqual(journals, [], 'the journal goes once its changes are saved');
  assert.deepEqual(b.errors, []);
  await context.close();
});
