//! This module implements lowering from the typed tree to the IR. The
//! `Builder` holds the function under construction and the current block;
//! the other files add one method per construct: expr.rs (values and
//! calls), place.rs (addressable expressions, bounds and nil checks),
//! ops.rs (operators and conversions), compare.rs (`==` on every
//! comparable type), builtins.rs, iface.rs (interfaces), composite.rs
//! (composite literals, slicing), closure.rs (function literals, method
//! values, generated wrappers), defer.rs (defer, panic, recover), stmt.rs,
//! range.rs and rangefunc.rs (statements).
//!
//! Typed-tree local `LocalId(i)` becomes IR `Local(i)`; temporaries are
//! appended after them. A variable whose address is taken or that a
//! function literal captures is "boxed": it lives in a heap cell, and the
//! IR local of the same number is unused; `boxes` maps it to the local
//! holding the cell's address (escape analysis may later move the cell to
//! the stack).

mod builtins;
mod closure;
mod compare;
mod composite;
mod defer;
mod expr;
mod iface;
mod methods;
mod ops;
mod place;
mod range;
mod rangefunc;
mod scan;
mod stmt;

pub use closure::MethodEntry;

use super::{
    Abi, Block, BlockId, Callee, Function, GlobalDef, Inst, Local, Module, Operand, Place, Rvalue,
    Terminator,
};
use crate::diag::Diagnostic;
use crate::source::Span;
use crate::types::constant::Const;
use crate::types::ty::{TypeId, TypeTable, ids};
use crate::types::typed::{self, LabelId, LocalId, Program, TargetId};
use std::collections::HashMap;

/// Symbol of the function the runtime calls to run the program.
pub const ENTRY_SYMBOL: &str = "rgo_program_main";

/// What lowering of one function shares with the others: functions it
/// generates (wrappers, thunks) and caches of them.
pub(super) struct ModuleCx {
    /// Index the first generated function will get.
    pub base: u32,
    pub extra: Vec<Function>,
    pub errors: Vec<Diagnostic>,
    /// Generated wrappers by a key naming what they wrap.
    pub wrappers: HashMap<String, u32>,
    /// Types converted to interfaces: they need method tables.
    pub dynamic: std::collections::HashSet<TypeId>,
}

impl ModuleCx {
    /// Adds a generated function and returns its index.
    pub fn add(&mut self, f: Function) -> u32 {
        self.extra.push(f);
        self.base + self.extra.len() as u32 - 1
    }
}

pub fn lower(prog: &Program, tt: &mut TypeTable) -> Result<Module, Vec<Diagnostic>> {
    let mut m = ModuleCx {
        base: prog.funcs.len() as u32 + 1,
        extra: Vec::new(),
        errors: Vec::new(),
        wrappers: HashMap::new(),
        dynamic: Default::default(),
    };
    let mut funcs = Vec::new();
    for f in &prog.funcs {
        let mut b = Builder::new(prog, tt, &mut m, &f.symbol);
        b.lower_func(f);
        funcs.push(b.finish());
    }
    let mut b = Builder::new(prog, tt, &mut m, ENTRY_SYMBOL);
    b.f.abi = Abi::Entry;
    b.lower_entry(prog);
    funcs.push(b.finish());
    let mut b = Builder::new(prog, tt, &mut m, "rgo.methods");
    let method_tables = methods::build_tables(&mut b);
    drop(b);
    funcs.append(&mut m.extra);
    let globals = prog
        .globals
        .iter()
        .map(|g| GlobalDef {
            symbol: g.symbol.clone(),
            ty: g.ty,
        })
        .collect();
    if m.errors.is_empty() {
        Ok(Module {
            funcs,
            globals,
            method_tables,
        })
    } else {
        m.errors.dedup();
        Err(m.errors)
    }
}

/// The defer frame of a function with `defer` (see defer.rs).
#[derive(Clone)]
pub(super) struct DeferFrame {
    /// The memory local holding the frame, or with `remote` the local
    /// holding its address (in the body of a range-over-func loop, whose
    /// deferred calls belong to the enclosing function's frame).
    pub frame: Local,
    pub ty: TypeId,
    pub remote: bool,
}

pub(super) struct Builder<'a, 'm> {
    pub prog: &'a Program,
    pub tt: &'a mut TypeTable,
    pub m: &'m mut ModuleCx,
    pub f: Function,
    blocks: Vec<(Vec<Inst>, Option<Terminator>)>,
    cur: BlockId,
    /// Break and continue destinations of enclosing loops and switches.
    pub targets: HashMap<TargetId, (BlockId, Option<BlockId>)>,
    /// The block of each label, created on first use.
    pub labels: HashMap<LabelId, BlockId>,
    /// The result locals (typed-tree numbering).
    pub results: Vec<LocalId>,
    /// Boxed variables: the local holding each one's cell address.
    pub boxes: HashMap<u32, Local>,
    pub defer: Option<DeferFrame>,
    /// Variables that are boxed (each declaration makes a fresh cell).
    pub boxed_decls: std::collections::HashSet<u32>,
    /// How many leading IR locals are the typed tree's locals.
    pub typed_locals: usize,
    /// In the body function of a range-over-func loop: its loop.
    pub rangefunc: Option<rangefunc::BodyCx>,
    /// Where the statement being lowered is, for "not supported" errors.
    pub span: Span,
}

impl<'a, 'm> Builder<'a, 'm> {
    pub fn new(
        prog: &'a Program,
        tt: &'a mut TypeTable,
        m: &'m mut ModuleCx,
        symbol: &str,
    ) -> Builder<'a, 'm> {
        Builder {
            prog,
            tt,
            m,
            f: Function {
                symbol: symbol.to_string(),
                abi: Abi::Go,
                params: Vec::new(),
                ctx: None,
                results: Vec::new(),
                locals: Vec::new(),
                blocks: Vec::new(),
            },
            blocks: vec![(Vec::new(), None)],
            cur: BlockId(0),
            targets: HashMap::new(),
            labels: HashMap::new(),
            results: Vec::new(),
            boxes: HashMap::new(),
            defer: None,
            boxed_decls: Default::default(),
            typed_locals: 0,
            rangefunc: None,
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
        self.typed_locals = self.f.locals.len();
        self.f.params = f.params.iter().map(|l| Local(l.0)).collect();
        self.results = f.results.clone();
        self.f.results = f
            .results
            .iter()
            .map(|l| self.f.locals[l.0 as usize])
            .collect();
        let Some(body) = &f.body else { return };
        let boxed = scan::boxed_locals(self.prog, self.tt, f);
        if !f.captures.is_empty() {
            let ctx = self.temp(ids::UINTPTR);
            self.f.ctx = Some(ctx);
            self.bind_captures(ctx, &f.captures);
        }
        for p in &f.params {
            if boxed.contains(&p.0) {
                self.box_param(p.0);
            }
        }
        self.boxed_decls = boxed.clone();
        if f.has_defer {
            self.setup_defer(f, &boxed);
        } else {
            for r in &f.results {
                if boxed.contains(&r.0) {
                    self.new_box(r.0);
                } else {
                    let t = self.local_ty(Local(r.0));
                    self.assign(Place::Local(Local(r.0)), Rvalue::Use(Operand::Zero(t)));
                }
            }
        }
        self.block(body);
        self.return_current();
    }

    /// A function implemented outside Go (in the runtime): only its
    /// signature, taken from its type.
    fn declare_external(&mut self, sig: TypeId) {
        self.blocks.clear();
        self.f.abi = Abi::External;
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
        self.register_error_constructor(prog);
        for s in &prog.init {
            self.stmt(s);
        }
        if let Some(main) = prog.main {
            self.call(Vec::new(), Callee::Func(main.0), Vec::new());
        }
        self.terminate(Terminator::Return(Vec::new()));
    }

    /// Hands the runtime stdlib/runtime/error.go's `newError`, which it
    /// calls to build the Go values of run-time errors. (The runtime does
    /// not link against it: executables without Go code still link.)
    fn register_error_constructor(&mut self, prog: &Program) {
        let Some(id) = prog
            .funcs
            .iter()
            .position(|f| f.symbol == "runtime.newError")
        else {
            return;
        };
        let addr = self.temp(ids::UINTPTR);
        self.assign(Place::Local(addr), Rvalue::CodeAddr(id as u32));
        self.rt0(
            "rgo_set_error_constructor",
            vec![Operand::Copy(Place::Local(addr))],
        );
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

    pub fn size_of(&self, t: TypeId) -> u64 {
        self.tt.size_of(t)
    }

    pub fn unsupported(&mut self, what: &str) {
        let d = Diagnostic::new(self.span, format!("not supported yet: {what}"));
        if !self.m.errors.contains(&d) {
            self.m.errors.push(d);
        }
    }

    pub fn local_ty(&self, l: Local) -> TypeId {
        self.f.locals[l.0 as usize]
    }

    pub fn temp(&mut self, t: TypeId) -> Local {
        let t = self.norm(t);
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
        let a = self.local_of(addr, ids::UINTPTR);
        self.assign(Place::Mem { addr: a, ty: t }, Rvalue::Use(v));
    }

    /// Loads a value of type `t` from memory at `addr`.
    pub fn load(&mut self, addr: Operand, t: TypeId) -> Operand {
        let a = self.local_of(addr, ids::UINTPTR);
        self.snapshot(Operand::Copy(Place::Mem { addr: a, ty: t }), t)
    }

    /// The memory place at `addr` (evaluated into a local), of type `t`.
    pub fn mem(&mut self, addr: Operand, t: TypeId) -> Place {
        let a = self.local_of(addr, ids::UINTPTR);
        Place::Mem { addr: a, ty: t }
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

    /// An `int` constant operand.
    pub fn int(v: i64) -> Operand {
        Operand::Const(Const::int(v), ids::INT)
    }

    /// The place of a typed-tree variable (its cell when boxed).
    pub fn var(&self, l: LocalId) -> Place {
        match self.boxes.get(&l.0) {
            Some(p) => Place::Mem {
                addr: *p,
                ty: self.f.locals[l.0 as usize],
            },
            None => match &self.defer {
                Some(d) if !d.remote => match self.results.iter().position(|r| *r == l) {
                    Some(i) => Place::Local(d.frame).field(1 + i as u32),
                    None => Place::Local(Local(l.0)),
                },
                _ => Place::Local(Local(l.0)),
            },
        }
    }

    /// Gives variable `l` a fresh heap cell (a boxed variable's
    /// declaration runs this each time it executes).
    pub fn new_box(&mut self, l: u32) {
        let t = self.f.locals[l as usize];
        let p = match self.boxes.get(&l) {
            Some(p) => *p,
            None => {
                let pt = self.tt.pointer(t);
                let p = self.temp(pt);
                self.boxes.insert(l, p);
                p
            }
        };
        self.assign(Place::Local(p), Rvalue::New(t));
        self.after_new_box(l, p);
    }

    /// A boxed parameter: its value moves into a fresh cell at entry.
    fn box_param(&mut self, l: u32) {
        let t = self.f.locals[l as usize];
        let v = Operand::Copy(Place::Local(Local(l)));
        let v = self.snapshot(v, t);
        self.new_box(l);
        let place = self.var(LocalId(l));
        self.assign(place, Rvalue::Use(v));
    }

    /// Returns the current values of the results.
    pub fn return_current(&mut self) {
        if self.rangefunc.is_some() {
            self.exit_body(rangefunc::Exit::Return);
            return;
        }
        if self.defer.is_some() {
            self.defer_return();
            return;
        }
        let mut out = Vec::new();
        for r in self.results.clone() {
            if self.boxes.contains_key(&r.0) {
                let t = self.f.locals[r.0 as usize];
                let v = Operand::Copy(self.var(r));
                let l = self.temp(t);
                self.assign(Place::Local(l), Rvalue::Use(v));
                out.push(l);
            } else {
                out.push(Local(r.0));
            }
        }
        self.terminate_and_continue(Terminator::Return(out));
    }
}
