//! rgo: a compiler for Go that produces single static Linux executables.
//!
//! The pipeline is `syntax` (lexer, parser) -> `types` (checker, typed tree)
//! -> `ir` (mid-level IR) -> `codegen` (Cranelift) -> `link` (in-process
//! linking with the embedded runtime and musl). `driver` ties the stages
//! together; it and `link` are the only modules that do I/O.
//! See docs/ARCHITECTURE.md for the code map and invariants.

pub mod codegen;
pub mod diag;
pub mod driver;
pub mod ir;
pub mod line_directive;
pub mod link;
pub mod source;
pub mod stdlib;
pub mod syntax;
pub mod target;
pub mod types;
