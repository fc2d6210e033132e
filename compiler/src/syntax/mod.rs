//! This module implements Go syntax: tokens (logos), the lexer with
//! automatic semicolon insertion, the lalrpop grammar, the syntax tree and
//! its stable text dump.

pub mod ast;
pub mod literal;
// TEMPORARY until the syntax branch lands.
pub fn parse_file(
    _f: crate::source::FileId,
    _s: &str,
) -> (ast::File, Vec<crate::diag::Diagnostic>) {
    unimplemented!()
}
pub fn dump(_f: &ast::File) -> String {
    String::new()
}
