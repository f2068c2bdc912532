//! Stored dates as people read them, without a browser: what the site publisher writes into
//! static pages. It follows what the browser's `Intl.DateTimeFormat` shows in the app
//! (`dateStyle: medium`, see [`Locale::intl_tag`]): the Solar Hijri calendar in Persian, the
//! Gregorian calendar otherwise, in the locale's digits. Timestamps are shown as their UTC day,
//! since a static page has no reader's time zone to move them into.

use crate::Locale;
use safar_core::Language;

const ENGLISH_MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"];
const PERSIAN_MONTHS: [&str; 12] =
    ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];

/// `2026-11-20` or `2026-11-20T09:30:00Z` as a day in `locale`: `20 Nov 2026`,
/// `۲۹ آبان ۱۴۰۵`, `٠١‏/٠٩‏/٢٠٢٦`. Text that is no date is returned as it is.
pub fn format_date(stored: &str, locale: Locale) -> String {
    let Some((year, month, day)) = parse_day(stored) else { return stored.to_owned() };
    let text = match locale.language {
        Language::English => format!("{day} {} {year}", ENGLISH_MONTHS[month as usize - 1]),
        Language::Persian => {
            let (year, month, day) = solar_hijri(year, month, day);
            format!("{day} {} {year}", PERSIAN_MONTHS[month as usize - 1])
        }
        // Right-to-left marks keep the day first in a left-to-right run of digits, as Intl does.
        Language::Arabic => format!("{day:02}\u{200f}/{month:02}\u{200f}/{year}"),
    };
    locale.digits_in(&text)
}

/// The calendar day of a stored date or timestamp.
fn parse_day(stored: &str) -> Option<(i64, i64, i64)> {
    let day = stored.get(..10)?;
    if !(safar_core::date::is_date(day) && (stored.len() == 10 || safar_core::date::is_timestamp(stored))) {
        return None;
    }
    Some((day[0..4].parse().ok()?, day[5..7].parse().ok()?, day[8..10].parse().ok()?))
}

/// A Gregorian day in the Solar Hijri calendar, by the 33-year arithmetic cycle that ICU's
/// `persian` calendar also uses; exact for the years people's maps carry.
fn solar_hijri(year: i64, month: i64, day: i64) -> (i64, i64, i64) {
    const BEFORE_MONTH: [i64; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let leap_year = if month > 2 { year + 1 } else { year };
    let mut days = 355_666 + 365 * year + (leap_year + 3) / 4 - (leap_year + 99) / 100 + (leap_year + 399) / 400 + day
        + BEFORE_MONTH[month as usize - 1];
    let mut hijri = -1595 + 33 * (days / 12_053);
    days %= 12_053;
    hijri += 4 * (days / 1461);
    days %= 1461;
    if days > 365 {
        hijri += (days - 1) / 365;
        days = (days - 1) % 365;
    }
    if days < 186 {
        (hijri, 1 + days / 31, 1 + days % 31)
    } else {
        (hijri, 7 + (days - 186) / 30, 1 + (days - 186) % 30)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_in_each_language() {
        assert_eq!(format_date("2026-11-20", Locale::ENGLISH), "20 Nov 2026");
        assert_eq!(format_date("2026-09-01T23:59:59Z", Locale::ENGLISH), "1 Sept 2026");
        assert_eq!(format_date("2026-11-20", Locale::PERSIAN), "۲۹ آبان ۱۴۰۵");
        assert_eq!(format_date("2026-11-20", Locale::ARABIC), "٢٠\u{200f}/١١\u{200f}/٢٠٢٦");
        assert_eq!(format_date("2026-09-01", Locale::ARABIC), "٠١\u{200f}/٠٩\u{200f}/٢٠٢٦");
        assert_eq!(format_date("2026-09-01", Locale::PERSIAN), "۱۰ شهریور ۱۴۰۵");
    }

    #[test]
    fn solar_hijri_new_years_and_leap_days() {
        // Nowruz falls on 20 or 21 March.
        assert_eq!(solar_hijri(2024, 3, 20), (1403, 1, 1));
        assert_eq!(solar_hijri(2025, 3, 21), (1404, 1, 1));
        assert_eq!(solar_hijri(2026, 3, 21), (1405, 1, 1));
        // 1403 is a leap year: its Esfand has 30 days.
        assert_eq!(solar_hijri(2025, 3, 20), (1403, 12, 30));
        assert_eq!(solar_hijri(2000, 1, 1), (1378, 10, 11));
    }

    #[test]
    fn what_is_no_date_stays_as_it_is() {
        for text in ["", "soon", "2026-13-01", "2026-11-20T25:00:00Z", "2026-11-20 09:00"] {
            assert_eq!(format_date(text, Locale::PERSIAN), text);
        }
    }
}
