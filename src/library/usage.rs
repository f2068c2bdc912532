//! How much of the browser's storage the library takes, with a warning well before it runs out.

use super::Shelf;
use crate::storage::{QUOTA_BYTES, WARN_AT};
use leptos::prelude::*;

/// Bytes as people read them.
pub fn show_bytes(bytes: usize) -> String {
    if bytes < 1_000_000 {
        format!("{} KB", (bytes as f64 / 1000.0).ceil() as u64)
    } else {
        format!("{:.1} MB", bytes as f64 / 1_000_000.0)
    }
}

/// Whether the library is close to the browser's limit.
pub fn nearly_full(bytes: usize) -> bool {
    bytes as f64 >= QUOTA_BYTES as f64 * WARN_AT
}

#[component]
pub fn StorageUse() -> impl IntoView {
    let shelf = expect_context::<Shelf>();
    view! {
        <div class="storage-use">
            <label for="storage-meter">
                {move || format!("Storage used: {} of about {} this browser keeps for this site", show_bytes(shelf.usage.get()), show_bytes(QUOTA_BYTES))}
            </label>
            <meter id="storage-meter" min="0" max=QUOTA_BYTES.to_string() high=((QUOTA_BYTES as f64) * WARN_AT).to_string()
                value=move || shelf.usage.get().to_string()></meter>
            {move || (nearly_full(shelf.usage.get()) || shelf.room_low.get()).then(|| view! {
                <p class="notice warning" role="alert">
                    "Storage is nearly full: less than 1 MB of this site's browser storage is free. Export the library to a file, then empty the trash or delete maps and snapshots you no longer need; saving stops when it is full."
                </p>
            })}
        </div>
    }
}
