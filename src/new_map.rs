//! Starting a new map: a template (a standard stage set and a map type) or a blank map, in a
//! language. The library page and the editor both offer it; the new map joins the library.

use crate::dialog::Modal;
use crate::editor::dialogs::language_options;
use crate::editor::fields::SelectField;
use crate::time::{new_id, now};
use leptos::prelude::*;
use safar_core::template::map_type_name;
use safar_core::{Document, Language, MapType, StageSet, Template};

/// The new-map form; `on_create` receives the new map.
#[component]
pub fn NewMapDialog(open: RwSignal<bool>, on_create: Callback<Document>) -> impl IntoView {
    let set = RwSignal::new("six-stages".to_owned());
    let map_type = RwSignal::new("CurrentState".to_owned());
    let language = RwSignal::new("en".to_owned());
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let stage_set = StageSet::from_key(&set.get_untracked());
        let map_type = MapType::ALL.into_iter().find(|t| format!("{t:?}") == map_type.get_untracked()).unwrap_or(MapType::CurrentState);
        let language = Language::from_tag(&language.get_untracked()).unwrap_or(Language::English);
        let journey = match stage_set {
            Some(stage_set) => Template::new(stage_set, map_type).build(language, new_id("map"), &now()),
            None => safar_core::template::blank(map_type, language, new_id("map"), &now()),
        };
        open.set(false);
        on_create.run(Document { journey, personas: Vec::new() });
    };
    view! {
        <Modal open=open title="New map" name="new-map">
            <form on:submit=create class="form-grid">
                <fieldset class="choices">
                    <legend>"Stages"</legend>
                    {StageSet::ALL.into_iter().map(|s| {
                        let names = s.stages(Language::English).join(", ");
                        view! {
                            <label class="choice">
                                <input type="radio" name="stage-set" value=s.key() prop:checked=move || set.get() == s.key()
                                    on:change=move |_| set.set(s.key().to_owned())/>
                                <span><strong>{s.name(Language::English)}</strong> <span class="hint">{names}</span></span>
                            </label>
                        }
                    }).collect_view()}
                    <label class="choice">
                        <input type="radio" name="stage-set" value="blank" prop:checked=move || set.get() == "blank"
                            on:change=move |_| set.set("blank".to_owned())/>
                        <span><strong>"Blank"</strong> <span class="hint">"One stage; add your own"</span></span>
                    </label>
                </fieldset>
                <fieldset class="choices">
                    <legend>"Map type"</legend>
                    {MapType::ALL.into_iter().map(|t| {
                        let key = format!("{t:?}");
                        let key2 = key.clone();
                        view! {
                            <label class="choice">
                                <input type="radio" name="map-type" value=key.clone() prop:checked=move || map_type.get() == key
                                    on:change=move |_| map_type.set(key2.clone())/>
                                <span>{map_type_name(t, Language::English)}</span>
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
                <SelectField id="new-map-language".into() label="Language of the map" options=language_options()
                    value=language on_change=move |v: String| language.set(v)/>
                <div class="editor-actions">
                    <button type="submit" class="button primary">"Start the map"</button>
                    <button type="button" class="button quiet" on:click=move |_| open.set(false)>"Cancel"</button>
                </div>
            </form>
        </Modal>
    }
}
