// The release wasm must stay within its compressed-size budget: bytes, not time, so the result
// does not depend on how busy the machine is. BENCHMARKS.md records how the budget was set.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, constants } from 'node:zlib';
import { dist } from './support.mjs';

const WASM_GZIP_BUDGET = 610 * 1024;

test(`the release wasm is under ${WASM_GZIP_BUDGET} bytes gzipped`, async () => {
  const wasm = (await readdir(dist)).filter((name) => name.endsWith('.wasm'));
  assert.equal(wasm.length, 1, `expected one wasm file in dist/, found ${wasm}`);
  const bytes = await readFile(join(dist, wasm[0]));
  const gzipped = gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;
  assert.ok(gzipped <= WASM_GZIP_BUDGET, `${wasm[0]} is ${gzipped} bytes gzipped, over the ${WASM_GZIP_BUDGET}-byte budget`);
});
