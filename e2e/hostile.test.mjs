// The hostile corpus (tests/hostile/maps) through the app's import and editor, and through
// widgets on a hostile host page (as `src` and as inline JSON): no script runs, no dialog opens,
// no `on*` attribute or `javascript:` address is anywhere in the DOM (shadow roots included),
// payloads are shown as text, and every refused file is explained.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { useServerAndBrowser, openPage, root } from './support.mjs';
import { hostPage, hostRoutes } from './widget-host.mjs';

const dir = join(root, 'tests/hostile/maps');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
const files = readdirSync(dir).filter((name) => name !== 'expected.json').sort();
const accepted = files.filter((name) => expected[name].outcome === 'accepted');
const refused = files.filter((name) => expected[name].outcome === 'refused');

/** Inline JSON as a page would hold it: `</` escaped so the text cannot close its script. */
const inline = (name) => readFileSync(join(dir, name), 'latin1').replaceAll('</', '<\\/');

const host = hostRoutes({
  '/host/hostile-src': hostPage(files.map((name, i) => `<safar-journey-map id="w${i}" src="/hostile/${name}"></safar-journey-map>`).join('\n')),
  '/host/hostile-inline': hostPage(
    accepted.map((name, i) => `<safar-journey-map id="i${i}"><script type="application/json">${inline(name)}</script></safar-journey-map>`).join('\n'),
  ),
});
const env = useServerAndBrowser({
  routes: async (path, response) => {
    const file = /^\/hostile\/([a-z0-9.-]+)$/.exec(path);
    if (file && files.includes(file[1])) {
      response.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(join(dir, file[1])));
      return true;
    }
    return host(path, response);
  },
});

/**
 * Everything active in the page's DOM and every shadow root in it: `on*` attributes, addresses
 * with a script scheme, and elements that run or embed content.
 */
function activeContent(page) {
  return page.evaluate(() => {
    const found = [];
    // As the browser reads an address: `javascript%3A…` is a relative path, not a script.
    const scriptish = (value) => {
      try {
        const url = new URL(value, document.baseURI);
        return ['javascript:', 'vbscript:'].includes(url.protocol) || /^data:text\/html/i.test(url.href);
      } catch {
        return false;
      }
    };
    const visit = (rootNode) => {
      for (const element of rootNode.querySelectorAll('*')) {
        for (const attribute of element.attributes) {
          if (/^on/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}`);
          if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(attribute.name.toLowerCase()) && scriptish(attribute.value)) {
            found.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
          }
        }
        if (['IFRAME', 'OBJECT', 'EMBED', 'FOREIGNOBJECT'].includes(element.tagName.toUpperCase())) found.push(element.tagName);
        // The page's own start-up script sits in <head>; none may come from a map.
        if (element.tagName === 'SCRIPT' && element.type !== 'application/json' && !element.src && (element.getRootNode() !== document || element.closest('body'))) found.push('inline script');
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return found;
  });
}

/** A page that fails the test on any dialog (alert, confirm, prompt) a payload might open. */
async function guarded() {
  const page = await openPage(env.browser);
  page.dialogs = [];
  page.on('dialog', async (dialog) => {
    page.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return page;
}

test('the app: every hostile file is explained or imported inert, and every imported map shows its payloads as text', async () => {
  const page = await guarded();
  await page.goto(env.url);
  await page.getByRole('table', { name: /Maps in this browser/ }).waitFor();
  await page.locator('input[type=file]').setInputFiles(files.map((name) => ({ name, mimeType: 'application/json', buffer: readFileSync(join(dir, name)) })));
  const dialog = page.getByRole('dialog', { name: 'Import maps' });
  await dialog.waitFor();
  // Every refused file is named in the dialog with its problem; every accepted one is ready.
  const items = await dialog.locator('li').evaluateAll((lis) => lis.map((li) => li.textContent));
  const about = (name) => items.find((text) => text.includes(name)) ?? '';
  for (const name of refused) assert.match(about(name), /cannot|not|too large|problem/i, `${name} is explained in the import dialog`);
  for (const name of accepted) assert.match(about(name), /ready/, `${name} is ready to import`);
  const clash = dialog.getByRole('group', { name: /Already in your library/ });
  if (await clash.isVisible()) await clash.getByLabel('Keep both').check();
  await dialog.getByRole('button', { name: /^Import \S+ maps?$/ }).click();
  await page.getByRole('status').filter({ hasText: /Import finished/ }).waitFor();

  const ids = await page.evaluate(() => JSON.parse(localStorage.getItem('safar:index')).maps.map((m) => m.id));
  const hostileIds = ids.filter((id) => !['en-online-electronics', 'fa-bank-account', 'ar-telecom-subscription'].includes(id));
  assert.ok(hostileIds.length > 0, 'some hostile files are valid maps and were imported');
  for (const id of hostileIds) {
    await page.goto(`${env.url}?map=${encodeURIComponent(id)}`);
    await page.getByRole('grid').waitFor();
    const title = await page.evaluate((id) => JSON.parse(localStorage.getItem(`safar:map:${id}`)).file.journeys[0].title, id);
    assert.equal((await page.getByRole('heading', { level: 1 }).first().textContent()).trim(), title.trim(), `${id}: the title is shown as text`);
    assert.deepEqual(await activeContent(page), [], `${id}: nothing active in the editor`);
  }
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(page.dialogs, []);
  await page.context().close();
});

test('widgets: every hostile file as src or inline JSON is refused with a message or shown inert', async () => {
  for (const path of ['/host/hostile-src', '/host/hostile-inline']) {
    const page = await guarded();
    await page.goto(new URL(path, env.url).href);
    // Each widget settles: a map on screen or an alert that says why not.
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('safar-journey-map')].every((w) => w.shadowRoot?.querySelector('[role="grid"], table, [role="alert"], .notice')),
      null,
      { timeout: 60000 },
    );
    const outcomes = await page.evaluate(() =>
      [...document.querySelectorAll('safar-journey-map')].map((w) => (w.shadowRoot.querySelector('[role="alert"]')?.textContent ?? '').trim()),
    );
    const names = path.endsWith('src') ? files : accepted;
    names.forEach((name, i) => {
      if (expected[name].outcome === 'refused') assert.ok(outcomes[i].length > 0, `${name}: the widget says why it shows no map`);
    });
    assert.deepEqual(await activeContent(page), [], `${path}: nothing active in the page or its widgets`);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(page.dialogs, []);
    await page.context().close();
  }
});
