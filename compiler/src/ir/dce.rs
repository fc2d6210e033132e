//! This module implements dead function elimination: every standard
//! package a program imports is lowered whole, and most of it is never
//! called. A function is live when the program entry, the Rust runtime
//! (package runtime's functions) or a method table (an interface may call
//! any method of a type that reaches one) refers to it, or when a live
//! function calls it or takes it as a func value or code address. A dead
//! function's body becomes a single trap, so Cranelift spends nothing on
//! it and function indices stay valid.

use super::{Abi, Block, Callee, Inst, Module, Rvalue, Terminator};

/// Empties every unreachable function of `m`; returns how many.
pub fn remove_dead_functions(m: &mut Module) -> usize {
    let live = live_functions(m);
    let mut removed = 0;
    for (f, live) in m.funcs.iter_mut().zip(live) {
        if live || f.abi != Abi::Go || f.blocks.is_empty() {
            continue;
        }
        f.blocks = vec![Block {
            insts: Vec::new(),
            term: Terminator::Unreachable,
        }];
        removed += 1;
    }
    removed
}

fn live_functions(m: &Module) -> Vec<bool> {
    let mut live = vec![false; m.funcs.len()];
    let mut work: Vec<u32> = Vec::new();
    for (i, f) in m.funcs.iter().enumerate() {
        if f.abi != Abi::Go || f.symbol.starts_with("runtime.") {
            mark(i as u32, &mut live, &mut work);
        }
    }
    for entry in m.method_tables.values().flatten() {
        mark(entry.ifn, &mut live, &mut work);
    }
    while let Some(i) = work.pop() {
        for inst in m.funcs[i as usize].blocks.iter().flat_map(|b| &b.insts) {
            match inst {
                Inst::Call {
                    callee: Callee::Func(c),
                    ..
                }
                | Inst::Assign(_, Rvalue::FuncValue(c) | Rvalue::CodeAddr(c)) => {
                    mark(*c, &mut live, &mut work)
                }
                _ => {}
            }
        }
    }
    live
}

fn mark(i: u32, live: &mut [bool], work: &mut Vec<u32>) {
    if !live[i as usize] {
        live[i as usize] = true;
        work.push(i);
    }
}
