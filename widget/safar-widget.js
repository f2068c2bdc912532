// Safar's journey map widget: the <safar-journey-map> element, and mount(element, options) for
// pages that would rather call it from their own script.
//
//   <script type="module" src="/safar/safar-widget.js"></script>
//   <safar-journey-map src="/maps/onboarding.json" lang="fa"></safar-journey-map>
//
// Everything this file loads (the WebAssembly, the styles, the font) sits beside it, found from
// import.meta.url, so the folder works from any path. It needs no inline script or style and no
// eval: a Content-Security-Policy of `script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`
// is enough when the folder is on the page's own origin.
//
// The WebAssembly comes in two builds: `view` reads maps, and is all a page of read-only maps
// (a published site) ever fetches; `edit` adds the editor, and is fetched only for a widget
// with mode="edit" (or once `update({ mode: 'edit' })` asks for it).

performance.mark('safar-widget:script');

const here = (path) => new URL(path, import.meta.url).href;

/** The attributes the element reads; changing any of them updates the widget. */
const ATTRIBUTES = ['src', 'map', 'lang', 'dir', 'mode', 'storage-key', 'lanes', 'stage', 'height', 'compact', 'same-origin', 'exports'];

/** The options `mount` and `update` take. */
const OPTIONS = ['src', 'map', 'mapId', 'lang', 'dir', 'mode', 'storageKey', 'lanes', 'stage', 'height', 'compact', 'sameOrigin', 'exports'];

/**
 * An object without a prototype holding `fields`: what the widget reads from it, or hands to
 * the browser as a dictionary (an event's init, fetch's), is only what is there, never what a
 * script on the page added to Object.prototype.
 */
const bare = (fields) => Object.assign(Object.create(null), fields);

/**
 * The options a page gave, from their own properties only: a polluted `Object.prototype.mode`
 * must not turn a widget into an editor, nor a polluted `src` choose its map.
 */
function ownOptions(options) {
  const own = Object.create(null);
  if (options == null || typeof options !== 'object') return own;
  for (const name of OPTIONS) {
    if (Object.hasOwn(options, name)) own[name] = options[name];
  }
  return own;
}

/** The build a widget with `options` needs: `edit` only to edit, as the WebAssembly reads `mode`. */
const buildFor = (options) => (typeof options.mode === 'string' && options.mode.trim().toLowerCase() === 'edit' ? 'edit' : 'view');

const started = Object.create(null);
/** Loads a build's module and WebAssembly once for every widget on the page that needs it. */
function start(build) {
  started[build] ??= import(here(`safar_widget_${build}.js`)).then(async (module) => {
    // A plain object: wasm-bindgen tells its options from a bare path by their prototype.
    await module.default({ module_or_path: here(`safar_widget_${build}_bg.wasm`) });
    registerFont();
    return module;
  });
  return started[build];
}

/**
 * Words for when the WebAssembly itself cannot start, so none of its catalogs can speak: the
 * widget's three languages, chosen as the widget would choose them.
 */
const NOT_STARTED = bare({
  en: 'This journey map could not be shown: its script did not start.',
  fa: 'این نقشهٔ سفر نشان داده نشد: اسکریپت آن اجرا نشد.',
  ar: 'تعذّر عرض خريطة الرحلة هذه: لم تبدأ برمجيتها.',
});

/**
 * Persian and Arabic letters come from Vazirmatn. A shadow root ignores @font-face, so the face
 * is added to the document; it is fetched only when text in the Arabic script needs it.
 */
function registerFont() {
  if (typeof FontFace !== 'function' || [...document.fonts].some((face) => face.family === '"Safar Vazirmatn"' || face.family === 'Safar Vazirmatn')) return;
  const face = new FontFace('Safar Vazirmatn', `url("${here('fonts/Vazirmatn-NL%5Bwght%5D.woff2')}") format("woff2")`, bare({
    weight: '100 900',
    display: 'swap',
    unicodeRange: 'U+0600-06FF, U+0750-077F, U+08A0-08FF, U+200C-200F, U+FB50-FDFF, U+FE70-FEFF',
  }));
  document.fonts.add(face);
}

/** A widget in an element: its shadow root, its WebAssembly handle and its map's fetch. */
class Widget {
  #element;
  #options;
  #handle = null;
  /** The build the handle is from (`view` or `edit`), and its module. */
  #build = null;
  #module = null;
  /** The map the host's script set last (`setMap`), shown again if the build changes. */
  #hostMap = null;
  #fallback = null;
  #container;
  #fetching = null;
  /** The map file's fetch, started with the WebAssembly's instead of after it: { url, fetching, response }. */
  #early = null;
  #destroyed = false;
  /** Resolves once the widget's stylesheet has loaded (or failed to). */
  #styled;
  /** Counts the maps drawn, so only the last one's `safar-ready` is told. */
  #drawings = 0;
  /** Whether the live map is drawn; until then a page's static markup shows, if it has some. */
  #drawn = true;
  #reveal = () => {};

  constructor(element, options) {
    this.#element = element;
    this.#options = ownOptions(options);
    const root = element.shadowRoot ?? element.attachShadow(bare({ mode: 'open' }));
    const styles = document.createElement('link');
    styles.rel = 'stylesheet';
    styles.href = here('safar-widget.css');
    this.#container = document.createElement('div');
    // Hidden until the styles are there, so the map never shows unstyled. A page may put the
    // map's static markup inside the element (a published Safar site does): it shows through a
    // slot until the live map is drawn and styled, then the two trade places in one frame, so
    // nothing on the page moves. If the live map never comes, the static one stays.
    this.#container.hidden = true;
    const fallback = [...element.children].some((child) => child.localName !== 'script') ? document.createElement('slot') : null;
    this.#fallback = fallback;
    let styled = false;
    this.#drawn = !fallback;
    this.#reveal = () => {
      if (!styled || !this.#drawn || this.#destroyed) return;
      this.#container.hidden = false;
      fallback?.remove();
    };
    this.#styled = new Promise((done) => {
      const show = () => { styled = true; this.#reveal(); done(); };
      styles.addEventListener('load', show, bare({ once: true }));
      styles.addEventListener('error', show, bare({ once: true }));
    });
    root.replaceChildren(styles, ...(fallback ? [fallback] : []), this.#container);
    // The map file is fetched while the WebAssembly loads, not after.
    this.#early = this.#fetchEarly();
    this.ready = this.#start();
    this.ready.catch((error) => this.#notStarted(error));
  }

  /** Mounts the widget with the build its options need, once that build has loaded. */
  async #start() {
    const build = buildFor(this.#options);
    const module = await start(build);
    if (this.#destroyed) return;
    // The options asked for the other build while this one loaded.
    if (buildFor(this.#options) !== build) return this.#start();
    this.#build = build;
    this.#module = module;
    this.#handle = module.mount(this.#container, this.#settings(), (event) => this.#tell(event));
    // After a change of build, the map the host set is shown again as the page's own would be:
    // its stored edits, if any, win over it.
    if (this.#hostMap != null) this.#report(this.#showText(this.#hostMap, 'map', false));
    else this.load();
  }

  /** Mounts the widget again with the other build (`mode` changed between view and edit). */
  #switchBuild() {
    this.#fetching?.abort();
    this.#fetching = null;
    this.#takeDown();
    this.#start().catch((error) => this.#notStarted(error));
  }

  /**
   * The WebAssembly could not be fetched or started (a blocked file, a policy without
   * 'wasm-unsafe-eval', an old browser): the page's static map stays if it gave one, and the
   * widget says why, since none of its own words can load.
   */
  #notStarted(error) {
    if (this.#destroyed) return;
    const tag = (this.#options.lang ?? this.#element.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang ?? '').trim().toLowerCase().split('-')[0];
    const lang = Object.hasOwn(NOT_STARTED, tag) ? tag : 'en';
    const note = document.createElement('p');
    note.className = 'notice widget-not-started';
    note.setAttribute('role', 'alert');
    note.lang = lang;
    note.dir = lang === 'en' ? 'ltr' : 'rtl';
    note.textContent = NOT_STARTED[lang];
    this.#container.replaceChildren(note);
    this.#container.hidden = false;
    this.#fail({ code: 'start', message: `${NOT_STARTED[lang]} (${String(error)})` });
  }

  #takeDown() {
    if (this.#handle) {
      this.#handle.destroy();
      this.#handle.free();
      this.#handle = null;
    }
  }

  /** The options the WebAssembly reads, with the page's language around the element. */
  #settings() {
    const around = this.#element.parentElement?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
    // Where the download menu and the editor's Share find the picture client: this folder's,
    // whatever the page says.
    return bare({ ...this.#options, pageLang: around, pictures: here('safar-picture.js') });
  }

  /** Applies changed options; a new `src`, `map`, `mapId` or `sameOrigin` is fetched and shown. */
  update(options) {
    const next = bare({ ...this.#options, ...ownOptions(options) });
    const reload = ['src', 'map', 'mapId', 'sameOrigin'].some((name) => next[name] !== this.#options[name]);
    this.#options = next;
    if (reload) this.#hostMap = null;
    if (!this.#handle) return;
    if (buildFor(next) !== this.#build) {
      this.#switchBuild();
      return;
    }
    this.#handle.configure(this.#settings());
    if (reload) this.load();
  }

  /** The address `src` names, and whether the widget may fetch it; null without one. */
  #address() {
    const { map, src } = this.#options;
    if (map != null || !src) return null;
    const url = new URL(src, document.baseURI).href;
    // A page that takes `src` from its address (embed.html) shows only its own origin's maps: a
    // link must not make it fetch, show and store a map from anywhere.
    const sameOrigin = this.#options.sameOrigin === true;
    return { url, sameOrigin, allowed: !sameOrigin || new URL(url).origin === location.origin };
  }

  /** Starts fetching the map file `src` names, if the widget may: load() takes the answer. */
  #fetchEarly() {
    let address;
    try {
      address = this.#address();
    } catch {
      return null;
    }
    if (!address?.allowed) return null;
    const fetching = new AbortController();
    const response = request(address.url, address.sameOrigin, fetching.signal);
    // A failure is told once load() reads it, not as an unhandled rejection before.
    response.catch(() => {});
    return { url: address.url, fetching, response };
  }

  /** The early fetch, if it was for `url`; any other is aborted. */
  #takeEarly(url) {
    const early = this.#early;
    this.#early = null;
    if (early && early.url === url) return early;
    early?.fetching.abort();
    return null;
  }

  /** Shows the map the options name: `map` (an object or JSON text), else `src`, else none. */
  async load() {
    const handle = this.#handle;
    if (!handle) return;
    this.#fetching?.abort();
    this.#fetching = null;
    const { map, src } = this.#options;
    const address = this.#address();
    // The fetch started with the WebAssembly, if it was for the address to fetch now.
    const early = this.#takeEarly(address?.allowed ? address.url : null);
    if (map != null) {
      this.#report(this.#showText(typeof map === 'string' ? map : JSON.stringify(map), 'map', false));
      return;
    }
    if (!src) {
      this.#report(handle.showFetchFailure('empty', '', 0));
      return;
    }
    const { url, sameOrigin, allowed } = address;
    if (!allowed) {
      this.#report(handle.showFetchFailure('origin', url, 0));
      return;
    }
    const fetching = early?.fetching ?? new AbortController();
    const responding = early?.response ?? request(url, sameOrigin, fetching.signal);
    this.#fetching = fetching;
    handle.showLoading();
    let failure;
    try {
      const response = await responding;
      if (fetching.signal.aborted || this.#destroyed || handle !== this.#handle) return;
      const declared = Number(response.headers.get('content-length'));
      if (!response.ok) {
        failure = handle.showFetchFailure('status', url, response.status);
      } else if (declared > this.#module.maxFileBytes()) {
        response.body?.cancel();
        failure = handle.showTooLarge(url, declared);
      } else {
        const text = await readText(response, this.#module.maxFileBytes());
        if (fetching.signal.aborted || this.#destroyed || handle !== this.#handle) return;
        if (text === NOT_UTF8) failure = handle.showFetchFailure('not-utf8', url, 0);
        else failure = text == null ? handle.showTooLarge(url, undefined) : this.#showText(text, url, false);
      }
    } catch (error) {
      if (fetching.signal.aborted || this.#destroyed) return;
      failure = handle.showFetchFailure('network', url, 0);
    }
    this.#report(failure);
  }

  /** Shows another map, set by the host's script: it replaces the stored edits of that map. */
  setMap(map) {
    if (!this.#handle) throw new Error('The Safar widget is still starting; wait for widget.ready.');
    this.#fetching?.abort();
    const text = typeof map === 'string' ? map : JSON.stringify(map);
    const failure = this.#showText(text, 'map', true);
    if (!failure) this.#hostMap = text;
    this.#report(failure);
    if (failure) throw Object.assign(new Error(failure.message), { code: failure.code });
  }

  /** The map as it is now (with its edits), as a map file object; null while there is none. */
  getMap() {
    const text = this.#handle?.mapJson();
    return text == null ? null : JSON.parse(text);
  }

  /**
   * The map as it is now, as the widget shows it (its `lanes` and `stage`), exported as a file:
   * `format` 'svg', 'png' (at `scale`, 1 to 4 and between; 2 by default) or 'pdf' (on `pageSize`
   * 'a4', 'a3' (the default), 'a2' or 'long'). Resolves to a Blob; `signal` cancels. The
   * renderer is fetched the first time, from this folder.
   */
  async exportMap({ format, scale, pageSize, signal } = {}) {
    const { blob } = await this.#picture({ format, scale, pageSize }, signal);
    return blob;
  }

  /** The picture client's answer for the map as the widget shows it: { blob, pages, scale }. */
  async #picture({ format, scale, pageSize }, signal) {
    const map = this.#handle?.mapJson();
    if (map == null) throw new Error('The Safar widget has no map to export yet; wait for widget.ready.');
    const pictures = await import(here('safar-picture.js'));
    const shown = { lanes: this.#options.lanes, stage: this.#options.stage };
    return pictures.exportMap(map, bare({ format, scale, pageSize, ...shown }), { signal });
  }

  /**
   * Puts the download menu in the place the WebAssembly drew for it (a read-only map with
   * `exports`), or words it again; its script is fetched the first time.
   */
  async #downloads() {
    const handle = this.#handle;
    const place = this.#container.querySelector('.widget-downloads');
    if (!handle || !place) return;
    const { fill } = await import(here('safar-downloads.js'));
    if (handle !== this.#handle || this.#destroyed) return;
    fill(place, {
      words: () => handle.downloadWords(),
      say: (format, step, detail) => handle.sayDownload(format, step, detail),
      make: async (format, signal) => {
        const name = handle.fileName(format);
        if (format === 'json') return { name, blob: new Blob([handle.mapJson()], bare({ type: 'application/json' })) };
        // A PNG at 2×, for slides and screens; a PDF on A4 landscape pages, as Share offers first.
        const made = await this.#picture({ format, scale: 2, pageSize: 'a4' }, signal);
        return { name, ...made };
      },
    });
  }

  /** Takes the widget down: its view, listeners and timers, and its shadow root's content. */
  destroy() {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.#fetching?.abort();
    this.#takeEarly(null);
    this.#takeDown();
    this.#element.shadowRoot?.replaceChildren();
  }

  /**
   * Hands a map's text to the WebAssembly, unless it is longer than a map file can be: a UTF-16
   * unit is at least one byte of UTF-8, so that is known without copying the text.
   */
  #showText(text, url, fromHost) {
    if (text.length > this.#module.maxFileBytes()) return this.#handle.showTooLarge(url, text.length);
    return this.#handle.showText(text, url, fromHost);
  }

  #report(failure) {
    if (failure) this.#fail(failure);
  }

  #fail(failure) {
    this.#element.dispatchEvent(new CustomEvent('safar-error', bare({ bubbles: true, detail: { ...failure, src: this.#options.src ?? null } })));
  }

  #tell(event) {
    if (event === 'ready') {
      this.#drawn = true;
      this.#reveal();
      // `safar-ready` means the map is on screen: its styles applied and a frame painted.
      const drawing = ++this.#drawings;
      this.#styled.then(painted).then(() => {
        if (drawing !== this.#drawings || this.#destroyed) return;
        this.#element.dispatchEvent(new CustomEvent('safar-ready', bare({ bubbles: true })));
      });
    } else if (event === 'downloads') {
      // Without its script the place stays empty, and the map is shown as ever.
      this.#downloads().catch((error) => console.error('Safar: the download menu could not load.', error));
    } else if (event === 'change') {
      const widget = this;
      // The map is made only if a listener reads it.
      this.#element.dispatchEvent(new CustomEvent('safar-change', bare({ bubbles: true, detail: { get map() { return widget.getMap(); } } })));
    }
  }
}

/** Fetches a map file: only from the page's origin, redirects included, when `sameOrigin`. */
function request(url, sameOrigin, signal) {
  return fetch(url, bare({
    signal,
    credentials: 'same-origin',
    mode: sameOrigin ? 'same-origin' : 'cors',
    headers: bare({ accept: 'application/json' }),
  }));
}

/**
 * Resolves once the browser has painted a frame with what is on the page now: the next
 * animation frame, then the task after it (the frame is drawn between the two).
 */
function painted() {
  return new Promise((done) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done();
      channel.port2.postMessage(null);
    });
  });
}

/**
 * A response's text, or null as soon as it passes `limit` bytes: the rest is never read. The
 * Content-Length, when the server sends one, is checked before this; a compressed or chunked
 * answer is only known by reading it.
 */
async function readText(response, limit) {
  if (!response.body) return decodeUtf8(new Uint8Array(await response.arrayBuffer()));
  const reader = response.body.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return decodeUtf8(bytes);
}

/** What readText gives for bytes that are not UTF-8. */
const NOT_UTF8 = Symbol('not UTF-8');

/**
 * UTF-8 text without its byte-order mark; NOT_UTF8 for other bytes. Not response.text(), which
 * replaces bad bytes: a Latin-1 or UTF-16 file would then show garbled instead of explained.
 */
function decodeUtf8(bytes) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return NOT_UTF8;
  }
}

/**
 * Mounts a widget into any element. `options`: `src`, `map` (a map file object or its JSON
 * text), `mapId` (which map of a file with several, by id; the first without it), `lang`,
 * `dir`, `mode` ('view' or 'edit'), `storageKey`, `lanes`, `stage`, `height`, `compact`,
 * `sameOrigin` (true: a `src` on another origin is refused), `exports` (the download menu of a
 * read-only widget: 'svg, png, pdf, json' or some of them, as text or an array, or true for all). Returns { ready,
 * update(options), setMap(map), getMap(), exportMap({ format, scale, pageSize, signal }),
 * destroy() }.
 */
export function mount(element, options = {}) {
  const widget = new Widget(element, ownOptions(options));
  return {
    ready: widget.ready,
    update: (changes) => widget.update(changes),
    setMap: (map) => widget.setMap(map),
    getMap: () => widget.getMap(),
    exportMap: (options) => widget.exportMap(options),
    destroy: () => widget.destroy(),
  };
}

/** The options an element's attributes and JSON child ask for. */
function fromAttributes(element) {
  const attribute = (name) => element.getAttribute(name) ?? undefined;
  const src = attribute('src');
  const inline = src ? null : element.querySelector(':scope > script[type="application/json"]');
  return bare({
    src,
    map: inline ? inline.textContent : undefined,
    mapId: attribute('map'),
    lang: attribute('lang'),
    dir: attribute('dir'),
    mode: attribute('mode'),
    storageKey: attribute('storage-key'),
    lanes: attribute('lanes'),
    stage: attribute('stage'),
    height: attribute('height'),
    compact: element.hasAttribute('compact'),
    sameOrigin: element.hasAttribute('same-origin'),
    // Present without a value (`<safar-journey-map exports>`): every file.
    exports: attribute('exports'),
  });
}

/** `<safar-journey-map>`: a journey map from its attributes, updated as they change. */
export class SafarJourneyMap extends HTMLElement {
  static observedAttributes = ATTRIBUTES;
  #widget = null;

  connectedCallback() {
    this.#widget ??= new Widget(this, fromAttributes(this));
  }

  disconnectedCallback() {
    // Moving the element disconnects and reconnects it at once: only a real removal ends it.
    queueMicrotask(() => {
      if (!this.isConnected && this.#widget) {
        this.#widget.destroy();
        this.#widget = null;
      }
    });
  }

  attributeChangedCallback(name, before, after) {
    if (before !== after) this.#widget?.update(fromAttributes(this));
  }

  /** Resolves once the widget has started. */
  get ready() {
    return this.#widget?.ready ?? Promise.resolve();
  }

  /** The map as it is now, with its edits; null while there is none. */
  getMap() {
    return this.#widget?.getMap() ?? null;
  }

  /** The map as the widget shows it, as an SVG, PNG or PDF Blob (see Widget#exportMap). */
  exportMap(options) {
    if (!this.#widget) return Promise.reject(new Error('The Safar widget is not on the page.'));
    return this.#widget.exportMap(options);
  }

  /** Shows another map (an object or JSON text) in place of the page's. */
  setMap(map) {
    if (!this.#widget) throw new Error('The Safar widget is not on the page.');
    this.#widget.setMap(map);
  }
}

if (!customElements.get('safar-journey-map')) customElements.define('safar-journey-map', SafarJourneyMap);
