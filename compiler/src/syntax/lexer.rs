//! This module implements the lexer the parser consumes: it runs the logos
//! scanner, drops comments and white space, inserts semicolons exactly as
//! the Go specification says (after an identifier, a literal, one of the
//! keywords `break continue fallthrough return` or one of `++ -- ) ] }`,
//! when a newline, a block comment spanning lines, or the end of the file
//! follows), and turns number tokens into literal tokens. The result is a
//! vector of `(start, token, end)` triples, the form lalrpop expects.

use super::error::LexError;
use super::scan::NumKind;
use super::token::{self, SemiKind, Tok};
use logos::Logos;

/// A token with its byte range.
pub type Spanned<'a> = (usize, Tok<'a>, usize);

/// The tokens of one file and the lexical errors found on the way.
pub struct Lexed<'a> {
    pub tokens: Vec<Spanned<'a>>,
    pub errors: Vec<LexError>,
}

/// Tokenizes `src`, inserting semicolons.
pub fn lex(src: &str) -> Lexed<'_> {
    let mut raw = Tok::lexer(src);
    let mut tokens: Vec<Spanned<'_>> = Vec::with_capacity(src.len() / 4);
    let mut nlsemi = false;
    while let Some(res) = raw.next() {
        let span = raw.span();
        let tok = match res {
            Ok(tok) => tok,
            Err(()) => {
                if !(span.start == 0 && src.starts_with('\u{FEFF}')) {
                    token::invalid_char(&mut raw);
                }
                continue;
            }
        };
        let tok = match tok {
            Tok::Newline | Tok::Comment(true) if nlsemi => Tok::Semi(SemiKind::Newline),
            Tok::Newline | Tok::Comment(_) => continue,
            Tok::Number(kind) => number_token(kind, raw.slice()),
            tok => tok,
        };
        nlsemi = tok.ends_statement();
        tokens.push((span.start, tok, span.end));
    }
    if nlsemi {
        tokens.push((src.len(), Tok::Semi(SemiKind::Eof), src.len()));
    }
    Lexed {
        tokens,
        errors: raw.extras,
    }
}

fn number_token(kind: NumKind, raw: &str) -> Tok<'_> {
    match kind {
        NumKind::Int => Tok::Int(raw),
        NumKind::Float => Tok::Float(raw),
        NumKind::Imag => Tok::Imag(raw),
    }
}
