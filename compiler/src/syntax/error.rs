//! This module implements the errors of the syntax stage as data: lexical
//! errors (`LexErrorKind`) and syntax errors (`SyntaxError`). Their `Display`
//! gives gc's exact wording; `to_diagnostic` is the only conversion into the
//! neutral `Diagnostic`.

use crate::diag::Diagnostic;
use crate::source::{FileId, Span};
use std::fmt;

/// A lexical error found inside or between tokens.
#[derive(Clone, Debug, PartialEq)]
pub enum LexErrorKind {
    InvalidChar(char),
    InvalidIdentChar(char),
    IdentStartsWithDigit(char),
    BomInMiddle,
    RadixPoint(&'static str),
    NoDigits(&'static str),
    ExponentNeedsDecimal(char),
    ExponentNeedsHex(char),
    ExponentNoDigits,
    HexMantissaNeedsP,
    InvalidDigit(char, &'static str),
    BadSeparator,
    EmptyRune,
    RuneTooLong,
    NewlineInRune,
    RuneNotTerminated,
    NewlineInString,
    StringNotTerminated,
    CommentNotTerminated,
    UnknownEscape,
    InvalidEscapeChar(char, &'static str),
    OctalEscapeTooBig(u32),
    InvalidCodePoint(u32),
}

/// Formats a character like Go's `%#U`: `U+0040 '@'`.
pub fn go_char(c: char) -> String {
    if c.is_control() {
        format!("U+{:04X}", c as u32)
    } else {
        format!("U+{:04X} '{}'", c as u32, c)
    }
}

/// Formats a character like Go's `%q`.
pub fn go_quote_char(c: char) -> String {
    match c {
        '\'' => "'\\''".to_string(),
        '\\' => "'\\\\'".to_string(),
        '\n' => "'\\n'".to_string(),
        '\t' => "'\\t'".to_string(),
        '\r' => "'\\r'".to_string(),
        c if c.is_control() => format!("'\\x{:02x}'", c as u32),
        c => format!("'{c}'"),
    }
}

impl fmt::Display for LexErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use LexErrorKind::*;
        match self {
            InvalidChar(c) => write!(f, "invalid character {}", go_char(*c)),
            InvalidIdentChar(c) => write!(f, "invalid character {} in identifier", go_char(*c)),
            IdentStartsWithDigit(c) => {
                write!(f, "identifier cannot begin with digit {}", go_char(*c))
            }
            BomInMiddle => write!(f, "invalid BOM in the middle of the file"),
            RadixPoint(b) => write!(f, "invalid radix point in {b} literal"),
            NoDigits(b) => write!(f, "{b} literal has no digits"),
            ExponentNeedsDecimal(c) => {
                write!(
                    f,
                    "{} exponent requires decimal mantissa",
                    go_quote_char(*c)
                )
            }
            ExponentNeedsHex(c) => {
                write!(
                    f,
                    "{} exponent requires hexadecimal mantissa",
                    go_quote_char(*c)
                )
            }
            ExponentNoDigits => write!(f, "exponent has no digits"),
            HexMantissaNeedsP => write!(f, "hexadecimal mantissa requires a 'p' exponent"),
            InvalidDigit(c, b) => write!(f, "invalid digit {} in {b} literal", go_quote_char(*c)),
            BadSeparator => write!(f, "'_' must separate successive digits"),
            EmptyRune => write!(f, "empty rune literal or unescaped '"),
            RuneTooLong => write!(f, "more than one character in rune literal"),
            NewlineInRune => write!(f, "newline in rune literal"),
            RuneNotTerminated => write!(f, "rune literal not terminated"),
            NewlineInString => write!(f, "newline in string"),
            StringNotTerminated => write!(f, "string not terminated"),
            CommentNotTerminated => write!(f, "comment not terminated"),
            UnknownEscape => write!(f, "unknown escape"),
            InvalidEscapeChar(c, b) => {
                write!(f, "invalid character {} in {b} escape", go_quote_char(*c))
            }
            OctalEscapeTooBig(x) => write!(f, "octal escape value {x} > 255"),
            InvalidCodePoint(x) => match char::from_u32(*x) {
                Some(c) => write!(f, "escape is invalid Unicode code point {}", go_char(c)),
                None => write!(f, "escape is invalid Unicode code point U+{x:04X}"),
            },
        }
    }
}

/// A lexical error at a byte offset.
#[derive(Clone, Debug, PartialEq)]
pub struct LexError {
    pub offset: usize,
    pub kind: LexErrorKind,
}

/// A syntax error: where, and the message after `syntax error: ` (or the
/// whole message when `plain` is set, for the few non-syntax parser errors
/// such as "middle index required in 3-index slice").
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub offset: usize,
    pub end: usize,
    pub msg: String,
    pub plain: bool,
    /// The message continues "unexpected X" where X describes the token at
    /// `offset`; the parser driver fills it in from the token stream.
    pub wants_token: bool,
    /// The error belongs at the first token at or after `offset` (e.g.
    /// the operator of an assignment); the driver moves it there.
    pub snap: bool,
}

impl SyntaxError {
    pub fn new(offset: usize, end: usize, msg: impl Into<String>) -> SyntaxError {
        SyntaxError {
            offset,
            end,
            msg: msg.into(),
            plain: false,
            wants_token: false,
            snap: false,
        }
    }

    pub fn at_next_token(self) -> SyntaxError {
        SyntaxError { snap: true, ..self }
    }

    pub fn at_token(self) -> SyntaxError {
        SyntaxError {
            wants_token: true,
            ..self
        }
    }

    pub fn plain(offset: usize, end: usize, msg: impl Into<String>) -> SyntaxError {
        SyntaxError {
            plain: true,
            ..SyntaxError::new(offset, end, msg)
        }
    }
}

impl LexError {
    pub fn to_diagnostic(&self, file: FileId, src: &str) -> Diagnostic {
        let end = next_char_end(src, self.offset);
        Diagnostic::new(Span::new(file, self.offset, end), self.kind.to_string())
    }
}

impl SyntaxError {
    pub fn to_diagnostic(&self, file: FileId) -> Diagnostic {
        let end = self.end.max(self.offset);
        let msg = if self.plain {
            self.msg.clone()
        } else {
            format!("syntax error: {}", self.msg)
        };
        Diagnostic::new(Span::new(file, self.offset, end), msg)
    }
}

fn next_char_end(src: &str, offset: usize) -> usize {
    src.get(offset..)
        .and_then(|s| s.chars().next())
        .map_or(offset, |c| offset + c.len_utf8())
}
