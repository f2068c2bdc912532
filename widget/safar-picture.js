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

const PRINT_ID = 'safar-print-pages';
let printSheet = null;

/**
 * The style of a printout: the paper's size, and on paper nothing but the pages. Given through
 * a constructed style sheet, which a Content-Security-Policy without 'unsafe-inline' allows (it
 * forbids <style> elements, never the CSS object model), so the app and a published site need
 * no rules of their own.
 */
const printStyle = (width, height) => `
@page { size: ${width}px ${height}px; margin: 0; }
#${PRINT_ID} { display: none; }
@media print {
  body:has(> #${PRINT_ID}) > :not(#${PRINT_ID}) { display: none !important; }
  #${PRINT_ID} { display: block; }
  #${PRINT_ID} > div { block-size: 100vh; overflow: hidden; break-after: page; }
  #${PRINT_ID} > div:last-child { break-after: auto; }
  #${PRINT_ID} img { display: block; inline-size: 100%; block-size: 100%; object-fit: contain; }
}`;

/**
 * Prints `map` on the pages a PDF of it has, through the browser's print dialog: the pages
 * are drawn, put in the document as images only print shows (an SVG image runs no script and
 * fetches nothing), and taken out, with their style, once the dialog closes. Resolves to the
 * number of pages. Needs `data:` images allowed (`img-src data:`), as the app and a published
 * site allow them.
 */
export async function printMap(map, options, { signal } = {}) {
  const pages = await printPages(map, options, { signal });
  document.getElementById(PRINT_ID)?.remove();
  const holder = document.createElement('div');
  holder.id = PRINT_ID;
  holder.setAttribute('aria-hidden', 'true');
  const images = pages.map(({ svg }) => {
    const sheet = document.createElement('div');
    const image = new Image();
    image.alt = '';
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    sheet.append(image);
    holder.append(sheet);
    return image;
  });
  document.body.append(holder);
  try {
    await Promise.all(images.map((image) => image.decode()));
    if (signal?.aborted) throw signal.reason;
  } catch (error) {
    holder.remove();
    throw error;
  }
  printSheet ??= new CSSStyleSheet();
  printSheet.replaceSync(printStyle(Math.round(pages[0].width), Math.round(pages[0].height)));
  if (!document.adoptedStyleSheets.includes(printSheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, printSheet];
  addEventListener('afterprint', () => {
    holder.remove();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== printSheet);
  }, { once: true });
  print();
  return pages.length;
}
