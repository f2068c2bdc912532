// Regenerates the README screenshots from the release build in dist/.
//
//   trunk build --release --offline && node docs/screenshots.mjs

import { join } from 'node:path';
import { serveDist, launch, root } from '../e2e/support.mjs';

const shots = [
  { example: 'online-electronics', file: 'screenshot-en.png' },
  { example: 'bank-account', file: 'screenshot-fa.png' },
  { example: 'telecom-subscription', file: 'screenshot-ar.png' },
];

const server = await serveDist();
const browser = await launch();
for (const { example, file } of shots) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1500 } });
  await page.goto(`${server.url}?example=${example}`);
  await page.locator('table').waitFor();
  await page.screenshot({ path: join(root, 'docs', file) });
  await page.close();
}
// The editor, editing the pain points of the second stage of the English example.
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(`${server.url}?map=en-online-electronics`);
await page.locator('tr.lane-pain-points td').nth(1).dblclick();
await page.locator('.cell-editor').waitFor();
await page.locator('tr.lane-pain-points').scrollIntoViewIfNeeded();
await page.screenshot({ path: join(root, 'docs', 'screenshot-editor.png') });
await page.close();
// The library, with the three examples and one map in the trash.
const library = await browser.newPage({ viewport: { width: 1440, height: 820 } });
await library.goto(server.url);
await library.locator('.library-table').waitFor();
await library.getByRole('button', { name: 'Duplicate Buying a laptop online and in store at Voltline (current state)' }).click();
await library.getByRole('button', { name: 'Move to trash Buying a laptop online and in store at Voltline (current state) (copy)' }).click();
await library.getByRole('status').filter({ hasText: 'moved to the trash' }).waitFor();
await library.screenshot({ path: join(root, 'docs', 'screenshot-library.png'), fullPage: true });
await library.close();
await browser.close();
await server.close();
