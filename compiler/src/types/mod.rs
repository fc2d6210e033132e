//! This module implements the type checker, in the spirit of go/types:
//! it resolves names, computes types, folds constants and reports errors
//! with gc's wording, and produces the typed tree (`typed`) that IR
//! lowering consumes. One file per concern; check.rs is the entry point.

mod assign;
mod binary;
mod body;
mod builtin_numeric;
mod builtin_unsafe;
mod builtins;
mod call;
mod check;
mod compare;
mod composite;
pub mod constant;
mod control;
mod cycles;
mod decl;
mod display;
mod expr;
mod huge;
mod index;
mod initcycle;
mod initorder;
mod labels;
mod literal;
pub mod lookup;
pub mod number;
mod scope;
mod selector;
pub mod sizes;
mod stmt;
mod terminate;
pub mod ty;
pub mod typed;
mod typexpr;
mod universe;
mod untyped;

pub use check::{Checked, PackageSource, check};
