//! Time at the browser's edge: now, today, and fresh ids. Dates shown to people: `i18n::show_date`.

/// The current UTC time as the format stores it.
pub fn now() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso
}

/// A fresh id with a readable prefix, such as `card-k3x9q2m1`.
pub fn new_id(prefix: &str) -> safar_core::Id {
    let random = (js_sys::Math::random() * 36f64.powi(8)) as u64;
    let mut digits = String::new();
    let mut n = random;
    for _ in 0..8 {
        digits.push(char::from_digit((n % 36) as u32, 36).unwrap_or('0'));
        n /= 36;
    }
    safar_core::Id::new(format!("{prefix}-{digits}"))
}

/// Today's date in the user's time zone, `YYYY-MM-DD`.
pub fn today() -> String {
    let date = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", date.get_full_year(), date.get_month() + 1, date.get_date())
}

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
