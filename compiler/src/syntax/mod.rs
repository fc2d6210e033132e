//! This module implements Go syntax: tokens (logos), the lexer with
//! automatic semicolon insertion, the lalrpop grammar, the syntax tree and
//! its stable text dump.

pub mod ast;
mod context;
mod decl_helpers;
mod directives;
mod dump;
mod error;
mod helpers;
pub mod lexer;
pub mod literal;
mod messages;
mod parse;
pub mod printer;
mod scan;
mod stmt_helpers;
pub mod token;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, unused_parens, unused_imports, dead_code)]
    grammar,
    "/syntax/grammar.rs"
);

pub use dump::dump;
pub use error::LexErrorKind;
pub use parse::parse_file;

/// One line per token, inserted semicolons marked: the lexer's snapshot
/// form. Lexical errors follow the tokens.
pub fn dump_tokens(file: crate::source::FileId, src: &str) -> String {
    use std::fmt::Write;
    let lexed = lexer::lex(src);
    let mut out = String::new();
    for (l, t, r) in &lexed.tokens {
        let text = &src[*l..*r];
        let _ = match t {
            token::Tok::Semi(token::SemiKind::Explicit) => writeln!(out, "{l}..{r} ;"),
            token::Tok::Semi(kind) => writeln!(out, "{l}..{r} ; (auto, {kind:?})"),
            _ => writeln!(out, "{l}..{r} {} {text}", token_kind(t)),
        };
    }
    for e in &lexed.errors {
        let _ = writeln!(out, "error: {}", e.to_diagnostic(file, src).message);
    }
    out
}

fn token_kind(t: &token::Tok<'_>) -> String {
    let s = format!("{t:?}");
    s.split('(').next().unwrap_or("").to_string()
}
