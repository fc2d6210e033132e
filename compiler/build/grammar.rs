//! Runs lalrpop on src/syntax/grammar.lalrpop.

pub fn build() {}
