//! How much of the browser's storage the library takes, with a warning well before it runs out.

use super::SharedLibrary;
use safar_view::i18n::{use_i18n, Message};
use safar_store::storage::{QUOTA_BYTES, WARN_AT};
use safar_view::t;
use leptos::prelude::*;



#[component]
pub fn StorageUse() -> impl IntoView {
    let i18n = use_i18n();
    let shared = expect_context::<SharedLibrary>();
    // The meter is where the user looks for room, so the room is measured when it shows (after
    // the first paint: the probe writes a megabyte), not whenever the library opens.
    set_timeout(move || if shared.is_open() { shared.measure_room() }, std::time::Duration::ZERO);
    view! {
        <div class="storage-use">
            <label for="storage-meter">
                {t!(i18n, "library-storage-used", used = Message::size(shared.usage.get() as u64), quota = Message::size(QUOTA_BYTES as u64))}
            </label>
            <meter id="storage-meter" min="0" max=QUOTA_BYTES.to_string() high=((QUOTA_BYTES as f64) * WARN_AT).to_string()
                value=move || shared.usage.get().to_string()></meter>
            {move || shared.nearly_full().then(|| view! {
                <p class="notice warning" role="alert">
                    {t!(i18n, "library-storage-nearly-full", free = Message::size(1_000_000))}
                </p>
            })}
        </div>
    }
}
