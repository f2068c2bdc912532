//! Numbers as people type them: Latin, Persian (۰-۹) or Arabic-Indic (٠-٩) digits, with a dot,
//! a comma or the Arabic decimal separator (٫).

/// Text that is not a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotANumber;

/// Reads a number typed with any of the digits people use: `42`, `۴۲`, `٤٢`, `3.5`, `۳٫۵`.
/// Empty text is no number at all (`Ok(None)`).
pub fn parse_number(text: &str) -> Result<Option<f64>, NotANumber> {
    let latin: String = text
        .trim()
        .chars()
        .map(|c| match c {
            '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
            '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
            '٫' | ',' => '.',
            '−' => '-',
            other => other,
        })
        // Bidi marks that keep a sign in place in right-to-left text are not part of the number.
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}'))
        .collect();
    if latin.is_empty() {
        return Ok(None);
    }
    latin.parse::<f64>().ok().filter(|v| v.is_finite()).map(Some).ok_or(NotANumber)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_script_of_digits() {
        assert_eq!(parse_number("42"), Ok(Some(42.0)));
        assert_eq!(parse_number("۴۲"), Ok(Some(42.0)));
        assert_eq!(parse_number("٤٢"), Ok(Some(42.0)));
        assert_eq!(parse_number("۳٫۵"), Ok(Some(3.5)));
        assert_eq!(parse_number(" 3,25 "), Ok(Some(3.25)));
        assert_eq!(parse_number("−2"), Ok(Some(-2.0)));
        assert_eq!(parse_number("\u{200E}−۲"), Ok(Some(-2.0)));
        assert_eq!(parse_number(""), Ok(None));
        assert_eq!(parse_number("   "), Ok(None));
        assert_eq!(parse_number("forty"), Err(NotANumber));
        assert_eq!(parse_number("inf"), Err(NotANumber));
        assert_eq!(parse_number("NaN"), Err(NotANumber));
    }
}
