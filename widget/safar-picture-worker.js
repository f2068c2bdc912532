// Safar's picture worker: draws a map as an SVG, PNG or PDF (or the pages a printout has) with
// the renderer `safar export` uses, compiled to WebAssembly, away from the page's thread. It
// answers one message: { task: 'export' | 'pages', map, format, scale, pageSize, lanes, stage }
// with { result } or { error: { code, ... } }. safar-picture.js starts it, one job at a time,
// and ends it to cancel.
import init, { exportMap, printPages } from './safar_picture.js';

const ready = init({ module_or_path: new URL('safar_picture_bg.wasm', import.meta.url) });

self.onmessage = async ({ data }) => {
  try {
    await ready;
    const lanes = Array.isArray(data.lanes) ? data.lanes.map(String) : undefined;
    const stage = typeof data.stage === 'string' ? data.stage : undefined;
    if (data.task === 'pages') {
      self.postMessage({ result: printPages(data.map, data.pageSize, lanes, stage) });
    } else {
      const result = exportMap(data.map, data.format, data.scale, data.pageSize, lanes, stage);
      self.postMessage({ result }, [result.bytes.buffer]);
    }
  } catch (error) {
    // What the renderer refused comes as { code, ... }; anything else (the module did not
    // load, the memory ran out) as an Error.
    self.postMessage({ error: error && typeof error.code === 'string' ? error : { code: 'failed', detail: String(error?.message ?? error) } });
  }
};
