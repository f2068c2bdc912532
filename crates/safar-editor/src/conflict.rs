//! The question a conflict asks: another tab (or widget) saved this map while this one changed
//! it too. Keep mine, take theirs, or (where there is a library to see a copy in) keep both.

use crate::autosave::{SaveStatus, Saver};
use crate::modal::Modal;
use crate::state::EditorState;
use leptos::prelude::*;
use safar_core::library::Resolution;
use safar_view::i18n::{use_i18n, Message};
use safar_view::{msg, t};

/// Asks what to keep when another tab saved this map while this tab changed it too.
#[component]
pub fn ConflictDialog(saver: Saver) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    let error = RwSignal::new(None::<Message>);
    // Asked only once the person pauses: a question that opened mid-word would take the next
    // keystrokes (a space or Enter could press a choice). Focus then goes to the question
    // itself, which the dialog is described by, so it is read out and no choice is pressed.
    let ask = move || {
        fn ask_later(saver: Saver, open: RwSignal<bool>, state: EditorState) {
            if saver.status.try_get_untracked() != Some(SaveStatus::Conflict) {
                return;
            }
            match saver.typing_left() {
                Some(left) => set_timeout(move || ask_later(saver, open, state), left),
                None => {
                    open.set(true);
                    request_animation_frame(move || {
                        if let Some(question) = state.find("#conflict-question") {
                            let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(question).focus();
                        }
                    });
                }
            }
        }
        ask_later(saver, open, state);
    };
    Effect::new(move |_| {
        if saver.status.get() == SaveStatus::Conflict {
            ask();
        }
    });
    let settle = move |choice: Resolution| {
        match choice {
            Resolution::KeepMine => saver.keep_mine(),
            Resolution::TakeTheirs => saver.take_theirs(),
            Resolution::KeepBoth => match saver.keep_both() {
                Ok(title) => state.announce(msg!("editor-kept-as-copy", title = title)),
                Err(e) => {
                    error.set(Some(msg!("editor-copy-failed", reason = e)));
                    return;
                }
            },
        }
        error.set(None);
        open.set(false);
    };
    view! {
        <Modal open=open title=t!(i18n, "editor-conflict-title") name="conflict">
            <p id="conflict-question" tabindex="-1">{t!(i18n, "editor-conflict-question")}</p>
            {move || error.get().map(|e| view! { <p class="field-error" role="alert">{i18n.format(&e)}</p> })}
            <div class="conflict-choices">
                <button type="button" class="button primary" aria-describedby="conflict-mine" on:click=move |_| settle(Resolution::KeepMine)>{t!(i18n, "editor-keep-mine")}</button>
                <p class="hint" id="conflict-mine">{t!(i18n, "editor-keep-mine-hint")}</p>
                <button type="button" class="button" aria-describedby="conflict-theirs" on:click=move |_| settle(Resolution::TakeTheirs)>{t!(i18n, "editor-take-theirs")}</button>
                <p class="hint" id="conflict-theirs">{t!(i18n, "editor-take-theirs-hint")}</p>
                // A widget shows one map: a copy would have nowhere to be seen.
                {saver.has_library().then(|| view! {
                    <button type="button" class="button" aria-describedby="conflict-both" on:click=move |_| settle(Resolution::KeepBoth)>{t!(i18n, "editor-keep-both")}</button>
                    <p class="hint" id="conflict-both">{t!(i18n, "editor-keep-both-hint")}</p>
                })}
            </div>
        </Modal>
    }
}
