//! Starting a new map: a template (a standard stage set and a map type) or a blank map, in a
//! language. The library page and the editor both offer it; the new map joins the library.

use safar_editor::modal::Modal;
use safar_view::i18n::use_i18n;
use safar_view::i18n::right_to_left;
use safar_view::t;
use safar_store::time::{new_id, now};
use leptos::prelude::*;
use safar_core::template::map_type_name;
use safar_core::{Document, Language, MapType, StageSet, Template};
use safar_i18n::endonym;

/// The new-map form; `on_create` receives the new map.
#[component]
pub fn NewMapDialog(open: RwSignal<bool>, on_create: Callback<Document>) -> impl IntoView {
    let i18n = use_i18n();
    let set = RwSignal::new("six-stages".to_owned());
    let map_type = RwSignal::new(MapType::CurrentState);
    // A new map is written in the interface's language unless the user picks another.
    let language = RwSignal::new(i18n.language().tag().to_owned());
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let stage_set = StageSet::from_key(&set.get_untracked());
        let map_type = map_type.get_untracked();
        let language = Language::from_tag(&language.get_untracked()).unwrap_or(Language::English);
        let journey = match stage_set {
            Some(stage_set) => Template::new(stage_set, map_type).build(language, new_id("map"), &now()),
            None => safar_core::template::blank(map_type, language, new_id("map"), &now()),
        };
        open.set(false);
        on_create.run(Document { journey, personas: Vec::new() });
    };
    view! {
        <Modal open=open title=t!(i18n, "new-map-title") name="new-map">
            <form on:submit=create class="form-grid">
                <fieldset class="choices">
                    <legend>{t!(i18n, "new-map-stages")}</legend>
                    {StageSet::ALL.into_iter().map(|s| {
                        let names = move || s.stages(i18n.language()).join(i18n.language().pick(", ", "، ", "، "));
                        // A name kept in Latin letters in Persian and Arabic ("AIDA") is English.
                        let name_lang = move || {
                            let name = s.name(i18n.language());
                            (i18n.language() != Language::English && !name.chars().any(right_to_left)).then_some("en")
                        };
                        view! {
                            <label class="choice">
                                <input type="radio" name="stage-set" value=s.key() prop:checked=move || set.get() == s.key()
                                    on:change=move |_| set.set(s.key().to_owned())/>
                                <span><strong lang=name_lang>{move || s.name(i18n.language())}</strong> <span class="hint">{names}</span></span>
                            </label>
                        }
                    }).collect_view()}
                    <label class="choice">
                        <input type="radio" name="stage-set" value="blank" prop:checked=move || set.get() == "blank"
                            on:change=move |_| set.set("blank".to_owned())/>
                        <span><strong>{t!(i18n, "new-map-blank")}</strong> <span class="hint">{t!(i18n, "new-map-blank-hint")}</span></span>
                    </label>
                </fieldset>
                <fieldset class="choices">
                    <legend>{t!(i18n, "new-map-type")}</legend>
                    {MapType::ALL.into_iter().map(|t| {
                        view! {
                            <label class="choice">
                                <input type="radio" name="map-type" value=t.as_str() prop:checked=move || map_type.get() == t
                                    on:change=move |_| map_type.set(t)/>
                                <span>{move || map_type_name(t, i18n.language())}</span>
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
                // Each language by its own name, marked as such, as the language picker shows them.
                <div class="field">
                    <label for="new-map-language">{t!(i18n, "new-map-language")}</label>
                    <select id="new-map-language" on:change=move |ev| language.set(event_target_value(&ev)) prop:value=move || language.get()>
                        {Language::ALL.iter().map(|&l| view! {
                            <option value=l.tag() lang=l.tag() selected=move || language.get() == l.tag()>{endonym(l)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="editor-actions">
                    <button type="submit" class="button primary">{t!(i18n, "new-map-start")}</button>
                    <button type="button" class="button quiet" on:click=move |_| open.set(false)>{t!(i18n, "dialog-cancel")}</button>
                </div>
            </form>
        </Modal>
    }
}
