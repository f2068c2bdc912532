//! Time at the browser's edge: now, today, fresh ids, and dates shown to people.

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

/// A stored timestamp or date as people read it, in the user's locale and time zone.
pub fn show_date(stored: &str) -> String {
    if stored.is_empty() {
        return String::new();
    }
    // A bare date is a calendar day, not midnight UTC: read it as local noon so no time zone
    // moves it to another day.
    let text = if stored.len() == 10 { format!("{stored}T12:00:00") } else { stored.to_owned() };
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(&text));
    if date.get_time().is_nan() {
        return stored.to_owned();
    }
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    if stored.len() > 10 {
        let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    }
    date.to_locale_string("en", &options).into()
}

/// Runs `work` between two performance marks and records the measure `name`, which the
/// benchmarks read (bench/). Costs two calls into the browser.
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
