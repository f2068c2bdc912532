//! Moving between the app's screens without reloading the page. Links inside the app and
//! [`go`] change the address with the History API; the screen follows the address. The open
//! library stays in memory across screens, which also keeps maps alive in a browser that
//! refuses storage. A screen with unsaved work (the editor) may hold the user back.

use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    /// Counts address changes; the app's main area re-renders when it moves.
    static MOVES: Cell<Option<RwSignal<u64>>> = const { Cell::new(None) };
    /// Asked before leaving the current screen: `false` keeps the user where they are.
    static GUARD: RefCell<Option<(u64, Rc<dyn Fn() -> bool>)>> = const { RefCell::new(None) };
    static NEXT_GUARD: Cell<u64> = const { Cell::new(0) };
    /// The address of the current screen, to return to when leaving is refused.
    static HERE: RefCell<String> = const { RefCell::new(String::new()) };
}

fn href() -> String {
    web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

/// Starts following the address: link clicks inside the app and the browser's back and
/// forward buttons. Returns the signal that moves with every change of screen.
pub fn start() -> RwSignal<u64> {
    let moves = RwSignal::new(0u64);
    MOVES.with(|m| m.set(Some(moves)));
    HERE.with(|h| *h.borrow_mut() = href());
    let clicks = window_event_listener(leptos::ev::click, |event| {
        if let Some(url) = internal_link(&event) {
            event.prevent_default();
            go(&url);
        }
    });
    let history = window_event_listener(leptos::ev::popstate, |_| {
        if may_leave() {
            arrived();
        } else if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            // The address already changed; put back the screen the user stays on.
            let here = HERE.with(|h| h.borrow().clone());
            let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&here));
        }
    });
    on_cleanup(move || {
        clicks.remove();
        history.remove();
    });
    moves
}

/// The app address a plain click on a link goes to, if the app should handle it.
fn internal_link(event: &web_sys::MouseEvent) -> Option<String> {
    if event.default_prevented() || event.button() != 0 || event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key() {
        return None;
    }
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    let link: web_sys::HtmlAnchorElement = target.closest("a[href]").ok()??.dyn_into().ok()?;
    if link.has_attribute("download") || !link.target().is_empty() {
        return None;
    }
    let location = web_sys::window()?.location();
    let url = web_sys::Url::new(&link.href()).ok()?;
    (url.origin() == location.origin().ok()? && url.pathname() == location.pathname().ok()?).then(|| link.href())
}

/// Goes to another screen of the app, if the current one lets the user leave.
pub fn go(url: &str) {
    if !may_leave() {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    if MOVES.with(Cell::get).is_none() {
        let _ = window.location().set_href(url);
        return;
    }
    if let Ok(history) = window.history() {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(url));
    }
    arrived();
}

fn arrived() {
    HERE.with(|h| *h.borrow_mut() = href());
    if let Some(moves) = MOVES.with(Cell::get) {
        moves.update(|n| *n += 1);
    }
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
        // The new screen is announced from its start: focus goes to the main area, which
        // stays in place while its content changes.
        if let Some(main) = window.document().and_then(|d| d.get_element_by_id("main")) {
            if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    }
}

fn may_leave() -> bool {
    let guard = GUARD.with(|g| g.borrow().as_ref().map(|(_, guard)| Rc::clone(guard)));
    guard.is_none_or(|guard| guard())
}

/// Asks `guard` before the user leaves this screen; removed when the screen goes.
pub fn hold_back(guard: impl Fn() -> bool + 'static) {
    let id = NEXT_GUARD.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    GUARD.with(|g| *g.borrow_mut() = Some((id, Rc::new(guard))));
    // Only this screen's own guard is removed: the next screen may have set its own already.
    on_cleanup(move || {
        GUARD.with(|g| {
            let mut g = g.borrow_mut();
            if g.as_ref().is_some_and(|(current, _)| *current == id) {
                *g = None;
            }
        })
    });
}
