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
            Err(()) if token::invalid_char(&mut raw) => Tok::Ident(&src[span.clone()]),
            Err(()) => continue,
        };
        let tok = match tok {
            Tok::Newline | Tok::Comment(true) if nlsemi => Tok::Semi(SemiKind::Newline),
            Tok::Newline | Tok::Comment(_) => continue,
            Tok::Number(kind) => number_token(kind, raw.slice()),
            tok => tok,
        };
        nlsemi = tok.ends_statement();
        // Pieces of one identifier around a character logos rejected.
        if let (Some(last), Tok::Ident(_)) = (tokens.last_mut(), tok)
            && matches!(last.1, Tok::Ident(_))
            && last.2 == span.start
        {
            last.1 = Tok::Ident(&src[last.0..span.end]);
            last.2 = span.end;
            continue;
        }
        tokens.push((span.start, tok, span.end));
    }
    raw.extras.extend(bom_errors(src));
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

/// gc reports every byte order mark but one that starts the file, even in
/// comments and literals.
fn bom_errors(src: &str) -> impl Iterator<Item = LexError> + '_ {
    src.match_indices('\u{FEFF}')
        .filter(|(at, _)| *at > 0)
        .map(|(offset, _)| LexError {
            offset,
            kind: super::error::LexErrorKind::BomInMiddle,
        })
}
