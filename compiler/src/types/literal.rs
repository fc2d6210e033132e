//! This module implements the values of literals: integers in every base
//! with `_` separators, and (via the lexer's decoders) runes and strings.

/// The value of an integer literal, or `None` if it overflows 128 bits.
pub fn int_value(raw: &str) -> Option<i128> {
    let digits: String = raw.chars().filter(|&c| c != '_').collect();
    let lower = digits.to_ascii_lowercase();
    let (radix, body) = if let Some(b) = lower.strip_prefix("0x") {
        (16, b)
    } else if let Some(b) = lower.strip_prefix("0b") {
        (2, b)
    } else if let Some(b) = lower.strip_prefix("0o") {
        (8, b)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (8, &lower[1..])
    } else {
        (10, lower.as_str())
    };
    i128::from_str_radix(body, radix).ok()
}

pub fn char_value(raw: &str) -> Option<i128> {
    crate::syntax::literal::unquote_char(raw)
        .ok()
        .map(|c| c as i128)
}

pub fn string_value(raw: &str) -> Option<Vec<u8>> {
    crate::syntax::literal::unquote_string(raw).ok()
}

#[cfg(test)]
mod tests {
    use super::int_value;

    #[test]
    fn every_base() {
        assert_eq!(int_value("42"), Some(42));
        assert_eq!(int_value("0x_FF"), Some(255));
        assert_eq!(int_value("0b1010"), Some(10));
        assert_eq!(int_value("0o17"), Some(15));
        assert_eq!(int_value("017"), Some(15));
        assert_eq!(int_value("1_000_000"), Some(1_000_000));
        assert_eq!(int_value("0"), Some(0));
    }
}
