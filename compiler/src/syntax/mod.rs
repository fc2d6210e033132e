//! This module implements Go syntax: tokens (logos), the lexer with
//! automatic semicolon insertion, the lalrpop grammar, the syntax tree and
//! its stable text dump.

pub mod ast;
pub mod literal;
