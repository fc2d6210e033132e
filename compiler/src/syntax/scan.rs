//! This module implements the hand-written scanners for the tokens whose
//! shape a regular expression cannot check well: numbers, rune and string
//! literals and block comments. Each scanner starts at the first byte of the
//! token, returns its length and reports problems as `LexErrorKind`s at byte
//! offsets relative to the token start, with gc's wording. They follow the
//! Go specification and gc's scanner in which errors they report and where.

use super::error::LexErrorKind;

/// The kind of a number literal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumKind {
    Int,
    Float,
    Imag,
}

/// A scanned token: its length and the errors found inside it.
pub struct Scanned<K> {
    pub len: usize,
    pub kind: K,
    pub errors: Vec<(usize, LexErrorKind)>,
}

/// A cursor over the bytes of one token.
struct Cursor<'a> {
    src: &'a [u8],
    pos: usize,
    errors: Vec<(usize, LexErrorKind)>,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    fn lower(&self) -> u8 {
        self.peek().map_or(0, |c| c | 0x20)
    }

    fn bump(&mut self) {
        self.pos += 1;
    }

    /// Advances over one whole UTF-8 character.
    fn bump_char(&mut self) {
        self.pos += 1;
        while self.peek().is_some_and(|c| c & 0xC0 == 0x80) {
            self.pos += 1;
        }
    }

    fn error(&mut self, at: usize, kind: LexErrorKind) {
        self.errors.push((at, kind));
    }

    /// Skips digits and `_` of `base` (hex digits are accepted for any base
    /// below 16 only up to 9, like gc). Returns bit 0 if a digit was seen,
    /// bit 1 if a separator was seen; records the first invalid digit.
    fn digits(&mut self, base: u32, invalid: &mut Option<usize>) -> u8 {
        let mut digsep = 0;
        while let Some(c) = self.peek() {
            if c == b'_' {
                digsep |= 2;
            } else if c.is_ascii_digit() || (base == 16 && c.is_ascii_hexdigit()) {
                if base < 10 && (c - b'0') as u32 >= base && invalid.is_none() {
                    *invalid = Some(self.pos);
                }
                digsep |= 1;
            } else {
                break;
            }
            self.bump();
        }
        digsep
    }
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        16 => "hexadecimal",
        _ => "decimal",
    }
}

/// Scans a number literal starting with a digit or with `.` and a digit.
pub fn number(src: &str) -> Scanned<NumKind> {
    let mut c = Cursor {
        src: src.as_bytes(),
        pos: 0,
        errors: Vec::new(),
    };
    let mut ok = true;
    let mut kind = NumKind::Int;
    let (mut base, mut prefix) = (10, 0u8);
    let mut digsep = 0;
    let mut invalid = None;
    let mut seen_point = c.peek() == Some(b'.');
    if seen_point {
        c.bump();
    } else {
        if c.peek() == Some(b'0') {
            c.bump();
            match c.lower() {
                b'x' => (base, prefix) = (16, b'x'),
                b'o' => (base, prefix) = (8, b'o'),
                b'b' => (base, prefix) = (2, b'b'),
                _ => (base, prefix, digsep) = (8, b'0', 1),
            }
            if prefix != b'0' {
                c.bump();
            }
        }
        digsep |= c.digits(base, &mut invalid);
        if c.peek() == Some(b'.') {
            if prefix == b'o' || prefix == b'b' {
                c.error(c.pos, LexErrorKind::RadixPoint(base_name(base)));
                ok = false;
            }
            c.bump();
            seen_point = true;
        }
    }
    if seen_point {
        kind = NumKind::Float;
        digsep |= c.digits(base, &mut invalid);
    }
    if digsep & 1 == 0 && ok {
        c.error(c.pos, LexErrorKind::NoDigits(base_name(base)));
        ok = false;
    }
    let e = c.lower();
    if e == b'e' || e == b'p' {
        if ok {
            let ch = c.peek().unwrap_or(b'e') as char;
            if e == b'e' && prefix != 0 && prefix != b'0' {
                c.error(c.pos, LexErrorKind::ExponentNeedsDecimal(ch));
                ok = false;
            } else if e == b'p' && prefix != b'x' {
                c.error(c.pos, LexErrorKind::ExponentNeedsHex(ch));
                ok = false;
            }
        }
        c.bump();
        kind = NumKind::Float;
        if matches!(c.peek(), Some(b'+' | b'-')) {
            c.bump();
        }
        let d = c.digits(10, &mut None);
        digsep = d | (digsep & 2);
        if d & 1 == 0 && ok {
            c.error(c.pos, LexErrorKind::ExponentNoDigits);
            ok = false;
        }
    } else if prefix == b'x' && kind == NumKind::Float && ok {
        c.error(c.pos, LexErrorKind::HexMantissaNeedsP);
        ok = false;
    }
    if c.peek() == Some(b'i') {
        kind = NumKind::Imag;
        c.bump();
    }
    let lit = &src[..c.pos];
    if let (NumKind::Int, Some(i), true) = (kind, invalid, ok) {
        let digit = lit.as_bytes()[i] as char;
        c.error(i, LexErrorKind::InvalidDigit(digit, base_name(base)));
        ok = false;
    }
    if digsep & 2 != 0
        && ok
        && let Some(i) = invalid_sep(lit)
    {
        c.error(i, LexErrorKind::BadSeparator);
    }
    Scanned {
        len: c.pos,
        kind,
        errors: c.errors,
    }
}

/// Returns the index of the first `_` that does not separate two digits.
fn invalid_sep(x: &str) -> Option<usize> {
    let x = x.as_bytes();
    let mut hex = false;
    // `d` classifies the previous byte: b'_', b'0' (a digit) or b'.'.
    let mut d = b'.';
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' && matches!(x[1] | 0x20, b'x' | b'o' | b'b') {
        hex = x[1] | 0x20 == b'x';
        d = b'0';
        i = 2;
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || (hex && d.is_ascii_hexdigit()) {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    (d == b'_').then(|| x.len() - 1)
}

/// Scans an escape sequence after the backslash; reports and returns false
/// on a bad one. EOF inside is left for the caller to report.
fn escape(c: &mut Cursor, quote: u8) -> bool {
    let (n, base, max): (u32, u32, u32) = match c.peek() {
        None => return true,
        Some(q) if q == quote => return bump_true(c),
        Some(b'a' | b'b' | b'f' | b'n' | b'r' | b't' | b'v' | b'\\') => return bump_true(c),
        Some(b'0'..=b'7') => (3, 8, 255),
        Some(b'x') => (2, 16, 255),
        Some(b'u') => (4, 16, 0x10FFFF),
        Some(b'U') => (8, 16, 0x10FFFF),
        Some(_) => {
            c.error(c.pos, LexErrorKind::UnknownEscape);
            return false;
        }
    };
    if base == 16 {
        c.bump();
    }
    let mut x: u32 = 0;
    for _ in 0..n {
        let Some(ch) = c.peek() else { return true };
        let d = (ch as char).to_digit(16).unwrap_or(base);
        if d >= base {
            let bad = char_at(c.src, c.pos);
            c.error(c.pos, LexErrorKind::InvalidEscapeChar(bad, base_name(base)));
            return false;
        }
        x = x.wrapping_mul(base).wrapping_add(d);
        c.bump();
    }
    if x > max && base == 8 {
        c.error(c.pos, LexErrorKind::OctalEscapeTooBig(x));
        return false;
    }
    if x > max || (0xD800..0xE000).contains(&x) {
        c.error(c.pos, LexErrorKind::InvalidCodePoint(x));
        return false;
    }
    true
}

fn bump_true(c: &mut Cursor) -> bool {
    c.bump();
    true
}

fn char_at(src: &[u8], pos: usize) -> char {
    let end = (pos + 4).min(src.len());
    let s = String::from_utf8_lossy(&src[pos..end]);
    s.chars().next().unwrap_or('\u{FFFD}')
}

/// Scans a rune literal starting at `'`.
pub fn rune(src: &str) -> Scanned<()> {
    let mut c = Cursor {
        src: src.as_bytes(),
        pos: 1,
        errors: Vec::new(),
    };
    let mut ok = true;
    let mut n = 0;
    loop {
        match c.peek() {
            Some(b'\'') => {
                if ok && n == 0 {
                    c.error(c.pos, LexErrorKind::EmptyRune);
                } else if ok && n != 1 {
                    c.error(0, LexErrorKind::RuneTooLong);
                }
                c.bump();
                break;
            }
            Some(b'\\') => {
                c.bump();
                ok &= escape(&mut c, b'\'');
            }
            Some(b'\n') => {
                if ok {
                    c.error(c.pos, LexErrorKind::NewlineInRune);
                }
                break;
            }
            None => {
                if ok {
                    c.error(0, LexErrorKind::RuneNotTerminated);
                }
                break;
            }
            Some(_) => c.bump_char(),
        }
        n += 1;
    }
    Scanned {
        len: c.pos,
        kind: (),
        errors: c.errors,
    }
}

/// Scans an interpreted string literal starting at `"`.
pub fn string(src: &str) -> Scanned<()> {
    let mut c = Cursor {
        src: src.as_bytes(),
        pos: 1,
        errors: Vec::new(),
    };
    loop {
        match c.peek() {
            Some(b'"') => {
                c.bump();
                break;
            }
            Some(b'\\') => {
                c.bump();
                escape(&mut c, b'"');
            }
            Some(b'\n') => {
                c.error(c.pos, LexErrorKind::NewlineInString);
                break;
            }
            None => {
                c.error(0, LexErrorKind::StringNotTerminated);
                break;
            }
            Some(_) => c.bump(),
        }
    }
    Scanned {
        len: c.pos,
        kind: (),
        errors: c.errors,
    }
}

/// Scans a raw string literal starting at a backquote.
pub fn raw_string(src: &str) -> Scanned<()> {
    match src[1..].find('`') {
        Some(i) => Scanned {
            len: i + 2,
            kind: (),
            errors: Vec::new(),
        },
        None => Scanned {
            len: src.len(),
            kind: (),
            errors: vec![(0, LexErrorKind::StringNotTerminated)],
        },
    }
}

/// Scans a block comment starting at `/*`; the kind tells whether it
/// contains a newline (then it acts as a newline for semicolons).
pub fn block_comment(src: &str) -> Scanned<bool> {
    let (len, errors) = match src[2..].find("*/") {
        Some(i) => (i + 4, Vec::new()),
        None => (src.len(), vec![(0, LexErrorKind::CommentNotTerminated)]),
    };
    Scanned {
        len,
        kind: src[..len].contains('\n'),
        errors,
    }
}
