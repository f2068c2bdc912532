// The release wasm files must stay within their compressed-size budgets: bytes, not time, so the
// result does not depend on how busy the machine is. BENCHMARKS.md records how each budget was
// set.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, constants } from 'node:zlib';
import { dist } from './support.mjs';

const APP_GZIP_BUDGET = 665 * 1024;
const WIDGET_GZIP_BUDGET = 585 * 1024;

const gzipped = async (file) => gzipSync(await readFile(file), { level: constants.Z_BEST_COMPRESSION }).length;

test(`the app's release wasm is under ${APP_GZIP_BUDGET} bytes gzipped`, async () => {
  const wasm = (await readdir(dist)).filter((name) => name.endsWith('.wasm'));
  assert.equal(wasm.length, 1, `expected one wasm file in dist/, found ${wasm}`);
  const size = await gzipped(join(dist, wasm[0]));
  assert.ok(size <= APP_GZIP_BUDGET, `${wasm[0]} is ${size} bytes gzipped, over the ${APP_GZIP_BUDGET}-byte budget`);
});

test(`the widget's release wasm is under ${WIDGET_GZIP_BUDGET} bytes gzipped, and smaller than the app's`, async () => {
  const size = await gzipped(join(dist, 'widget', 'safar_widget_bg.wasm'));
  assert.ok(size <= WIDGET_GZIP_BUDGET, `the widget is ${size} bytes gzipped, over the ${WIDGET_GZIP_BUDGET}-byte budget`);
  const app = (await readdir(dist)).find((name) => name.endsWith('.wasm'));
  assert.ok(size < (await gzipped(join(dist, app))), 'the widget carries less than the app');
});
