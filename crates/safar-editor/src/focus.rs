//! What focus does when a cell is entered and left: a cell's controls opened with focus in the
//! first, closed with focus back on the cell, and a focused cell kept clear of the sticky headers.

use super::state::EditorState;
use leptos::prelude::*;
use safar_core::navigate::GridCell;
use wasm_bindgen::JsCast;

/// Opens a cell's editing controls and puts focus on the first of them.
pub fn start_editing(state: EditorState, cell: GridCell) {
    if matches!(cell, GridCell::Corner) {
        return;
    }
    state.active.set(cell.clone());
    state.editing.set(Some(cell.clone()));
    request_animation_frame(move || {
        let selector = format!("[data-cell=\"{}\"] :is(input, textarea, select, button)", cell.key());
        focus_selector(state, &selector);
    });
}

/// Closes the editing controls and puts focus back on the cell.
pub fn stop_editing(state: EditorState) {
    state.seal();
    state.editing.set(None);
    let cell = state.active.get_untracked();
    request_animation_frame(move || focus_cell(state, &cell));
}

pub fn focus_cell(state: EditorState, cell: &GridCell) {
    let selector = format!("[data-cell=\"{}\"]", cell.key());
    focus_selector(state, &selector);
    if let Some(element) = state.find(&selector) {
        keep_clear_of_sticky_headers(&element);
    }
}

/// Scrolls the map so that a focused cell is not hidden under the sticky stage headers or the
/// sticky lane names (WCAG 2.4.11, focus not obscured). Focusing scrolls the cell into view, but
/// only to the scroller's edge, which those headers cover.
fn keep_clear_of_sticky_headers(cell: &web_sys::Element) {
    let Some(scroller) = cell.closest(".map-scroll").ok().flatten() else { return };
    let cell_box = cell.get_bounding_client_rect();
    let header_bottom = scroller
        .query_selector("thead")
        .ok()
        .flatten()
        .filter(|thead| !thead.contains(Some(cell)))
        .map(|thead| thead.get_bounding_client_rect().bottom());
    if let Some(bottom) = header_bottom {
        if cell_box.top() < bottom {
            scroller.set_scroll_top(scroller.scroll_top() - (bottom - cell_box.top()).ceil() as i32);
        }
    }
    // The lane names stick to the inline start: the left in a left-to-right map, the right in a
    // right-to-left one.
    let lane_names = cell.closest("tr").ok().flatten().and_then(|row| row.query_selector("th[scope=row]").ok().flatten());
    if let Some(names) = lane_names.filter(|names| names != cell) {
        let names_box = names.get_bounding_client_rect();
        // The map's own direction: the nearest `dir`, which may differ from the interface's.
        let rtl = scroller.closest("[dir]").ok().flatten().and_then(|e| e.get_attribute("dir")).as_deref() == Some("rtl");
        let hidden_by = if rtl { cell_box.right() - names_box.left() } else { names_box.right() - cell_box.left() };
        if hidden_by > 0.0 {
            let shift = hidden_by.ceil() as i32;
            scroller.set_scroll_left(scroller.scroll_left() + if rtl { shift } else { -shift });
        }
    }
}

pub fn focus_selector(state: EditorState, selector: &str) {
    if let Some(element) = state.find(selector) {
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}
