//! This module implements lowering from the typed tree to the IR. The
//! `Builder` holds the function under construction and the current block;
//! expr.rs, ops.rs, stmt.rs, builtins.rs and iface.rs add one method per
//! construct. Typed-tree local `LocalId(i)` becomes IR `Local(i)`;
//! temporaries are appended after them.

mod builtins;
mod expr;
mod iface;
mod ops;
mod stmt;

use super::{
    Block, BlockId, Callee, Function, GlobalDef, Inst, Local, Module, Operand, Place, Rvalue,
    Terminator,
};
use crate::diag::Diagnostic;
use crate::source::Span;
use crate::types::ty::{TypeId, TypeTable};
use crate::types::typed::{self, Program, TargetId};
use std::collections::HashMap;

/// Symbol of the function the runtime calls to run the program.
pub const ENTRY_SYMBOL: &str = "rgo_program_main";

pub fn lower(prog: &Program, tt: &mut TypeTable) -> Result<Module, Vec<Diagnostic>> {
    let mut funcs = Vec::new();
    let mut errors = Vec::new();
    for f in &prog.funcs {
        let mut b = Builder::new(prog, tt, &f.symbol);
        b.lower_func(f);
        errors.append(&mut b.errors);
        funcs.push(b.finish());
    }
    let mut b = Builder::new(prog, tt, ENTRY_SYMBOL);
    b.lower_entry(prog);
    errors.append(&mut b.errors);
    let mut entry = b.finish();
    entry.is_entry = true;
    funcs.push(entry);
    let globals = prog
        .globals
        .iter()
        .map(|g| GlobalDef {
            symbol: g.symbol.clone(),
            ty: g.ty,
        })
        .collect();
    if errors.is_empty() {
        Ok(Module { funcs, globals })
    } else {
        Err(errors)
    }
}

pub(super) struct Builder<'a> {
    pub prog: &'a Program,
    pub tt: &'a mut TypeTable,
    pub f: Function,
    blocks: Vec<(Vec<Inst>, Option<Terminator>)>,
    cur: BlockId,
    /// Break and continue destinations of enclosing loops and switches.
    pub targets: HashMap<TargetId, (BlockId, Option<BlockId>)>,
    pub results: Vec<Local>,
    pub errors: Vec<Diagnostic>,
    /// Where the statement being lowered is, for "not supported" errors.
    pub span: Span,
}

impl<'a> Builder<'a> {
    fn new(prog: &'a Program, tt: &'a mut TypeTable, symbol: &str) -> Builder<'a> {
        Builder {
            prog,
            tt,
            f: Function {
                symbol: symbol.to_string(),
                params: Vec::new(),
                results: Vec::new(),
                locals: Vec::new(),
                blocks: Vec::new(),
                is_entry: false,
            },
            blocks: vec![(Vec::new(), None)],
            cur: BlockId(0),
            targets: HashMap::new(),
            results: Vec::new(),
            errors: Vec::new(),
            span: Span::default(),
        }
    }

    fn lower_func(&mut self, f: &typed::Func) {
        self.span = f.span;
        if f.body.is_none() {
            self.declare_external(f.sig);
            return;
        }
        self.f.locals = f.locals.iter().map(|l| self.norm(l.ty)).collect();
        self.f.params = f.params.iter().map(|l| Local(l.0)).collect();
        self.results = f.results.iter().map(|l| Local(l.0)).collect();
        self.f.results = self
            .results
            .iter()
            .map(|l| self.f.locals[l.0 as usize])
            .collect();
        for l in &f.locals {
            self.check_layout(l.ty);
        }
        let Some(body) = &f.body else { return };
        for r in self.results.clone() {
            let t = self.local_ty(r);
            self.assign(Place::Local(r), Rvalue::Use(Operand::Zero(t)));
        }
        self.block(body);
        let results = self.results.clone();
        self.terminate(Terminator::Return(results));
    }

    /// A function implemented outside Go (in the runtime): only its
    /// signature, taken from its type.
    fn declare_external(&mut self, sig: TypeId) {
        self.blocks.clear();
        let crate::types::ty::Type::Func {
            params, results, ..
        } = self.tt.get(sig).clone()
        else {
            return;
        };
        for t in params {
            let l = self.temp(t);
            self.f.params.push(l);
        }
        self.f.results = results;
    }

    /// The entry function: package initializers, then `main.main`.
    fn lower_entry(&mut self, prog: &Program) {
        for s in &prog.init {
            self.stmt(s);
        }
        if let Some(main) = prog.main {
            self.call(Vec::new(), Callee::Func(main.0), Vec::new());
        }
        self.terminate(Terminator::Return(Vec::new()));
    }

    fn finish(mut self) -> Function {
        self.f.blocks = self
            .blocks
            .into_iter()
            .map(|(insts, term)| Block {
                insts,
                term: term.unwrap_or(Terminator::Unreachable),
            })
            .collect();
        self.f
    }

    /// Untyped types (left on non-constant comparison results) become
    /// their default types.
    pub fn norm(&self, t: TypeId) -> TypeId {
        self.tt.default_type(t)
    }

    pub fn check_layout(&mut self, t: TypeId) -> bool {
        match super::layout::layout(self.tt, t) {
            Ok(_) => true,
            Err(super::layout::Unsupported(what)) => {
                let d = Diagnostic::new(self.span, format!("not supported yet: {what}"));
                if !self.errors.contains(&d) {
                    self.errors.push(d);
                }
                false
            }
        }
    }

    pub fn size_of(&self, t: TypeId) -> u64 {
        super::layout::layout(self.tt, t)
            .map(|l| l.size)
            .unwrap_or(8)
    }

    pub fn align_of(&self, t: TypeId) -> u64 {
        super::layout::layout(self.tt, t)
            .map(|l| l.align)
            .unwrap_or(8)
    }

    /// Whether values of slice type `t` have elements containing pointers
    /// (the collector must scan them).
    pub fn has_pointers(&self, t: TypeId) -> bool {
        use crate::types::ty::Type;
        let elem = match self.tt.get(self.tt.underlying(t)) {
            Type::Slice(e) => *e,
            _ => t,
        };
        !matches!(self.tt.get(self.tt.underlying(elem)), Type::Basic(b) if !b.is_string())
    }

    pub fn unsupported(&mut self, what: &str) {
        self.errors.push(Diagnostic::new(
            self.span,
            format!("not supported yet: {what}"),
        ));
    }

    pub fn local_ty(&self, l: Local) -> TypeId {
        self.f.locals[l.0 as usize]
    }

    pub fn temp(&mut self, t: TypeId) -> Local {
        let t = self.norm(t);
        self.check_layout(t);
        self.f.locals.push(t);
        Local(self.f.locals.len() as u32 - 1)
    }

    pub fn new_block(&mut self) -> BlockId {
        self.blocks.push((Vec::new(), None));
        BlockId(self.blocks.len() as u32 - 1)
    }

    pub fn switch_to(&mut self, b: BlockId) {
        self.cur = b;
    }

    pub fn emit(&mut self, i: Inst) {
        let b = &mut self.blocks[self.cur.0 as usize];
        if b.1.is_none() {
            b.0.push(i);
        }
    }

    /// Ends the current block (if it is not ended yet).
    pub fn terminate(&mut self, t: Terminator) {
        let b = &mut self.blocks[self.cur.0 as usize];
        if b.1.is_none() {
            b.1 = Some(t);
        }
    }

    /// Ends the current block and continues in a fresh one, for code after
    /// `break`, `return` and friends (it is unreachable but still lowered).
    pub fn terminate_and_continue(&mut self, t: Terminator) {
        self.terminate(t);
        let next = self.new_block();
        self.switch_to(next);
    }

    pub fn assign(&mut self, p: Place, r: Rvalue) {
        self.emit(Inst::Assign(p, r));
    }

    /// Evaluates `r` into a new temporary of type `t`.
    pub fn eval(&mut self, t: TypeId, r: Rvalue) -> Operand {
        let l = self.temp(t);
        self.assign(Place::Local(l), r);
        Operand::Copy(Place::Local(l))
    }

    pub fn call(&mut self, dests: Vec<Place>, callee: Callee, args: Vec<Operand>) {
        self.emit(Inst::Call {
            dests,
            callee,
            args,
        });
    }

    /// A runtime call returning one value of type `t`.
    pub fn rt(&mut self, name: &'static str, t: TypeId, args: Vec<Operand>) -> Operand {
        let l = self.temp(t);
        self.call(
            vec![Place::Local(l)],
            Callee::Runtime { name, sret: false },
            args,
        );
        Operand::Copy(Place::Local(l))
    }

    /// A runtime call without results.
    pub fn rt0(&mut self, name: &'static str, args: Vec<Operand>) {
        self.call(Vec::new(), Callee::Runtime { name, sret: false }, args);
    }

    /// A runtime call that never returns (a panic).
    pub fn rt_noreturn(&mut self, name: &'static str, args: Vec<Operand>) {
        self.rt0(name, args);
        self.terminate(Terminator::Unreachable);
    }

    /// Branches on `cond`: the current block continues in the returned
    /// "true" block if `cond` holds, else in the returned "false" block.
    pub fn branch(&mut self, cond: Operand) -> (BlockId, BlockId) {
        let (t, f) = (self.new_block(), self.new_block());
        self.terminate(Terminator::Branch(cond, t, f));
        (t, f)
    }

    /// Calls the panic function `name` with `args` when `fail` holds, and
    /// continues in the success block.
    pub fn guard(&mut self, fail: Operand, name: &'static str, args: Vec<Operand>) {
        let (bad, ok) = self.branch(fail);
        self.switch_to(bad);
        self.rt_noreturn(name, args);
        self.switch_to(ok);
    }

    /// Stores `v` (of type `t`) to memory at `addr`.
    pub fn store(&mut self, addr: Operand, t: TypeId, v: Operand) {
        let a = self.local_of(addr, crate::types::ty::ids::UINTPTR);
        self.assign(Place::Mem { addr: a, ty: t }, Rvalue::Use(v));
    }

    /// Loads a value of type `t` from memory at `addr`.
    pub fn load(&mut self, addr: Operand, t: TypeId) -> Operand {
        let a = self.local_of(addr, crate::types::ty::ids::UINTPTR);
        self.eval(t, Rvalue::Use(Operand::Copy(Place::Mem { addr: a, ty: t })))
    }

    /// A fresh temporary holding the current value of `o` (later stores
    /// to the variable `o` reads do not affect it).
    pub fn snapshot(&mut self, o: Operand, t: TypeId) -> Operand {
        let l = self.temp(t);
        self.assign(Place::Local(l), Rvalue::Use(o));
        Operand::Copy(Place::Local(l))
    }

    /// The operand as a local (copying it into a temporary if needed); a
    /// local operand is returned as is, so it may change later.
    pub fn local_of(&mut self, o: Operand, t: TypeId) -> Local {
        match o {
            Operand::Copy(Place::Local(l)) => l,
            o => {
                let l = self.temp(t);
                self.assign(Place::Local(l), Rvalue::Use(o));
                l
            }
        }
    }
}
