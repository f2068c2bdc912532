// Trunk's post-build hook (Trunk.toml): puts the SHA-256 hash of every inline script of the built
// index.html into the script-src of its Content-Security-Policy, so the policy allows trunk's
// start-up script (and `trunk serve`'s reload script) and nothing else inline. Trunk can only
// give inline scripts a nonce, which a static file cannot renew per response.
//
//   node scripts/csp-hashes.mjs [HTML_FILE]   (default: $TRUNK_STAGING_DIR/index.html)
//
// The file is trunk's own output, not a page from anywhere: its inline scripts are the
// `<script …>…</script>` elements trunk writes, found by their tags.

import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const file = process.argv[2] ?? join(process.env.TRUNK_STAGING_DIR ?? 'dist', 'index.html');
const html = readFileSync(file, 'utf8');

// The directive as index.html writes it; the hashes go right after it.
const DIRECTIVE = "script-src 'self' 'wasm-unsafe-eval'";
const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
if (!policy || !policy[1].includes(`${DIRECTIVE};`)) {
  console.error(`${file}: no Content-Security-Policy meta with "${DIRECTIVE};" to add the start-up script's hash to`);
  process.exit(1);
}

const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
if (scripts.length !== (html.match(/<script\b/gi) ?? []).length) {
  console.error(`${file}: a <script> element without its end tag`);
  process.exit(1);
}
// A browser hashes the script's text exactly as it stands between the tags, as UTF-8.
const hashes = scripts
  .filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes))
  .map(([, , text]) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
const unique = [...new Set(hashes)];

const content = policy[1].replace(`${DIRECTIVE};`, `${[DIRECTIVE, ...unique].join(' ')};`);
writeFileSync(file, html.replace(policy[0], () => `<meta http-equiv="Content-Security-Policy" content="${content}"`));
console.log(`${file}: script-src allows ${unique.length} inline script(s) by hash`);
