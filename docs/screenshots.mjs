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
await page.goto(server.url);
await page.locator('tr.lane-pain-points td').nth(1).dblclick();
await page.locator('.cell-editor').waitFor();
await page.locator('tr.lane-pain-points').scrollIntoViewIfNeeded();
await page.screenshot({ path: join(root, 'docs', 'screenshot-editor.png') });
await page.close();
await browser.close();
await server.close();
