//! This module implements Go syntax: tokens (logos), the lexer with
//! automatic semicolon insertion, the lalrpop grammar, the syntax tree and
//! its stable text dump.

pub mod ast;
mod error;
mod helpers;
pub mod lexer;
pub mod literal;
mod printer;
mod scan;
mod stmt_helpers;
pub mod token;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, unused_parens, unused_imports, dead_code)]
    grammar,
    "/syntax/grammar.rs"
);
mod shim;
pub use shim::{dump, parse_file};
