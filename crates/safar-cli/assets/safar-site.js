// A published Safar site's own script. It runs in <head>, before the body is drawn, and marks
// the page as having JavaScript, so the controls that need it take their place from the first
// frame and nothing moves. Then it wires the index's search and filters, a map page's lane and
// stage choices to the widget (<safar-journey-map>), which brings the map alive, and its Print
// (the PDF's pages, as the app prints them).
'use strict';

document.documentElement.classList.add('js');

/** Text as search compares it: lower case, without diacritics, joiners or tatweel, with the
 * Arabic and Persian forms of a letter taken as one, and every kind of digit as Latin. */
function normalize(text) {
  return text
    .toLocaleLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, '')
    .replace(/[\u200c\u200d\u0640]/g, '')
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/[أإآ]/g, 'ا')
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/\s+/g, ' ')
    .trim();
}

function wireIndex() {
  const form = document.querySelector('.map-filters');
  const status = document.querySelector('.filter-status');
  if (!form || !status) return;
  const rows = [...document.querySelectorAll('.map-index tbody tr')];
  const texts = rows.map((row) => normalize(row.dataset.search || row.textContent));
  const empty = document.querySelector('.filter-empty');
  const search = form.querySelector('input[type="search"]');
  const selects = [...form.querySelectorAll('select[data-filter]')];
  const digits = new Intl.NumberFormat(`${document.documentElement.lang}-u-nu-${status.dataset.digits}`);
  let announce = 0;
  const apply = () => {
    const words = normalize(search.value).split(' ').filter(Boolean);
    let shown = 0;
    rows.forEach((row, i) => {
      const matches =
        words.every((word) => texts[i].includes(word)) &&
        selects.every((select) => {
          if (!select.value) return true;
          const value = row.dataset[select.dataset.filter] || '';
          return select.dataset.filter === 'personas' ? value.split(' ').includes(select.value) : value === select.value;
        });
      row.hidden = !matches;
      if (matches) shown += 1;
    });
    empty.hidden = shown > 0;
    // The count is a live region: said once typing pauses, not at every key.
    clearTimeout(announce);
    announce = setTimeout(() => {
      status.textContent = status.dataset.template.replace('{shown}', digits.format(shown)).replace('{total}', digits.format(rows.length));
    }, 400);
  };
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  // A search kept by the browser (back, reload) applies at once.
  if (search.value || selects.some((s) => s.value)) apply();
}

function wireMapView() {
  const form = document.querySelector('.map-view');
  const map = document.querySelector('safar-journey-map');
  if (!form || !map) return;
  const boxes = [...form.querySelectorAll('input[type="checkbox"]')];
  const stage = form.querySelector('select');
  const apply = (event) => {
    // One lane at least: a map of nothing helps no one.
    if (event && event.target.type === 'checkbox' && !boxes.some((box) => box.checked)) event.target.checked = true;
    const lanes = boxes.filter((box) => box.checked).map((box) => box.value);
    if (lanes.length === boxes.length) map.removeAttribute('lanes');
    else map.setAttribute('lanes', lanes.join(','));
    if (stage.value) map.setAttribute('stage', stage.value);
    else map.removeAttribute('stage');
  };
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', apply);
  if (stage.value || boxes.some((box) => !box.checked)) apply();
}

/**
 * A map page's Print (and Ctrl+P on it): the pages of the map's PDF, as the widget shows the
 * map, through the browser's print dialog, drawn by the picture client in the widget's folder.
 */
function wirePrint() {
  const button = document.querySelector('.site-print-button');
  const map = document.querySelector('safar-journey-map');
  if (!button || !map) return;
  const status = document.querySelector('.site-print-status');
  const print = async () => {
    if (button.disabled) return;
    button.disabled = true;
    status.textContent = '';
    try {
      const { printMap } = await import(new URL(button.dataset.pictures, document.baseURI).href);
      const shown = typeof map.getMap === 'function' ? map.getMap() : null;
      const text = shown ?? (await (await fetch(new URL(map.getAttribute('src'), document.baseURI))).text());
      const attribute = (name) => map.getAttribute(name) ?? undefined;
      await printMap(text, { pageSize: button.dataset.paper, lanes: attribute('lanes'), stage: attribute('stage') });
    } catch (error) {
      status.textContent = button.dataset.failed;
      console.warn('Safar could not print the map:', error);
    } finally {
      button.disabled = false;
    }
  };
  button.addEventListener('click', print);
  document.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'p') {
      event.preventDefault();
      print();
    }
  });
}

document.addEventListener('DOMContentLoaded', () => {
  wireIndex();
  wireMapView();
  wirePrint();
});
