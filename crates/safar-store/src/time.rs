//! Time at the browser's edge: now, today, and fresh ids. Dates shown to people: `safar_view::i18n::show_date`.

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
