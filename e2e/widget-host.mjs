// An intranet page Safar does not control, for the widget's tests, benchmark and screenshot:
// hostile CSS, a strict Content-Security-Policy header, Safar's widget files under a sub-path
// (/safar/), and map files under /maps/, some of them bad.

import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { dist, root } from './support.mjs';

export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The host's own CSS, written to break whatever it can reach. */
export const HOSTILE_CSS = `
* { all: unset; }
div { display: none !important; }
p, li, td, th { color: #f0f !important; font: 40px/1 serif !important; }
button { background: red !important; padding: 40px !important; }
:root { --safar-accent: inherit; }
table { display: none; }
body > h1 { display: block; font: 700 24px sans-serif; }
`;

const examples = {
  en: 'en-online-electronics.journey.json',
  fa: 'fa-bank-account.journey.json',
  ar: 'ar-telecom-subscription.journey.json',
};

/** A host page: `widgets` is the markup of its <safar-journey-map> elements. */
export function hostPage(widgets, { title = 'Intranet: customer journeys', lang = 'en', script = true, folder = '/safar/' } = {}) {
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8">
    <title>${title}</title>
    <link rel="stylesheet" href="/host/hostile.css">
    ${script ? `<script type="module" src="${folder}safar-widget.js"></script>` : ''}
  </head>
  <body>
    <h1>${title}</h1>
    ${widgets}
  </body>
</html>`;
}

/** The three widgets of the issue (en, fa read-only, ar editable) and a bad one. */
export const THREE_AND_A_BAD_ONE = `
    <safar-journey-map id="en" src="/maps/en.json"></safar-journey-map>
    <safar-journey-map id="fa" src="/maps/fa.json" lang="fa"></safar-journey-map>
    <safar-journey-map id="ar" src="/maps/ar.json" lang="ar" mode="edit" storage-key="e2e"></safar-journey-map>
    <safar-journey-map id="bad" src="/maps/missing.json"></safar-journey-map>`;

const types = { '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8', '.woff2': 'font/woff2', '.html': 'text/html; charset=utf-8', '.txt': 'text/plain' };

/**
 * Routes for serveDist: `pages` maps a path under /host/ to its HTML, served with the CSP
 * header. /safar/ serves dist/widget/ (and /baseline/ the folder `baseline` names, another
 * build of the widget for a benchmark to compare with), /maps/ the example maps and the bad files.
 */
export function hostRoutes(pages, { baseline = null } = {}) {
  return async (path, response) => {
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return true;
    }
    if (path === '/host/hostile.css') {
      response.writeHead(200, { 'content-type': 'text/css' }).end(HOSTILE_CSS);
      return true;
    }
    if (pages[path] != null) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP }).end(pages[path]);
      return true;
    }
    const folder = path.startsWith('/safar/') ? '/safar/' : baseline && path.startsWith('/baseline/') ? '/baseline/' : null;
    if (folder) {
      const base = folder === '/safar/' ? join(dist, 'widget') : baseline;
      const file = normalize(join(base, path.slice(folder.length)));
      if (!file.startsWith(base)) return false;
      try {
        const body = await readFile(file);
        const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream' };
        if (file.endsWith('.html')) headers['content-security-policy'] = CSP.replace("frame-ancestors 'none'", "frame-ancestors 'self'");
        response.writeHead(200, headers).end(body);
      } catch {
        response.writeHead(404).end('not found');
      }
      return true;
    }
    // The example maps' images sit beside them, as their relative addresses say.
    const image = /^\/maps\/images\/([a-z0-9-]+\.svg)$/.exec(path);
    if (image) {
      response.writeHead(200, { 'content-type': 'image/svg+xml' }).end(await readFile(join(root, 'examples/images', image[1])));
      return true;
    }
    const map = /^\/maps\/(en|fa|ar)\.json$/.exec(path);
    if (map) {
      response.writeHead(200, { 'content-type': 'application/json' }).end(await readFile(join(root, 'examples', examples[map[1]])));
      return true;
    }
    if (path === '/maps/not-json.json') {
      response.writeHead(200, { 'content-type': 'application/json' }).end('<html>this is a login page</html>');
      return true;
    }
    // Larger than the 8 MiB a map file may be: once with its size in Content-Length, once sent
    // in chunks with no length, as a compressing server would.
    if (path === '/maps/large-declared.json' || path === '/maps/large-streamed.json') {
      const chunk = Buffer.alloc(1024 * 1024, ' ');
      // The widget stops reading part way: writes to a closed answer are dropped.
      response.on('error', () => {});
      if (path.endsWith('declared.json')) {
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(9 * chunk.length) });
      } else {
        response.writeHead(200, { 'content-type': 'application/json' });
      }
      response.write('{"format": "safar-journey-map", "version": 1, "journeys": []');
      for (let i = 0; i < 9 && !response.destroyed; i++) {
        const room = path.endsWith('declared.json') && i === 8 ? chunk.subarray(0, chunk.length - 60 - 1) : chunk;
        if (!response.write(room)) await new Promise((done) => { response.once('drain', done); response.once('close', done); });
      }
      if (!response.destroyed) response.end('}');
      return true;
    }
    if (path === '/maps/invalid.json') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ format: 'safar-journey-map', version: 1, personas: [], journeys: [{ id: 'x' }] }));
      return true;
    }
    return false;
  };
}
