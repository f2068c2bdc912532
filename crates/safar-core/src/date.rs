//! The two date shapes the format stores: calendar dates (`2026-11-23`) for reviews, and UTC
//! timestamps (`2026-11-23T09:30:00Z`) for creation and edits. Plain strings keep files readable;
//! these checks keep them well formed without pulling a calendar library into the wasm.

/// Whether `text` is a valid `YYYY-MM-DD` Gregorian date.
pub fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let (Some(year), Some(month), Some(day)) =
        (number(&text[0..4]), number(&text[5..7]), number(&text[8..10]))
    else {
        return false;
    };
    (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)
}

/// Whether `text` is a UTC timestamp `YYYY-MM-DDTHH:MM:SSZ`, with optional fractional seconds.
pub fn is_timestamp(text: &str) -> bool {
    let Some((date, time)) = text.split_once('T') else {
        return false;
    };
    let Some(time) = time.strip_suffix('Z') else {
        return false;
    };
    let (clock, fraction) = match time.split_once('.') {
        Some((clock, fraction)) => (clock, Some(fraction)),
        None => (time, None),
    };
    if let Some(fraction) = fraction {
        if fraction.is_empty() || fraction.len() > 9 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
    }
    let c = clock.as_bytes();
    if c.len() != 8 || c[2] != b':' || c[5] != b':' {
        return false;
    }
    let (Some(h), Some(m), Some(s)) = (number(&clock[0..2]), number(&clock[3..5]), number(&clock[6..8]))
    else {
        return false;
    };
    is_date(date) && h < 24 && m < 60 && s < 61
}

fn number(digits: &str) -> Option<u32> {
    if digits.bytes().all(|b| b.is_ascii_digit()) {
        digits.parse().ok()
    } else {
        None
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert!(is_date("2026-11-23"));
        assert!(is_date("2024-02-29"));
        assert!(!is_date("2023-02-29"));
        assert!(!is_date("2026-13-01"));
        assert!(!is_date("2026-1-01"));
        assert!(!is_date("۲۰۲۶-۱۱-۲۳"));
        assert!(!is_date(""));
    }

    #[test]
    fn timestamps() {
        assert!(is_timestamp("2026-11-23T09:30:00Z"));
        assert!(is_timestamp("2026-11-23T09:30:00.123Z"));
        assert!(!is_timestamp("2026-11-23T09:30:00"));
        assert!(!is_timestamp("2026-11-23T24:00:00Z"));
        assert!(!is_timestamp("2026-11-23"));
        assert!(!is_timestamp("2026-11-23T09:30:00.Z"));
    }
}
