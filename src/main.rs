//! The browser entry point: mounts the app.

fn main() {
    console_error_panic_hook::set_once();
    // Benchmarks read these two marks: wasm started, and the map is in the DOM (mounting renders
    // synchronously, so it is there when `mount_to_body` returns).
    mark("safar:start");
    leptos::mount::mount_to_body(safar::app::App);
    mark("safar:first-render");
}

fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
