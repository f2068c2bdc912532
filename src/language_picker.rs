//! The interface language picker in the app bar, and the digits Arabic is written with.

use safar_view::i18n::use_i18n;
use safar_view::t;
use leptos::prelude::*;
use safar_core::Language;
use safar_i18n::{endonym, Digits, Locale};

#[component]
pub fn LanguagePicker() -> impl IntoView {
    let i18n = use_i18n();
    let choose_language = move |ev: leptos::ev::Event| {
        if let Some(language) = Language::from_tag(&event_target_value(&ev)) {
            i18n.set(Locale::new(language));
        }
    };
    let choose_digits = move |ev: leptos::ev::Event| {
        if let Some(digits) = Digits::from_numbering_system(&event_target_value(&ev)) {
            i18n.set(i18n.locale().with_digits(digits));
        }
    };
    let digit_choices = move || Locale::digit_choices(i18n.language());
    view! {
        <div class="language-picker">
            <label>
                <span>{t!(i18n, "app-language")}</span>
                <select on:change=choose_language prop:value=move || i18n.language().tag()>
                    {Language::ALL.iter().map(|&language| view! {
                        <option value=language.tag() lang=language.tag() selected=move || i18n.language() == language>
                            {endonym(language)}
                        </option>
                    }).collect_view()}
                </select>
            </label>
            <Show when=move || { digit_choices().len() > 1 }>
                <label>
                    <span>{t!(i18n, "app-digits")}</span>
                    <select on:change=choose_digits prop:value=move || i18n.locale().digits.numbering_system()>
                        {move || digit_choices().iter().map(|&digits| view! {
                            <option value=digits.numbering_system() selected=move || i18n.locale().digits == digits>
                                {Locale { digits, ..i18n.locale() }.digits_in("0123456789")}
                            </option>
                        }).collect_view()}
                    </select>
                </label>
            </Show>
        </div>
    }
}
