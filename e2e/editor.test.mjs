// The editor as a user drives it: keyboard only from a template, in English and in Persian;
// undo and redo across ten steps; and axe on every editor state, in both directions.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useServerAndBrowser, openPage, axeViolations, root } from './support.mjs';

const env = useServerAndBrowser();

/** What has focus: its grid cell name, or its role and accessible text. */
function focused(page) {
  return page.evaluate(() => {
    const e = document.activeElement;
    if (!e) return '';
    return e.getAttribute('data-cell') ?? `${e.tagName.toLowerCase()}:${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim()}`;
  });
}

/** Presses Tab until focus satisfies `wanted`, as a keyboard user would. */
async function tabTo(page, wanted, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (wanted(await focused(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`never reached the wanted element; focus is on ${await focused(page)}`);
}

/** Starts a new map from the New map dialog with the keyboard only. */
async function newMapByKeyboard(page, { aida = true, language = 'en' } = {}) {
  await tabTo(page, (f) => f === 'button:New map');
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'New map' }).waitFor();
  // The stage sets are a radio group: Tab reaches the checked one, arrows choose.
  await tabTo(page, (f) => f.startsWith('input:'));
  if (aida) {
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
  }
  await tabTo(page, (f) => f.startsWith('select:'));
  if (language === 'fa') await page.keyboard.press('ArrowDown');
  await tabTo(page, (f) => f === 'button:Start the map');
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'New map' }).waitFor({ state: 'hidden' });
}

/** Adds a card with `text` to the focused cell, and goes back to the cell. */
async function addCard(page, text) {
  await page.keyboard.press('Enter');
  await tabTo(page, (f) => f === 'button:Add card');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.hasAttribute('data-cell'));
}

async function waitSaved(page) {
  await page.getByText('All changes saved in this browser').waitFor();
}

test('a map built from a template by keyboard only survives a reload', async () => {
  const page = await openPage(env.browser);
  await page.goto(`${env.url}?map=en-online-electronics`);
  await page.getByRole('grid').waitFor();
  await newMapByKeyboard(page);
  const grid = page.getByRole('grid');
  for (const stage of ['Awareness', 'Interest', 'Desire', 'Action']) {
    await grid.getByRole('columnheader', { name: stage }).waitFor();
  }

  // Into the grid: one tab stop, on the first cell.
  await tabTo(page, (f) => f.startsWith('slot:'));
  assert.equal(await focused(page), 'slot:lane-actions:stage-1');
  await addCard(page, 'Sees a billboard on the way to work');
  await page.keyboard.press('ArrowRight');
  assert.equal(await focused(page), 'slot:lane-actions:stage-2');
  await addCard(page, 'Compares three offers online');

  // Rename a stage from its header.
  await page.keyboard.press('ArrowUp');
  assert.equal(await focused(page), 'stage:stage-2');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
  await page.keyboard.press('End');
  await page.keyboard.type(' (online)');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.hasAttribute('data-cell'));

  // A score on the emotion curve: actions, touchpoints, thoughts, then emotions.
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  assert.equal(await focused(page), 'slot:lane-emotions:stage-2');
  await page.keyboard.press('Enter');
  await tabTo(page, (f) => f === 'button:Add card');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.tagName === 'SELECT');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Hopeful');
  await page.keyboard.press('Escape');

  await waitSaved(page);
  await page.reload();
  const map = page.getByRole('grid');
  await map.getByRole('columnheader', { name: 'Interest (online)' }).waitFor();
  await map.getByText('Sees a billboard on the way to work').waitFor();
  await map.getByText('Compares three offers online').waitFor();
  await map.getByText('Hopeful').waitFor();
  assert.equal(await map.locator('.emotion-score bdi').first().textContent(), '+1');
  assert.equal(await map.locator('.curve-dot').count(), 1);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a Persian map reads right to left, arrows follow it, and it survives a reload', async () => {
  const page = await openPage(env.browser);
  await page.goto(`${env.url}?map=en-online-electronics`);
  await page.getByRole('grid').waitFor();
  await newMapByKeyboard(page, { language: 'fa' });
  const article = page.locator('article.journey-map');
  assert.equal(await article.getAttribute('dir'), 'rtl');
  assert.equal(await article.getAttribute('lang'), 'fa');
  const first = await page.getByRole('columnheader', { name: 'آگاهی از برند' }).boundingBox();
  const second = await page.getByRole('columnheader', { name: 'نشان دادن علاقه' }).boundingBox();
  assert.ok(second.x < first.x, 'the second stage sits left of the first');

  await tabTo(page, (f) => f.startsWith('slot:'));
  assert.equal(await focused(page), 'slot:lane-actions:stage-1');
  // The next stage is to the left: ArrowLeft goes there, ArrowRight comes back.
  await page.keyboard.press('ArrowLeft');
  assert.equal(await focused(page), 'slot:lane-actions:stage-2');
  await page.keyboard.press('ArrowRight');
  assert.equal(await focused(page), 'slot:lane-actions:stage-1');
  await page.keyboard.press('ArrowLeft');
  const text = 'مشتری قیمت‌ها را در اپلیکیشن نسخه 4.2 مقایسه می‌کند';
  await addCard(page, text);

  await waitSaved(page);
  await page.reload();
  await page.getByRole('grid').getByText(text).waitFor();
  assert.equal(await page.locator('article.journey-map').getAttribute('dir'), 'rtl');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('undo and redo walk back and forth across ten steps', async () => {
  const page = await openPage(env.browser);
  await page.goto(`${env.url}?map=en-online-electronics`);
  await page.getByRole('grid').waitFor();
  await tabTo(page, (f) => f.startsWith('slot:'));
  const cell = await focused(page);
  await page.keyboard.press('Enter');
  const editors = page.locator(`[data-cell="${cell}"] .card-editor`);
  const before = await editors.count();

  // Five cards, each added (one step) and typed into (one step, however many keys).
  for (let i = 1; i <= 5; i++) {
    await page.locator(`[data-cell="${cell}"]`).getByRole('button', { name: 'Add card' }).press('Enter');
    await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
    await page.keyboard.type(`step ${i}`);
  }
  assert.equal(await editors.count(), before + 5);

  for (let i = 0; i < 10; i++) await page.keyboard.press('Control+z');
  assert.equal(await editors.count(), before);
  assert.ok(await page.getByRole('button', { name: 'Undo' }).isDisabled());

  for (let i = 0; i < 9; i++) await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+y');
  assert.equal(await editors.count(), before + 5);
  const texts = await page.locator(`[data-cell="${cell}"] textarea`).evaluateAll((areas) => areas.map((a) => a.value));
  assert.deepEqual(texts.slice(-5), ['step 1', 'step 2', 'step 3', 'step 4', 'step 5']);
  assert.ok(await page.getByRole('button', { name: 'Redo' }).isDisabled());
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('cards move by drag and drop, and hostile or long text stays plain text', async () => {
  const page = await openPage(env.browser);
  await page.goto(`${env.url}?map=en-online-electronics`);
  await page.getByRole('grid').waitFor();
  await newMapByKeyboard(page);
  await tabTo(page, (f) => f.startsWith('slot:'));
  const hostile = '<img src=x onerror="window.__pwned=1"> سلام Safar 2.0 😀';
  await addCard(page, hostile);
  const from = page.locator('[data-cell="slot:lane-actions:stage-1"]');
  const to = page.locator('[data-cell="slot:lane-actions:stage-3"]');
  await from.locator('li[draggable="true"]').dragTo(to);
  await to.getByText(hostile).waitFor();
  assert.equal(await from.locator('.card').count(), 0, 'the card left its cell');

  // A 10,000-character card, typed into the next cell.
  await page.keyboard.press('Escape');
  const long = 'x'.repeat(9990) + ' long text';
  await page.locator('[data-cell="slot:lane-actions:stage-2"]').dblclick();
  await page.getByRole('button', { name: 'Add card' }).click();
  await page.locator('[data-cell="slot:lane-actions:stage-2"] textarea').fill(long);
  await page.keyboard.press('Escape');

  await waitSaved(page);
  await page.reload();
  const grid = page.getByRole('grid');
  await grid.getByText(hostile).waitFor();
  assert.equal(await grid.locator('img[src="x"]').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('[data-cell="slot:lane-actions:stage-2"] .card p').textContent(), long);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('closed lists offer the words a map file holds and write them back, one undo step each', async () => {
  const page = await openPage(env.browser);
  await page.goto(`${env.url}?map=en-online-electronics`);
  await page.getByRole('grid').waitFor();
  const stored = () =>
    page.evaluate(() => {
      for (let i = 0; i < localStorage.length; i++) {
        const value = localStorage.getItem(localStorage.key(i));
        if (value.includes('"c-pain-1"') && value.includes('"journeys"')) return JSON.parse(value);
      }
      return null;
    });
  const card = (file) => (file.journeys ?? file.file?.journeys)[0].cells.flatMap((c) => c.cards).find((c) => c.id === 'c-pain-1');

  // A pain point's severity: offered by its name, stored as the format's word.
  const cell = page.locator('[data-cell="slot:lane-pain:stage-awareness"]');
  await cell.focus();
  await page.keyboard.press('Enter');
  const severity = cell.getByRole('group', { name: /^Card 1 of/ }).getByLabel('Severity');
  assert.equal(await severity.inputValue(), 'medium');
  assert.deepEqual(await severity.locator('option').evaluateAll((os) => os.map((o) => o.value)), ['low', 'medium', 'high', 'critical']);
  await severity.selectOption({ label: 'critical' });
  await waitSaved(page);
  const saved = await stored();
  assert.ok(saved, 'the map is in the store');
  assert.equal(card(saved.map ?? saved).severity, 'critical');
  await page.keyboard.press('Control+z');
  assert.equal(await severity.inputValue(), 'medium', 'one choice, one undo step');
  await page.keyboard.press('Escape');

  // The map's type, in the map details.
  await page.getByRole('button', { name: 'Map details' }).click();
  const type = page.getByRole('dialog', { name: 'Map details' }).getByLabel('Map type');
  assert.equal(await type.inputValue(), 'current-state');
  await type.selectOption({ label: 'Service blueprint' });
  assert.equal(await type.inputValue(), 'service-blueprint');
  const direction = page.getByRole('dialog', { name: 'Map details' }).getByLabel('Text direction');
  assert.equal(await direction.inputValue(), 'ltr');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a focused cell is never hidden under the sticky headers (WCAG 2.4.11)', async () => {
  const page = await openPage(env.browser);
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(`${env.url}?map=en-online-electronics`);
  await page.getByRole('grid').waitFor();
  await tabTo(page, (f) => f.startsWith('slot:'));
  const clear = () =>
    page.evaluate(() => {
      const cell = document.activeElement.getBoundingClientRect();
      const head = document.querySelector('.journey-grid thead').getBoundingClientRect();
      const names = document.activeElement.closest('tr').querySelector('th[scope=row]').getBoundingClientRect();
      const toolbar = document.querySelector('.toolbar').getBoundingClientRect();
      return { belowHeader: cell.top >= head.bottom - 1, besideNames: cell.left >= names.right - 1, belowToolbar: cell.top >= toolbar.bottom - 1 };
    });
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowDown');
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 7; i++) {
    await page.keyboard.press('ArrowUp');
    assert.deepEqual(await clear(), { belowHeader: true, besideNames: true, belowToolbar: true }, `up ${i}`);
  }
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('ArrowLeft');
    assert.deepEqual(await clear(), { belowHeader: true, besideNames: true, belowToolbar: true }, `left ${i}`);
  }
  await page.context().close();
});

for (const { name, file } of [
  { name: 'English', file: 'en-online-electronics.journey.json' },
  { name: 'Persian', file: 'fa-bank-account.journey.json' },
]) {
  test(`every editor state is axe-clean on the ${name} map`, async () => {
    const page = await openPage(env.browser);
    const id = JSON.parse(await readFile(join(root, 'examples', file), 'utf8')).journeys[0].id;
    await page.goto(`${env.url}?map=${id}`);
    const grid = page.getByRole('grid');
    await grid.waitFor();
    assert.deepEqual(await axeViolations(page), [], 'the editor at rest');

    // Editing a cell in place.
    await tabTo(page, (f) => f.startsWith('slot:'));
    await page.keyboard.press('Enter');
    await page.locator('.cell-editor').waitFor();
    assert.deepEqual(await axeViolations(page), [], 'a cell being edited');

    // A header being edited.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-cell'));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.locator('.header-editor').waitFor();
    assert.deepEqual(await axeViolations(page), [], 'a header being edited');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-cell'));

    // The toast after a deletion.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Delete card' }).first().click();
    await page.getByRole('group', { name: 'Notice' }).waitFor();
    assert.deepEqual(await axeViolations(page), [], 'the undo toast');

    // Each dialog.
    for (const [button, title] of [
      ['Map details', 'Map details'],
      ['Personas', 'Personas'],
      ['Add lane', 'Add a lane'],
      ['Lanes', 'Lanes'],
      ['New map', 'New map'],
      ['Shortcuts', 'Keyboard shortcuts'],
    ]) {
      await page.getByRole('button', { name: button, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: title });
      await dialog.waitFor();
      assert.deepEqual(await axeViolations(page), [], `the ${title} dialog`);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}
