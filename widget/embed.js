// The iframe fallback: embed.html?src=MAP_URL&map=MAP_ID&lang=fa&mode=edit&storage-key=KEY&lanes=…&stage=…
// shows one widget filling the frame, for host pages that allow no scripts of their own. Anyone
// can link to this page with any query, so it shows only maps from its own origin: it would
// otherwise fetch, show and (in edit mode) store a stranger's map under this origin.

import './safar-widget.js';

const query = new URLSearchParams(location.search);
const map = document.createElement('safar-journey-map');
for (const name of ['src', 'map', 'lang', 'dir', 'mode', 'storage-key', 'lanes', 'stage', 'height']) {
  const value = query.get(name);
  if (value) map.setAttribute(name, value);
}
if (query.has('compact')) map.setAttribute('compact', '');
map.setAttribute('same-origin', '');
const lang = query.get('lang');
if (lang) document.documentElement.lang = lang;
// The frame's title follows its map.
map.addEventListener('safar-ready', () => {
  const title = map.getMap()?.journeys?.[0]?.title;
  if (title) document.title = title;
});
const main = document.createElement('main');
main.append(map);
document.body.append(main);
