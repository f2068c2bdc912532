//! The open library, shared through context by the library page and the editor: the core's
//! [`Library`] over localStorage, the list of maps as a signal, and the `storage` event that
//! tells this tab what another tab changed.

use crate::storage::LocalStore;
use leptos::prelude::*;
use safar_core::examples::Example;
use safar_core::library::{Finding, Library, LibraryEntry, Store, StoreError};

#[derive(Clone, Copy)]
pub struct SharedLibrary {
    library: StoredValue<Library<LocalStore>, LocalStorage>,
    /// Every map, trashed ones included, as the index lists them.
    pub entries: RwSignal<Vec<LibraryEntry>>,
    /// Bytes the library takes in the browser's storage.
    pub usage: RwSignal<usize>,
    /// The site's storage (shared with other apps on the origin) has less than
    /// [`crate::storage::LOW_ROOM_BYTES`] free.
    pub room_low: RwSignal<bool>,
    /// When the usage was last measured (ms since the epoch).
    usage_measured: StoredValue<f64>,
    /// What opening the library found (damaged entries set aside, an earlier map adopted).
    pub findings: RwSignal<Vec<Finding>>,
    /// The key another tab changed last (`None` inside: it cleared the whole storage).
    pub changed_elsewhere: RwSignal<Option<Option<String>>>,
    pub read_only: bool,
    /// Storage is refused, so the library lives only as long as the tab.
    pub in_memory: bool,
    /// Tells this shared library's own page events from its neighbours'.
    serial: u64,
}

/// Whether and how a shared library finds out that the browser's storage refuses writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Writes {
    /// On opening, with a write of one byte: the app, which must say before anything is typed
    /// that its edits will not outlive the tab.
    Probed,
    /// On its first real write: an editing widget, which says so when that write fails. It
    /// writes nothing before the user or the page gives it a map to keep.
    OnFirstWrite,
    /// Never: a widget that only shows stored edits reads the storage and writes nothing.
    Never,
}

/// The page event shared libraries tell each other of a change with; its detail is the library's
/// namespace and the sender's serial, on two lines.
const PAGE_EVENT: &str = "safar-library-changed";

thread_local! {
    static NEXT_SERIAL: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// A token for this shared library's saves, different in every tab and every shared library of a page, so that
/// two saves of the same revision are told apart (see `safar_core::library::Revision`). Not a
/// secret: it only has to differ.
fn writer_token(serial: u64) -> String {
    let random = (js_sys::Math::random() * 2f64.powi(40)) as u64;
    format!("{random:x}{serial:x}")
}

impl SharedLibrary {
    /// Whether the library is close to the browser's limit, or the site's storage nearly out of
    /// room (tracked): the library page and the editor warn then.
    pub fn nearly_full(&self) -> bool {
        self.usage.get() as f64 >= crate::storage::QUOTA_BYTES as f64 * crate::storage::WARN_AT || self.room_low.get()
    }

    /// Opens the library under `keys`, starting it with `examples` when it is empty (passed in,
    /// so that a build that never names the examples, the widget's, does not carry them).
    /// Several shared libraries on one page (widgets) that open the same library follow each other's
    /// changes, as tabs do through the `storage` event.
    pub fn open_at(keys: safar_core::library::Keys, examples: &[Example], writes: Writes) -> SharedLibrary {
        let mut store = LocalStore::new();
        match writes {
            // A storage that refuses every write (a policy, Safari's old private mode) is no
            // storage: the library then lives in memory, and every screen says so before
            // anything is typed. Only a write can tell; one byte under the library's own key.
            Writes::Probed => {
                let probe = keys.probe();
                match store.set(&probe, "1") {
                    Ok(()) => store.remove(&probe),
                    Err(StoreError::Full) if !store.keys_with_prefix("").is_empty() => {}
                    Err(_) => store = LocalStore::Memory(Default::default()),
                }
            }
            Writes::OnFirstWrite => {}
            Writes::Never => store = store.reading(),
        }
        let in_memory = store.is_memory();
        // Unique on the page, not only in this module: the widget's view and edit builds are
        // two WebAssembly modules, each counting from one, whose shared libraries hear each other.
        let serial = NEXT_SERIAL.with(|n| {
            n.set(n.get() + 1);
            ((js_sys::Math::random() * 2f64.powi(32)) as u64) << 20 | n.get()
        });
        let mut library = Library::open(store, keys).writing_as(&writer_token(serial));
        if library.opened_empty() {
            for example in examples {
                if let Ok(file) = example.load() {
                    let _ = library.create(&file);
                }
            }
        }
        let read_only = library.is_read_only();
        let shared = SharedLibrary {
            entries: RwSignal::new(library.entries().to_vec()),
            usage: RwSignal::new(0),
            room_low: RwSignal::new(false),
            usage_measured: StoredValue::new(f64::NEG_INFINITY),
            findings: RwSignal::new(std::mem::take(&mut library.findings)),
            library: StoredValue::new_local(library),
            serial,
            changed_elsewhere: RwSignal::new(None),
            read_only,
            in_memory,
        };
        let listener = window_event_listener(leptos::ev::storage, move |event| {
            let key = event.key();
            // Another tab measuring its room (a write and a removal) changes nothing here; a map
            // whose id is `probe` is a map like any other.
            if key.as_deref().is_some_and(|k| shared.library.with_value(|l| l.keys().is_probe(k))) {
                return;
            }
            let (ours, index) = shared.library.with_value(|l| match key.as_deref() {
                None => (true, false),
                Some(k) => (l.keys().owns(k), k == l.keys().index()),
            });
            if !ours {
                return;
            }
            // A save elsewhere writes the index and one record: only the index is read again
            // here, and the editor looks at the record it has open. Storage cleared elsewhere
            // (no key) means reading everything again.
            match (key.is_none(), index) {
                (true, _) => shared.library.update_value(Library::refresh),
                (false, true) => shared.library.update_value(Library::reread_index),
                (false, false) => {}
            }
            shared.entries.set(shared.library.with_value(|l| l.entries().to_vec()));
            // The meter follows other tabs too.
            shared.measure_usage(false);
            shared.changed_elsewhere.set(Some(key));
        });
        // Another shared library on this page changed the same library: the `storage` event only tells
        // other tabs, so shared libraries tell each other with an event of their own.
        let neighbour = window_event_listener(leptos::ev::Custom::<web_sys::CustomEvent>::new(PAGE_EVENT), move |event| {
            let ours = event.detail().as_string().and_then(|detail| {
                let (prefix, serial) = detail.rsplit_once('\n')?;
                Some(serial.parse::<u64>().ok()? != shared.serial && shared.library.with_value(|l| l.keys().prefix() == prefix))
            });
            if ours == Some(true) && !shared.in_memory {
                shared.library.update_value(Library::refresh);
                shared.entries.set(shared.library.with_value(|l| l.entries().to_vec()));
                shared.changed_elsewhere.set(Some(None));
            }
        });
        on_cleanup(move || {
            listener.remove();
            neighbour.remove();
        });
        // Measuring reads every stored text: after the first screen is up, not before it. The
        // room is not measured here (a megabyte written, and a `storage` event of that size in
        // every other tab of the origin): only when a save fails or the meter is shown.
        set_timeout(move || shared.measure_usage(true), std::time::Duration::ZERO);
        shared
    }

    /// Runs `change` on the library, then brings the list and the usage up to date.
    pub fn change<R>(&self, change: impl FnOnce(&mut Library<LocalStore>) -> R) -> R {
        let result = self.library.try_update_value(change).expect("the library lives as long as the app");
        self.sync();
        self.tell_neighbours();
        result
    }

    /// Tells other shared libraries on this page (widgets showing the same stored maps) that the library
    /// changed.
    fn tell_neighbours(&self) {
        if self.in_memory {
            return;
        }
        let detail = format!("{}\n{}", self.library.with_value(|l| l.keys().prefix().to_owned()), self.serial);
        let init = web_sys::CustomEventInit::new();
        init.set_detail(&wasm_bindgen::JsValue::from_str(&detail));
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(PAGE_EVENT, &init) {
            let _ = window().dispatch_event(&event);
        }
    }

    /// Like [`SharedLibrary::change`] for saves and reads of one map: the list is brought up to date,
    /// but the storage is not measured again (that reads every stored text); the editor does it
    /// with [`SharedLibrary::measure_usage`] as it saves.
    pub fn change_list<R>(&self, change: impl FnOnce(&mut Library<LocalStore>) -> R) -> R {
        let result = self.library.try_update_value(change).expect("the library lives as long as the app");
        self.entries.set(self.library.with_value(|l| l.entries().to_vec()));
        self.tell_neighbours();
        result
    }

    /// Runs `work` on the library without bringing the list up to date, for reads that may set
    /// a damaged entry aside but change no map.
    pub fn quietly<R>(&self, work: impl FnOnce(&mut Library<LocalStore>) -> R) -> R {
        self.library.try_update_value(work).expect("the library lives as long as the app")
    }

    /// Whether the library is still there (it goes with the screen or widget that opened it).
    pub fn is_open(&self) -> bool {
        self.library.try_with_value(|_| ()).is_some()
    }

    /// Reads from the library without changing it.
    pub fn read<R>(&self, read: impl FnOnce(&Library<LocalStore>) -> R) -> R {
        self.library.with_value(read)
    }

    pub fn sync(&self) {
        self.library.with_value(|l| self.entries.set(l.entries().to_vec()));
        self.measure_usage(true);
        // While the warning shows, every change is checked at once: it may have made room.
        if self.room_low.get_untracked() {
            self.measure_room();
        }
    }

    /// Measures how much the library takes, which reads every stored text: at most every ten
    /// seconds unless `now` (a change made here, whose effect the meter should show at once).
    pub fn measure_usage(&self, now: bool) {
        let time = js_sys::Date::now();
        // A shared library closed before its first measure (a widget given another map at once) has
        // nothing left to measure.
        let Some(last) = self.usage_measured.try_get_value() else { return };
        if now || time - last >= 10_000.0 {
            if let Some(usage) = self.library.try_with_value(|l| l.usage()) {
                self.usage_measured.set_value(time);
                self.usage.set(usage);
            }
        }
    }

    /// Finds whether the site's storage is nearly full, by a probe write of a megabyte (about
    /// 25 ms). A probe that succeeds fires a `storage` event of that size in every other tab of
    /// the origin (a host page's too), so this runs only where the user asks about room: the
    /// storage meter, and a warning already showing, where a probe that fails (the room is still
    /// short) tells no other tab anything.
    pub fn measure_room(&self) {
        if !self.in_memory {
            let low = !self.quietly(|l| l.has_room_for(crate::storage::LOW_ROOM_BYTES));
            if low != self.room_low.get_untracked() {
                self.room_low.set(low);
            }
        }
    }
}
