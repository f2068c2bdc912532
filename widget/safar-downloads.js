// The download menu of a read-only widget with `exports`: a button that opens a list of the
// files the attribute names (a picture as SVG or PNG, a PDF, the map file), and a line that says
// what is being drawn (with Cancel) or how the download went. safar-widget.js fetches this file
// only for a widget whose map offers downloads, and fills the place the WebAssembly drew for it
// (`<div class="widget-downloads" data-exports="pdf json">`, inside the widget's box, so the menu
// takes its language and direction). Every word comes from the WebAssembly's catalogs.

/** The menu of each place, so a place told again (its language changed) is only reworded. */
const menus = new WeakMap();

/**
 * Puts a menu in `place`, or words it again if it has one. `host` gives its words (`words()`),
 * what to say of a download (`say(format, step, detail)`), and makes a file (`make(format,
 * signal)`, resolving to { name, blob, pages, scale }).
 */
export function fill(place, host) {
  const menu = menus.get(place);
  if (menu) menu.reword();
  else menus.set(place, new Menu(place, host));
}

const make = (name, className) => {
  const element = document.createElement(name);
  if (className) element.className = className;
  return element;
};

/** A PNG is drawn at 2× (sharp on slides and screens), as the editor's Share offers it first. */
const SCALE = 2;

class Menu {
  #host;
  #toggle = make('button', 'button widget-downloads-toggle');
  #list = make('ul', 'widget-downloads-list');
  #items;
  #status = make('div', 'widget-downloads-status');
  #alert = make('div');
  #cancel = null;

  constructor(place, host) {
    this.#host = host;
    const toggle = this.#toggle;
    const list = this.#list;
    toggle.type = 'button';
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-controls', 'widget-downloads-list');
    list.id = 'widget-downloads-list';
    list.hidden = true;
    this.#items = (place.dataset.exports ?? '').split(' ').filter(Boolean).map((format) => {
      const item = make('button', 'button quiet');
      item.type = 'button';
      item.dataset.format = format;
      const row = make('li');
      row.append(item);
      list.append(row);
      return item;
    });
    this.#status.setAttribute('role', 'status');
    this.#alert.setAttribute('role', 'alert');
    place.replaceChildren(toggle, list, this.#status, this.#alert);

    toggle.addEventListener('click', () => this.#open(list.hidden));
    // A choice closes the list, as Escape does, and gives the focus back to the button.
    list.addEventListener('click', (event) => {
      const item = event.target.closest('button');
      if (!item) return;
      this.#close();
      this.#download(item.dataset.format);
    });
    list.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      this.#close();
    });
    // Focus leaving the menu (a click elsewhere, Tab past its end) closes the list.
    place.addEventListener('focusout', (event) => {
      if (!place.contains(event.relatedTarget)) this.#open(false);
    });
    this.reword();
  }

  /** Takes the menu's words again, in the widget's language now. */
  reword() {
    const words = this.#host.words();
    this.#toggle.textContent = words.download;
    for (const item of this.#items) item.textContent = words[item.dataset.format];
    if (this.#cancel) this.#cancel.textContent = words.cancel;
  }

  #open(open) {
    this.#list.hidden = !open;
    this.#toggle.setAttribute('aria-expanded', String(open));
  }

  #close() {
    this.#open(false);
    this.#toggle.focus();
  }

  /** Says `saying` ({ text, failed }): a failure as an alert, the rest in the status line. */
  #say(saying) {
    const line = make('p', saying.failed ? 'field-error' : '');
    line.textContent = saying.text;
    this.#status.replaceChildren(...(saying.failed ? [] : [line]));
    this.#alert.replaceChildren(...(saying.failed ? [line] : []));
  }

  async #download(format) {
    const controller = new AbortController();
    this.#busy(format, controller);
    let saying;
    try {
      const made = await this.#host.make(format, controller.signal);
      save(made.name, made.blob);
      saying = this.#host.say(format, 'done', { name: made.name, bytes: made.blob.size, pages: made.pages ?? 1, scale: made.scale ?? SCALE, wanted: SCALE });
    } catch (error) {
      saying = this.#host.say(format, 'failed', error);
    }
    this.#busy(null, null);
    this.#say(saying);
  }

  /** Shows what is being drawn, with Cancel, while the files cannot be chosen; or stops showing it. */
  #busy(format, controller) {
    for (const item of this.#items) item.disabled = controller != null;
    this.#alert.replaceChildren();
    if (!controller) {
      this.#cancel = null;
      this.#status.replaceChildren();
      return;
    }
    const drawing = this.#host.say(format, 'drawing', null).text;
    const progress = make('progress');
    progress.setAttribute('aria-label', drawing);
    const words = make('span');
    words.textContent = drawing;
    this.#cancel = make('button', 'button');
    this.#cancel.type = 'button';
    this.#cancel.textContent = this.#host.words().cancel;
    this.#cancel.addEventListener('click', () => controller.abort());
    this.#status.replaceChildren(progress, words, this.#cancel);
  }
}

/** Offers `blob` for download as `name`. */
function save(name, blob) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the click has been handled and the download has started.
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
