//! Reviews. The seeds advise reviewing a journey map every few months and after each release;
//! a map records its last review and when the next is due, and the library says which maps are
//! due. Dates are `YYYY-MM-DD`; the arithmetic is the proleptic Gregorian calendar's.

use crate::date::is_date;

/// How long after a review the next one falls due, when the user does not say.
pub const DEFAULT_INTERVAL_DAYS: i64 = 91;

/// Where a map stands against its next review.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReviewStatus {
    /// No next review date is set.
    Unscheduled,
    /// Due in this many days (0: today).
    Upcoming(i64),
    /// This many days past the date.
    Overdue(i64),
}

/// The status on `today` of a map whose next review is `next`.
pub fn status(next: Option<&str>, today: &str) -> ReviewStatus {
    match (next.and_then(day_number), day_number(today)) {
        (Some(next), Some(today)) if next >= today => ReviewStatus::Upcoming(next - today),
        (Some(next), Some(today)) => ReviewStatus::Overdue(today - next),
        _ => ReviewStatus::Unscheduled,
    }
}

/// The date `days` after `date`.
pub fn add_days(date: &str, days: i64) -> Option<String> {
    day_number(date).map(|n| from_day_number(n + days))
}

/// Days since 1970-01-01 (negative before it), after Howard Hinnant's `days_from_civil`.
pub fn day_number(date: &str) -> Option<i64> {
    if !is_date(date) {
        return None;
    }
    let year: i64 = date[0..4].parse().ok()?;
    let month: i64 = date[5..7].parse().ok()?;
    let day: i64 = date[8..10].parse().ok()?;
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The date of a day number, the inverse of [`day_number`].
pub fn from_day_number(n: i64) -> String {
    let z = n + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn statuses() {
        assert_eq!(status(Some("2026-12-01"), "2026-11-23"), ReviewStatus::Upcoming(8));
        assert_eq!(status(Some("2026-11-23"), "2026-11-23"), ReviewStatus::Upcoming(0));
        assert_eq!(status(Some("2026-02-01"), "2026-03-01"), ReviewStatus::Overdue(28));
        assert_eq!(status(None, "2026-11-23"), ReviewStatus::Unscheduled);
        assert_eq!(status(Some("soon"), "2026-11-23"), ReviewStatus::Unscheduled);
    }

    #[test]
    fn dates_add_up() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(add_days("2026-11-23", DEFAULT_INTERVAL_DAYS).as_deref(), Some("2027-02-22"));
        assert_eq!(add_days("2024-02-28", 1).as_deref(), Some("2024-02-29"));
        assert_eq!(add_days("2023-02-28", 1).as_deref(), Some("2023-03-01"));
    }

    proptest! {
        #[test]
        fn day_numbers_round_trip(n in -200_000i64..2_000_000) {
            let date = from_day_number(n);
            prop_assert!(is_date(&date), "{}", date);
            prop_assert_eq!(day_number(&date), Some(n));
        }
    }
}
