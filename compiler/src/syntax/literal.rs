//! This module implements decoding of rune and string literals as written
//! in the source into their values, for the checker and for import paths.
//! Go strings are byte sequences: `\xff` or `\377` stand for a single byte,
//! not a character, so strings decode to `Vec<u8>`. Carriage returns are
//! removed from raw strings, as the specification says.

use super::error::LexErrorKind;

/// Decodes a string literal (interpreted or raw, with its quotes).
pub fn unquote_string(raw: &str) -> Result<Vec<u8>, LexErrorKind> {
    if let Some(body) = raw.strip_prefix('`') {
        let body = body
            .strip_suffix('`')
            .ok_or(LexErrorKind::StringNotTerminated)?;
        return Ok(body.bytes().filter(|&b| b != b'\r').collect());
    }
    let body = raw
        .strip_prefix('"')
        .and_then(|b| b.strip_suffix('"'))
        .ok_or(LexErrorKind::StringNotTerminated)?;
    let mut out = Vec::with_capacity(body.len());
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            let mut buf = [0; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        match escape(&mut chars, '"')? {
            Unit::Byte(b) => out.push(b),
            Unit::Char(c) => {
                let mut buf = [0; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
    Ok(out)
}

/// Decodes a rune literal (with its quotes) into its code point.
pub fn unquote_char(raw: &str) -> Result<u32, LexErrorKind> {
    let body = raw
        .strip_prefix('\'')
        .and_then(|b| b.strip_suffix('\''))
        .ok_or(LexErrorKind::RuneNotTerminated)?;
    let mut chars = body.chars();
    let value = match chars.next() {
        None => return Err(LexErrorKind::EmptyRune),
        Some('\\') => match escape(&mut chars, '\'')? {
            Unit::Byte(b) => b as u32,
            Unit::Char(c) => c as u32,
        },
        Some(c) => c as u32,
    };
    match chars.next() {
        None => Ok(value),
        Some(_) => Err(LexErrorKind::RuneTooLong),
    }
}

/// One decoded escape: `\x` and octal escapes give a byte, the others a
/// character.
enum Unit {
    Byte(u8),
    Char(char),
}

fn escape(chars: &mut std::str::Chars, quote: char) -> Result<Unit, LexErrorKind> {
    let c = chars.next().ok_or(LexErrorKind::UnknownEscape)?;
    let simple = match c {
        'a' => Some('\x07'),
        'b' => Some('\x08'),
        'f' => Some('\x0c'),
        'n' => Some('\n'),
        'r' => Some('\r'),
        't' => Some('\t'),
        'v' => Some('\x0b'),
        '\\' => Some('\\'),
        c if c == quote => Some(c),
        _ => None,
    };
    if let Some(s) = simple {
        return Ok(Unit::Char(s));
    }
    match c {
        '0'..='7' => {
            let rest = digits(chars, 8, 2)?;
            let v = (c as u32 - '0' as u32) * 64 + rest;
            u8::try_from(v)
                .map(Unit::Byte)
                .map_err(|_| LexErrorKind::OctalEscapeTooBig(v))
        }
        'x' => Ok(Unit::Byte(digits(chars, 16, 2)? as u8)),
        'u' => code_point(digits(chars, 16, 4)?),
        'U' => code_point(digits(chars, 16, 8)?),
        _ => Err(LexErrorKind::UnknownEscape),
    }
}

fn digits(chars: &mut std::str::Chars, base: u32, n: usize) -> Result<u32, LexErrorKind> {
    let mut v: u32 = 0;
    for _ in 0..n {
        let c = chars.next().ok_or(LexErrorKind::UnknownEscape)?;
        let d = c.to_digit(base).ok_or(LexErrorKind::InvalidEscapeChar(
            c,
            if base == 8 { "octal" } else { "hexadecimal" },
        ))?;
        v = v.wrapping_mul(base).wrapping_add(d);
    }
    Ok(v)
}

fn code_point(v: u32) -> Result<Unit, LexErrorKind> {
    char::from_u32(v)
        .map(Unit::Char)
        .ok_or(LexErrorKind::InvalidCodePoint(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_decode_to_bytes() {
        assert_eq!(
            unquote_string(r#""a\n\x41\377\u00e9""#).unwrap(),
            b"a\nA\xff\xc3\xa9"
        );
        assert_eq!(unquote_string("`a\r\nb`").unwrap(), b"a\nb");
        assert_eq!(unquote_string(r#""\q""#), Err(LexErrorKind::UnknownEscape));
    }

    #[test]
    fn runes_decode_to_code_points() {
        assert_eq!(unquote_char(r"'\''").unwrap(), 39);
        assert_eq!(unquote_char(r"'\U0001F600'").unwrap(), 0x1F600);
        assert_eq!(unquote_char("'é'").unwrap(), 0xE9);
        assert_eq!(unquote_char("'ab'"), Err(LexErrorKind::RuneTooLong));
    }
}
