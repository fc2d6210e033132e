//! This module implements the values of literals: integers in every base
//! with `_` separators, and (via the lexer's decoders) runes and strings.
//! Float and imaginary literals are in number.rs.

use num_bigint::BigInt;

/// The value of an integer literal, or `None` if it is malformed or too
/// long to be a constant (gc's limit is 512 bits).
pub fn int_value(raw: &str) -> Option<BigInt> {
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
    if body.len() > 1000 {
        return None;
    }
    BigInt::parse_bytes(body.as_bytes(), radix)
}

pub fn char_value(raw: &str) -> Option<BigInt> {
    crate::syntax::literal::unquote_char(raw)
        .ok()
        .map(BigInt::from)
}

pub fn string_value(raw: &str) -> Option<Vec<u8>> {
    crate::syntax::literal::unquote_string(raw).ok()
}

#[cfg(test)]
mod tests {
    use super::int_value;

    #[test]
    fn every_base() {
        let v = |s| int_value(s).map(|v| v.to_string());
        assert_eq!(v("42").as_deref(), Some("42"));
        assert_eq!(v("0x_FF").as_deref(), Some("255"));
        assert_eq!(v("0b1010").as_deref(), Some("10"));
        assert_eq!(v("0o17").as_deref(), Some("15"));
        assert_eq!(v("017").as_deref(), Some("15"));
        assert_eq!(v("1_000_000").as_deref(), Some("1000000"));
        assert_eq!(v("0").as_deref(), Some("0"));
        assert_eq!(
            v("0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF").as_deref(),
            Some("87112285931760246646623899502532662132735")
        );
    }
}
