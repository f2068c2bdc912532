//! Performance marks around work the benchmarks time (bench/): `performance.measure` in a
//! browser, nothing natively.

/// Runs `work` between two performance marks and records the measure `name`, which the
/// benchmarks read (bench/). Costs two calls into the browser.
#[cfg(target_arch = "wasm32")]
pub fn measured<R>(name: &str, work: impl FnOnce() -> R) -> R {
    let performance = web_sys::window().and_then(|w| w.performance());
    let start = format!("{name}:start");
    if let Some(p) = &performance {
        let _ = p.mark(&start);
    }
    let result = work();
    if let Some(p) = &performance {
        let _ = p.measure_with_start_mark(name, &start);
    }
    result
}

/// Outside a browser (the site publisher renders the viewer natively) there is nothing to mark.
#[cfg(not(target_arch = "wasm32"))]
pub fn measured<R>(_name: &str, work: impl FnOnce() -> R) -> R {
    work()
}
