// Safar's pictures in the browser: a map as an SVG, PNG or PDF file, or as the pages its
// printout has, drawn by the same renderer as `safar export` and a published site's downloads.
// The drawing happens in a Web Worker (safar-picture-worker.js), so the page keeps answering,
// and the worker's WebAssembly (the renderer, its fonts and the PDF writer) is fetched only
// when someone exports: neither the viewer nor the editor carries it. The app's Share menu, the
// widget's exportMap() and its download menu all come here.
//
//   import { exportMap } from './safar-picture.js';
//   const { blob } = await exportMap(mapText, { format: 'pdf', pageSize: 'a4' }, { signal });

export const FORMATS = ['svg', 'png', 'pdf'];
export const PAGE_SIZES = ['a4', 'a3', 'a2', 'long'];
const TYPES = { svg: 'image/svg+xml', png: 'image/png', pdf: 'application/pdf' };
/** The scales a PNG may be asked for: 1 (screens), 2 (slides) and 4 (print), or between. */
export const SMALLEST_SCALE = 0.25;
export const LARGEST_SCALE = 8;

/** What the renderer refused, or why it could not run: `code` says which (see the worker). */
export class PictureError extends Error {
  constructor(failure) {
    super(failure.code === 'too-large' ? `the picture would be ${failure.width} × ${failure.height} pixels, more than a PNG can hold`
      : failure.code === 'unknown' ? `no such ${failure.what} in this map`
        : failure.detail ?? failure.code);
    this.name = 'PictureError';
    Object.assign(this, failure);
  }
}

/**
 * Runs one job in a worker of its own, ended when it answers or `signal` aborts: cancelling
 * stops the drawing where it is, and a map that exhausted the worker's memory takes nothing
 * else down with it.
 */
function run(job, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const worker = new Worker(new URL('safar-picture-worker.js', import.meta.url), { type: 'module' });
    const end = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      end();
      reject(signal.reason);
    };
    signal?.addEventListener('abort', abort, { once: true });
    worker.onmessage = ({ data }) => {
      end();
      if (data.error) reject(new PictureError(data.error));
      else resolve(data.result);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      end();
      reject(new PictureError({ code: 'failed', detail: event.message || 'the picture worker could not start' }));
    };
    worker.postMessage(job);
  });
}

/** A map as text: a map file's, or an object to write as one. */
const mapText = (map) => (typeof map === 'string' ? map : JSON.stringify(map));

function checked({ format = 'png', scale = 2, pageSize = 'a3', lanes, stage } = {}) {
  format = String(format).toLowerCase();
  pageSize = String(pageSize).toLowerCase();
  scale = Number(scale);
  if (!FORMATS.includes(format)) throw new RangeError(`format must be one of ${FORMATS.join(', ')}`);
  if (!PAGE_SIZES.includes(pageSize)) throw new RangeError(`pageSize must be one of ${PAGE_SIZES.join(', ')}`);
  if (!(scale >= SMALLEST_SCALE && scale <= LARGEST_SCALE)) throw new RangeError(`scale must be from ${SMALLEST_SCALE} to ${LARGEST_SCALE}`);
  if (typeof lanes === 'string') lanes = [lanes];
  if (lanes != null && !Array.isArray(lanes)) throw new TypeError('lanes must be lane ids, names or kinds, in an array or separated by commas');
  return { format, scale, pageSize, lanes: lanes?.map(String), stage: stage == null ? undefined : String(stage) };
}

/**
 * `map` exported as `format` ('svg', 'png' or 'pdf'): a PNG at `scale` (or the largest below it
 * that a PNG can hold: the answer's `scale` says), a PDF on `pageSize` ('a4', 'a3', 'a2' landscape
 * or 'long'). `lanes` and `stage` choose part of the map as a widget's attributes do (lanes by
 * id, name or kind, in an array or separated by commas; a stage by id or name); by default
 * every lane that is not hidden, and every stage. Resolves to { blob, width, height, pages, scale }; rejects with a
 * PictureError, a RangeError for an option out of range, or `signal`'s reason.
 */
export async function exportMap(map, options, { signal } = {}) {
  const job = { task: 'export', map: mapText(map), ...checked(options) };
  const result = await run(job, signal);
  return { blob: new Blob([result.bytes], { type: TYPES[job.format] }), width: result.width, height: result.height, pages: result.pages, scale: result.scale };
}

/** The pages a PDF of `map` on `pageSize` has, as [{ svg, width, height }] (CSS pixels). */
export async function printPages(map, options, { signal } = {}) {
  return run({ task: 'pages', map: mapText(map), ...checked(options) }, signal);
}
