// The release wasm files must stay within their compressed-size budgets: bytes, not time, so the
// result does not depend on how busy the machine is. BENCHMARKS.md records how each budget was
// set.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, constants } from 'node:zlib';
import { dist } from './support.mjs';

const APP_GZIP_BUDGET = 690 * 1024;
// What a reader of a published site or an intranet page downloads.
const VIEW_WIDGET_GZIP_BUDGET = 375 * 1024;
// Only for a widget that edits.
const EDIT_WIDGET_GZIP_BUDGET = 552 * 1024;

const gzipped = async (file) => gzipSync(await readFile(file), { level: constants.Z_BEST_COMPRESSION }).length;

const appWasm = async () => {
  const wasm = (await readdir(dist)).filter((name) => name.endsWith('.wasm'));
  assert.equal(wasm.length, 1, `expected one wasm file in dist/, found ${wasm}`);
  return join(dist, wasm[0]);
};

test(`the app's release wasm is under ${APP_GZIP_BUDGET} bytes gzipped`, async () => {
  const size = await gzipped(await appWasm());
  assert.ok(size <= APP_GZIP_BUDGET, `the app's wasm is ${size} bytes gzipped, over the ${APP_GZIP_BUDGET}-byte budget`);
});

test(`the widget's view build, all a reader downloads, is under ${VIEW_WIDGET_GZIP_BUDGET} bytes gzipped`, async () => {
  const size = await gzipped(join(dist, 'widget', 'safar_widget_view_bg.wasm'));
  assert.ok(size <= VIEW_WIDGET_GZIP_BUDGET, `the view build is ${size} bytes gzipped, over the ${VIEW_WIDGET_GZIP_BUDGET}-byte budget`);
});

test(`the widget's edit build is under ${EDIT_WIDGET_GZIP_BUDGET} bytes gzipped, and between the view build and the app`, async () => {
  const size = await gzipped(join(dist, 'widget', 'safar_widget_edit_bg.wasm'));
  assert.ok(size <= EDIT_WIDGET_GZIP_BUDGET, `the edit build is ${size} bytes gzipped, over the ${EDIT_WIDGET_GZIP_BUDGET}-byte budget`);
  assert.ok(size > (await gzipped(join(dist, 'widget', 'safar_widget_view_bg.wasm'))), 'the edit build carries the editor the view build leaves out');
  assert.ok(size < (await gzipped(await appWasm())), 'the edit build carries less than the app');
});
