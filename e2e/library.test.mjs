// The library as a user drives it: search, import (a bad file changes nothing, a good one joins,
// a clash asks), the trash, snapshots, a full store, and two pages editing one map. Axe runs on
// every screen and dialog of it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openPage, axeViolations, example } from './support.mjs';

const env = useServerAndBrowser();
const EN = 'en-online-electronics';

/** Every localStorage key and value, to prove that something changed nothing. */
function storage(page) {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));
}

async function openLibrary(page) {
  await page.goto(env.url);
  const table = page.getByRole('table', { name: /Maps in this browser/ });
  await table.waitFor();
  return table;
}

async function setTitle(page, title) {
  await page.getByRole('button', { name: 'Map details' }).click();
  const dialog = page.getByRole('dialog', { name: 'Map details' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByRole('button', { name: 'Close' }).click();
}

test('the library lists, searches and is axe-clean', async () => {
  const page = await openPage(env.browser);
  const table = await openLibrary(page);
  assert.equal(await table.locator('tbody tr').count(), 3);
  assert.deepEqual(await axeViolations(page), [], 'the library');

  const search = page.getByRole('searchbox', { name: 'Search maps' });
  await search.fill('laptop maya');
  assert.equal(await table.locator('tbody tr').count(), 1);
  await search.fill('نگار');
  assert.equal(await table.locator('tbody tr').count(), 1, 'a persona name in Persian finds its map');
  await search.fill('zeppelin');
  await page.getByText('No map matches “zeppelin”.').waitFor();

  // Opening a map and coming back moves between screens without reloading the app.
  await search.fill('');
  const { title } = (await example('en-online-electronics')).journeys[0];
  await table.getByRole('link', { name: title }).click();
  await page.getByRole('grid').waitFor();
  assert.equal(await page.title(), `${title} · Safar`);
  await page.goBack();
  await table.waitFor();
  assert.equal(await page.title(), 'Your maps · Safar');
  assert.equal(await page.evaluate(() => performance.getEntriesByName('safar:start').length), 1, 'one start of the app');

  await page.getByRole('button', { name: 'New map' }).click();
  await page.getByRole('dialog', { name: 'New map' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the new map dialog');
  await page.getByRole('button', { name: 'Start the map' }).click();
  await page.getByRole('grid').waitFor();
  assert.match(new URL(page.url()).search, /^\?map=map-/);
  await page.getByText('All changes saved in this browser').waitFor();
  await openLibrary(page);
  assert.equal(await page.getByRole('table', { name: /Maps in this browser/ }).locator('tbody tr').count(), 4);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('importing a file with errors changes nothing; a good file joins, and a clash asks', async () => {
  const page = await openPage(env.browser);
  const table = await openLibrary(page);
  const before = await storage(page);

  const bad = await example('en-online-electronics');
  bad.journeys[0].title = 42;
  const unsafe = await example('fa-bank-account');
  unsafe.journeys[0].emotionScale = { min: -2, max: 2 };
  const picker = page.locator('input[type=file]');
  await picker.setInputFiles([
    { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) },
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "safar-journey-map",') },
  ]);
  const dialog = page.getByRole('dialog', { name: 'Import maps' });
  await dialog.waitFor();
  await dialog.getByText(/line 1, column/).waitFor(); console.log('DIALOG', await dialog.innerText());
  await dialog.getByText('journeys[0].title: a whole number where the format has text').waitFor();
  await dialog.getByText(/line 1, column \d+/).waitFor();
  assert.equal(await dialog.getByRole('button', { name: 'Nothing to import' }).isDisabled(), true);
  assert.deepEqual(await axeViolations(page), [], 'the import dialog with problems');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  assert.deepEqual(await storage(page), before, 'a file with errors changes nothing');

  // A good file by drag and drop: one new map and one the library has already.
  const fresh = await example('en-online-electronics');
  fresh.journeys[0].id = 'imported-map';
  fresh.journeys[0].title = 'Imported map';
  fresh.journeys.push((await example('en-online-electronics')).journeys[0]);
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'two-maps.journey.json', { type: 'application/json' }));
    return data;
  }, JSON.stringify(fresh));
  await page.dispatchEvent('.library', 'drop', { dataTransfer: transfer });
  await dialog.waitFor();
  await dialog.getByText(/ready, 2 maps/).waitFor();
  const clash = dialog.getByRole('group', { name: /Already in your library/ });
  await clash.waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the import dialog with a clash');
  await clash.getByLabel('Skip them').check();
  await dialog.getByRole('button', { name: 'Import 2 maps' }).click();
  await page.getByRole('status').filter({ hasText: 'Import finished: 1 added, 1 skipped.' }).waitFor();
  await table.getByRole('link', { name: 'Imported map' }).waitFor();
  assert.equal(await table.locator('tbody tr').count(), 4);

  // The same file again, keeping both: the clashing maps come in as copies.
  await page.dispatchEvent('.library', 'drop', { dataTransfer: transfer });
  await dialog.getByLabel('Keep both: import them as copies').check();
  await dialog.getByRole('button', { name: 'Import 2 maps' }).click();
  await page.getByRole('status').filter({ hasText: 'Import finished: 2 added.' }).waitFor();
  await table.getByRole('link', { name: 'Imported map (copy)' }).waitFor();
  assert.equal(await table.locator('tbody tr').count(), 6);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a file over the size limit is refused unread, and a file of a thousand problems lists two hundred', async () => {
  const page = await openPage(env.browser);
  // Which files the app reads: a file too large must be refused from its size alone.
  await page.addInitScript(() => {
    window.filesRead = [];
    for (const read of ['text', 'arrayBuffer', 'bytes', 'stream']) {
      const original = Blob.prototype[read];
      if (!original) continue;
      Blob.prototype[read] = function () {
        window.filesRead.push(this.name);
        return original.call(this);
      };
    }
  });
  await openLibrary(page);
  const before = await storage(page);
  const big = Buffer.concat([Buffer.from(JSON.stringify(await example(EN))), Buffer.alloc(9 * 1024 * 1024, ' ')]);
  const broken = await example(EN);
  const stage = broken.journeys[0].stages[0].id;
  broken.journeys[0].cells = Array.from({ length: 1000 }, (_, i) => ({ lane: `gone-${i}`, stage, cards: [] }));
  await page.locator('input[type=file]').setInputFiles([
    { name: 'big.json', mimeType: 'application/json', buffer: big },
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) },
  ]);
  const dialog = page.getByRole('dialog', { name: 'Import maps' });
  await dialog.getByText('This file is too large to open: 9.1 MB, more than the 8 MB Safar reads.').waitFor();
  const failed = dialog.locator('.import-failed').filter({ hasText: 'broken.json' });
  await failed.getByText(/1000 problems found/).waitFor();
  const problems = failed.locator('.problems > li');
  assert.equal(await problems.count(), 201, 'two hundred problems, then the count of the rest');
  assert.equal(await problems.first().innerText(), 'journeys[0].cells[0].lane: no lane has the id “gone-0”');
  assert.equal(await problems.last().innerText(), 'and 800 more problems');
  assert.deepEqual(await page.evaluate(() => window.filesRead), ['broken.json'], 'the large file is never read');
  assert.equal(await dialog.getByRole('button', { name: 'Nothing to import' }).isDisabled(), true);
  assert.deepEqual(await axeViolations(page), [], 'the import dialog with a refused file');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  assert.deepEqual(await storage(page), before, 'nothing already saved changes');
  assert.deepEqual(page.errors, []);
  await page.context().close();

  // In the user's language.
  const persian = await openPage(env.browser, { locale: 'fa-IR' });
  await persian.goto(env.url);
  await persian.locator('input[type=file]').waitFor({ state: 'attached' });
  await persian.locator('input[type=file]').setInputFiles([{ name: 'big.json', mimeType: 'application/json', buffer: big }]);
  await persian.getByText('این فایل بزرگ‌تر از آن است که باز شود: ۹٫۱ مگابایت است؛ سفر حداکثر ۸ مگابایت را می‌خواند.').waitFor();
  await persian.context().close();
});

test('a map moved to the trash comes back, and emptying the trash deletes it for good', async () => {
  const page = await openPage(env.browser);
  const table = await openLibrary(page);
  const { title } = (await example('en-online-electronics')).journeys[0];
  await page.getByRole('button', { name: `Move to trash ${title}` }).click();
  const trash = page.getByRole('region', { name: 'Trash' });
  await trash.getByRole('listitem').filter({ hasText: title }).waitFor();
  assert.equal(await table.getByRole('link', { name: title }).count(), 0);
  await trash.getByRole('button', { name: `Restore ${title}` }).click();
  await table.getByRole('link', { name: title }).waitFor();
  await trash.getByText('The trash is empty.').waitFor();

  await page.getByRole('button', { name: `Move to trash ${title}` }).click();
  // Focus goes to the report of what happened, not lost with the removed row.
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'library-outcome');
  await trash.getByRole('button', { name: `Delete forever ${title}` }).click();
  const deleteOne = page.getByRole('dialog', { name: 'Delete this map for good?' });
  await deleteOne.waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the delete-forever dialog');
  await deleteOne.getByRole('button', { name: 'Keep it' }).click();
  await trash.getByRole('listitem').filter({ hasText: title }).waitFor();
  await page.getByRole('button', { name: 'Empty trash' }).click();
  const confirm = page.getByRole('dialog', { name: 'Empty the trash?' });
  await confirm.waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the empty-trash dialog');
  await confirm.getByRole('button', { name: 'Delete them for good' }).click();
  await page.getByRole('status').filter({ hasText: 'The trash was emptied: 1 map deleted for good.' }).waitFor();
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), `safar:map:${EN}`), null);
  await page.reload();
  await table.waitFor();
  assert.equal(await table.getByRole('link', { name: title }).count(), 0, 'it does not come back on reload');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a snapshot can be viewed and restored, and the restore can be undone', async () => {
  const page = await openPage(env.browser);
  const { title } = (await example('en-online-electronics')).journeys[0];
  await page.goto(`${env.url}?map=${EN}`);
  await page.getByRole('grid').waitFor();
  await page.getByRole('button', { name: 'Versions' }).click();
  const versions = page.getByRole('dialog', { name: 'Versions and reviews' });
  await versions.getByLabel('Snapshot name').fill('before Q3 review');
  await versions.getByRole('button', { name: 'Save snapshot' }).click();
  await versions.getByText('Snapshot “before Q3 review” saved.').waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the versions dialog');
  await versions.getByRole('button', { name: 'Close' }).click();

  await setTitle(page, 'Changed after the snapshot');
  await page.getByRole('heading', { level: 1, name: 'Changed after the snapshot' }).waitFor();
  await page.getByText('All changes saved in this browser').waitFor();

  await page.getByRole('button', { name: 'Versions' }).click();
  await versions.getByRole('link', { name: 'View before Q3 review' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.getByText(/Snapshot “before Q3 review”, saved .* Read-only/).waitFor();
  assert.equal(await page.getByRole('grid').count(), 0, 'a snapshot is shown read-only');
  assert.deepEqual(await axeViolations(page), [], 'a snapshot');
  await page.getByRole('link', { name: 'Back to the map' }).click();

  await page.getByRole('heading', { level: 1, name: 'Changed after the snapshot' }).waitFor();
  await page.getByRole('button', { name: 'Versions' }).click();
  await versions.getByRole('button', { name: 'Restore before Q3 review' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.getByRole('group', { name: 'Notice' }).getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('heading', { level: 1, name: 'Changed after the snapshot' }).waitFor();
  await page.keyboard.press('Control+Shift+Z');
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.getByText('All changes saved in this browser').waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();

  // Marking the map reviewed schedules the next review.
  await page.getByRole('button', { name: 'Versions' }).click();
  await versions.getByRole('button', { name: 'Mark reviewed today' }).click();
  await versions.getByText('The next review is due in 91 days.').waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a full store keeps the edit in the tab, says so, and saving resumes once there is room', async () => {
  const page = await openPage(env.browser);
  await page.goto(`${env.url}?map=${EN}`);
  await page.getByRole('grid').waitFor();
  const key = `safar:map:${EN}`;
  const stored = await page.evaluate((k) => localStorage.getItem(k), key);
  // Fill the origin's storage with another app's data.
  await page.evaluate(() => {
    const block = 'x'.repeat(256 * 1024);
    for (let i = 0; ; i++) {
      try {
        localStorage.setItem(`other-app:${i}`, block);
      } catch {
        for (let size = 128 * 1024; size >= 1; size = Math.floor(size / 2)) {
          try { localStorage.setItem(`other-app:tail:${size}`, 'x'.repeat(size)); } catch {}
        }
        return;
      }
    }
  });
  // The library warns before anything fails: the site's storage has less than 1 MB free.
  await page.goto(env.url);
  await page.getByRole('alert').filter({ hasText: 'Storage is nearly full' }).waitFor();
  await page.goto(`${env.url}?map=${EN}`);
  await page.getByRole('grid').waitFor();
  // The editor does not measure the room as it opens (that writes a megabyte): a save that
  // fails tells it.
  await setTitle(page, `${(await example(EN)).journeys[0].title}: an edit that does not fit`);
  const status = page.getByRole('alert').filter({ hasText: "Not saved: the browser's storage for this site is full" });
  await status.waitFor();
  await page.getByText(/Storage is nearly full: less than 1 MB/).waitFor();
  await page.getByRole('button', { name: 'Export this map' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the editor with a full store');
  // Leaving with the change unsaved asks first; saying no keeps the user on the map.
  const asked = new Promise((resolve) => page.once('dialog', (dialog) => { resolve(dialog.message()); dialog.dismiss(); }));
  await page.getByRole('navigation', { name: 'Safar' }).getByRole('link', { name: 'Library' }).click();
  assert.match(await asked, /could not be saved/);
  await page.getByRole('grid').waitFor();
  assert.equal(new URL(page.url()).search, `?map=${EN}`);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), key), stored, 'what was stored is untouched');

  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('other-app:')).forEach((k) => localStorage.removeItem(k)));
  await page.getByText('All changes saved in this browser').waitFor({ timeout: 15000 });
  assert.match(await page.evaluate((k) => localStorage.getItem(k), key), /an edit that does not fit/);
  await page.getByText(/Storage is nearly full/).waitFor({ state: 'detached' });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('two pages on one origin: edits appear in the other, and a conflict keeps both edits', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const [a, b] = [await context.newPage(), await context.newPage()];
  for (const page of [a, b]) {
    page.errors = [];
    page.on('pageerror', (error) => page.errors.push(String(error)));
  }
  // The first visit fills the library with the examples; let it finish before the second page.
  await openLibrary(a);
  await a.goto(`${env.url}?map=${EN}`);
  await b.goto(`${env.url}?map=${EN}`);
  await a.getByRole('grid').waitFor();
  await b.getByRole('grid').waitFor();

  await setTitle(a, 'Edited in page A');
  await a.getByText('All changes saved in this browser').waitFor();
  await b.getByRole('heading', { level: 1, name: 'Edited in page A' }).waitFor();

  // Both change the map before either saves: both type, and A saves at once (as on closing)
  // while B's save is still waiting for B to stop typing.
  for (const page of [a, b]) await page.getByRole('button', { name: 'Map details' }).click();
  const title = (page) => page.getByRole('dialog', { name: 'Map details' }).getByLabel('Title');
  await Promise.all([title(b).fill('Edited in page B'), title(a).fill('Edited in page A again')]);
  await a.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const conflict = b.getByRole('dialog', { name: 'This map was changed in another tab' });
  await conflict.waitFor();
  assert.deepEqual(await axeViolations(b), [], 'the conflict dialog');
  await conflict.getByRole('button', { name: 'Keep both' }).click();
  await b.getByRole('dialog', { name: 'Map details' }).getByRole('button', { name: 'Close' }).click();
  await b.getByRole('heading', { level: 1, name: 'Edited in page B (copy)' }).waitFor();
  await b.getByText('All changes saved in this browser').waitFor();

  const table = await openLibrary(b);
  await table.getByRole('link', { name: 'Edited in page A again' }).waitFor();
  await table.getByRole('link', { name: 'Edited in page B (copy)' }).waitFor();
  assert.deepEqual([...a.errors, ...b.errors], []);
  await context.close();
});

test('a browser that refuses storage still opens, and says that maps live only on the page', async () => {
  const page = await openPage(env.browser);
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  const table = await openLibrary(page);
  assert.equal(await table.locator('tbody tr').count(), 3, 'the examples are there to look at');
  await page.getByText(/does not let Safar use its storage here/).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the library without storage');
  await table.getByRole('link', { name: /laptop/ }).click();
  await page.getByRole('grid').waitFor();
  await setTitle(page, 'Kept on the page');
  await page.getByText(/Kept in this tab only/).waitFor();
  await page.getByRole('button', { name: 'Export this map' }).waitFor();
  // Moving between screens does not reload the page, so the map is still there.
  await page.getByRole('navigation', { name: 'Safar' }).getByRole('link', { name: 'Library' }).click();
  await table.getByRole('link', { name: 'Kept on the page' }).waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
