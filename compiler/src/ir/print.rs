//! This module implements the text form of the IR (`rgo build --emit=ir`),
//! one instruction per line, for reading and for snapshot tests.

use super::{Function, Module};
use crate::types::ty::TypeTable;
use std::fmt::Write;

pub fn print_module(m: &Module, tt: &TypeTable) -> String {
    let mut s = String::new();
    for g in &m.globals {
        let _ = writeln!(s, "global {}: {}", g.symbol, tt.display(g.ty));
    }
    for f in &m.funcs {
        print_function(&mut s, f, tt);
    }
    s
}

fn print_function(s: &mut String, f: &Function, tt: &TypeTable) {
    let params: Vec<String> = f.params.iter().map(|p| format!("_{}", p.0)).collect();
    let results: Vec<String> = f.results.iter().map(|t| tt.display(*t)).collect();
    let _ = writeln!(
        s,
        "\nfunc {}({}) ({})",
        f.symbol,
        params.join(", "),
        results.join(", ")
    );
    if f.blocks.is_empty() {
        let _ = writeln!(s, "  external");
        return;
    }
    for (i, t) in f.locals.iter().enumerate() {
        let _ = writeln!(s, "  let _{i}: {}", tt.display(*t));
    }
    for (i, b) in f.blocks.iter().enumerate() {
        let _ = writeln!(s, "bb{i}:");
        for inst in &b.insts {
            let _ = writeln!(s, "  {inst:?}");
        }
        let _ = writeln!(s, "  {:?}", b.term);
    }
}
