//! This module implements `for range` over function iterators (Go 1.23),
//! as gc's rewrite does (cmd/compile/internal/rangefunc): the loop body
//! becomes a function, the yield function handed to the iterator.
//!
//! - The body function is lowered with the enclosing function's typed
//!   locals. The variables it uses from outside (scan.rs,
//!   `range_body_free_vars`) are boxed in the enclosing function and their
//!   cells travel in the closure object, so the body shares them by
//!   reference; the results count as used when the body returns.
//! - Each loop has a heap record `{state, next}`. `state` follows gc's
//!   abi.RF_State: the body checks it is READY on entry (else the iterator
//!   misbehaved: `rgo_panic_rangestate`), sets PANIC while it runs, and
//!   sets READY (continue: return true) or DONE (break or leaving the
//!   loop: return false) when it ends. After the iterator returns, PANIC
//!   means it recovered a panic of the body; then the state becomes
//!   EXHAUSTED, so a stored yield called later panics too.
//! - Leaving the body for somewhere outside it (`return`, or `break` and
//!   `continue` of an enclosing statement) stores an `Exit` code in
//!   `next` and returns false; after the iterator returns, the enclosing
//!   function (or the enclosing loop body, which passes it on) dispatches
//!   on `next`. A `return` has already stored the results.
//! - `defer` in the body belongs to the enclosing function: the body gets
//!   the address of that function's defer frame (`DeferFrame::remote`),
//!   and the runtime files the call under that frame.
//! - `goto` out of the body is not supported yet.

use super::range::RangeVars;
use super::{Builder, DeferFrame};
use crate::ir::{Callee, Local, Operand, Place, Rvalue, Terminator};
use crate::syntax::ast::BinaryOp;
use crate::types::constant::Const;
use crate::types::ty::{Field, Type, TypeId, ids};
use crate::types::typed::{Block, Expr, LabelId, StmtKind, TargetId};
use std::collections::HashSet;

/// Loop states, numbered as gc's abi.RF_State (the runtime's
/// `rgo_panic_rangestate` prints the message for each).
const DONE: i64 = 0;
const READY: i64 = 1;
const PANIC: i64 = 2;
const EXHAUSTED: i64 = 3;
const MISSING_PANIC: i64 = 4;

/// A way out of a loop body to a place outside it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Exit {
    Return,
    Break(TargetId),
    Continue(TargetId),
}

impl Exit {
    /// The value of the loop record's `next` (0: no exit).
    fn code(self) -> i64 {
        match self {
            Exit::Return => 1,
            Exit::Break(t) => 2 + 2 * t.0 as i64,
            Exit::Continue(t) => 3 + 2 * t.0 as i64,
        }
    }
}

/// What the body function of a range-over-func loop knows of its loop.
pub struct BodyCx {
    /// The local holding the address of the loop's record.
    rec: Local,
    rec_ty: TypeId,
    /// Labels declared in the body; `goto` to any other leaves the body.
    pub labels: HashSet<LabelId>,
    /// The exits to outside the body it takes, in order of first use.
    exits: Vec<Exit>,
}

/// What a body function is built from.
struct BodySpec<'e> {
    target: TargetId,
    vars: RangeVars<'e>,
    /// The yield function's parameter types.
    params: Vec<TypeId>,
    /// The types of the closure object's values after the code word:
    /// the record, the defer frame (if any), the cells of `free`.
    values: Vec<TypeId>,
    free: Vec<u32>,
    rec_ty: TypeId,
}

impl<'a, 'm> Builder<'a, 'm> {
    /// `for k, v := range f { body }` for a function `f`.
    pub fn range_func(&mut self, target: TargetId, vars: RangeVars, x: &Expr, body: &Block) {
        let ft = self.norm(x.ty);
        let Some((yield_t, params)) = self.yield_signature(ft) else {
            self.unsupported("this range expression");
            return;
        };
        let f = self.expr(x);
        let f = self.snapshot(f, ft);
        let rec_ty = self.record_type();
        let rec_ptr_t = self.tt.pointer(rec_ty);
        let rec = self.temp(rec_ptr_t);
        self.assign(Place::Local(rec), Rvalue::New(rec_ty));
        self.set_state(rec, rec_ty, READY);
        let free = super::scan::range_body_free_vars(
            self.prog,
            &self.results,
            [vars.key, vars.value],
            vars.define,
            body,
        );
        let Some(values) = self.body_values(rec, rec_ptr_t, &free) else {
            return;
        };
        let spec = BodySpec {
            target,
            vars,
            params,
            values: values.iter().map(|(_, t)| *t).collect(),
            free,
            rec_ty,
        };
        let (code, exits) = self.lower_body(spec, body);
        let yield_fn = self.make_value_closure(code, values);
        let yield_fn = self.retype(yield_fn, yield_t);
        let f = self.nil_checked(f, ft);
        self.call(
            Vec::new(),
            Callee::Closure(Operand::Copy(Place::Local(f))),
            vec![yield_fn],
        );
        self.after_iterator(rec, rec_ty, &exits);
    }

    /// The yield function's type and parameter types of iterator type `ft`.
    fn yield_signature(&self, ft: TypeId) -> Option<(TypeId, Vec<TypeId>)> {
        let Type::Func { params, .. } = self.tt.under(ft) else {
            return None;
        };
        let yield_t = *params.first()?;
        match self.tt.under(yield_t) {
            Type::Func { params, .. } => Some((yield_t, params)),
            _ => None,
        }
    }

    /// The loop record: `struct { state, next int }`.
    fn record_type(&mut self) -> TypeId {
        let field = |name: &str| Field {
            name: name.to_string(),
            pkg: "rgo".to_string(),
            ty: ids::INT,
            embedded: false,
            tag: None,
        };
        self.tt
            .intern(Type::Struct(vec![field("state"), field("next")]))
    }

    fn record_field(rec: Local, rec_ty: TypeId, i: u32) -> Place {
        Place::Mem {
            addr: rec,
            ty: rec_ty,
        }
        .field(i)
    }

    fn set_state(&mut self, rec: Local, rec_ty: TypeId, state: i64) {
        let p = Self::record_field(rec, rec_ty, 0);
        self.assign(p, Rvalue::Use(Builder::int(state)));
    }

    /// The values the body's closure object holds: the record, the defer
    /// frame's address, the cells of the free variables.
    fn body_values(
        &mut self,
        rec: Local,
        rec_ptr_t: TypeId,
        free: &[u32],
    ) -> Option<Vec<(Operand, TypeId)>> {
        let mut values = vec![(Operand::Copy(Place::Local(rec)), rec_ptr_t)];
        if let Some(d) = self.defer.clone() {
            let addr = if d.remote {
                Operand::Copy(Place::Local(d.frame))
            } else {
                self.eval(ids::UINTPTR, Rvalue::AddrOf(Place::Local(d.frame)))
            };
            values.push((addr, ids::UINTPTR));
        }
        for &v in free {
            let Some(cell) = self.boxes.get(&v).copied() else {
                self.unsupported("a variable of a range-over-func loop body that is not boxed");
                return None;
            };
            let pt = self.local_ty(cell);
            values.push((Operand::Copy(Place::Local(cell)), pt));
        }
        Some(values)
    }

    /// Lowers the body function; returns it and the exits it takes.
    fn lower_body(&mut self, spec: BodySpec, body: &Block) -> (u32, Vec<Exit>) {
        let sym = format!("{}-range{}", self.f.symbol, self.m.extra.len() + 1);
        let mut b = Builder::new(self.prog, self.tt, self.m, &sym);
        b.span = self.span;
        b.typed_locals = self.typed_locals;
        b.f.locals = self.f.locals[..self.typed_locals].to_vec();
        b.results = self.results.clone();
        b.boxed_decls = self.boxed_decls.clone();
        b.f.params = spec.params.iter().map(|t| b.temp(*t)).collect();
        b.f.results = vec![ids::BOOL];
        let rec = b.bind_body_context(&spec, self.defer.as_ref());
        b.rangefunc = Some(BodyCx {
            rec,
            rec_ty: spec.rec_ty,
            labels: labels_in(body),
            exits: Vec::new(),
        });
        b.enter_body(rec, spec.rec_ty);
        b.bind_iteration_vars(spec.vars);
        let (brk, cont) = (b.new_block(), b.new_block());
        b.targets.insert(spec.target, (brk, Some(cont)));
        b.block(body);
        b.terminate(Terminator::Goto(cont));
        b.switch_to(cont);
        b.set_state(rec, spec.rec_ty, READY);
        b.return_bool(true);
        b.switch_to(brk);
        b.set_state(rec, spec.rec_ty, DONE);
        b.return_bool(false);
        let exits = b.rangefunc.take().map(|r| r.exits).unwrap_or_default();
        let f = b.finish();
        (self.m.add(f), exits)
    }

    /// Loads the closure object's values: the record's address (returned),
    /// the enclosing function's defer frame, the free variables' cells.
    fn bind_body_context(&mut self, spec: &BodySpec, defer: Option<&DeferFrame>) -> Local {
        let ctx = self.temp(ids::UINTPTR);
        self.f.ctx = Some(ctx);
        let obj = self.closure_type(spec.values.iter().copied());
        let mut slots = spec.values.iter().enumerate().map(|(i, t)| {
            let slot = Place::Mem { addr: ctx, ty: obj }.field(1 + i as u32);
            (slot, *t)
        });
        let load = |b: &mut Self, (slot, t): (Place, TypeId)| {
            let l = b.temp(t);
            b.assign(Place::Local(l), Rvalue::Use(Operand::Copy(slot)));
            l
        };
        let rec = load(self, slots.next().expect("the record"));
        if let Some(d) = defer {
            let frame = load(self, slots.next().expect("the frame"));
            self.defer = Some(DeferFrame {
                frame,
                ty: d.ty,
                remote: true,
            });
        }
        for (&v, slot) in spec.free.iter().zip(slots) {
            let cell = load(self, slot);
            self.boxes.insert(v, cell);
        }
        rec
    }

    /// The body's entry: the iterator may call it only when it is READY.
    fn enter_body(&mut self, rec: Local, rec_ty: TypeId) {
        let state = self.read(Self::record_field(rec, rec_ty, 0), ids::INT);
        let bad = self.eval(
            ids::BOOL,
            Rvalue::Binary(BinaryOp::Ne, state.clone(), Builder::int(READY), ids::INT),
        );
        let (fail, ok) = (self.new_block(), self.new_block());
        self.terminate(Terminator::Branch(bad, fail, ok));
        self.switch_to(fail);
        self.rt_noreturn("rgo_panic_rangestate", vec![state]);
        self.switch_to(ok);
        self.set_state(rec, rec_ty, PANIC);
    }

    /// The yield function's parameters become the iteration variables.
    fn bind_iteration_vars(&mut self, vars: RangeVars) {
        self.fresh_iteration_vars(vars);
        let params = self.f.params.clone();
        for (lv, p) in [vars.key, vars.value].into_iter().zip(params) {
            if let Some(lv) = lv {
                let d = self.dest(lv);
                self.store_dest(d, Operand::Copy(Place::Local(p)));
            }
        }
    }

    fn return_bool(&mut self, v: bool) {
        let l = self.temp(ids::BOOL);
        let c = Operand::Const(Const::Bool(v), ids::BOOL);
        self.assign(Place::Local(l), Rvalue::Use(c));
        self.terminate_and_continue(Terminator::Return(vec![l]));
    }

    /// In a body function: leaves the body for `e`, outside it.
    pub fn exit_body(&mut self, e: Exit) {
        let Some(r) = self.rangefunc.as_mut() else {
            self.unsupported("this jump out of a range-over-func loop body");
            return;
        };
        if !r.exits.contains(&e) {
            r.exits.push(e);
        }
        let (rec, rec_ty) = (r.rec, r.rec_ty);
        let next = Self::record_field(rec, rec_ty, 1);
        self.assign(next, Rvalue::Use(Builder::int(e.code())));
        self.set_state(rec, rec_ty, DONE);
        self.return_bool(false);
    }

    /// After the iterator returned: the panic check, then the exits.
    fn after_iterator(&mut self, rec: Local, rec_ty: TypeId, exits: &[Exit]) {
        let state = self.read(Self::record_field(rec, rec_ty, 0), ids::INT);
        let panicked = self.eval(
            ids::BOOL,
            Rvalue::Binary(BinaryOp::Eq, state, Builder::int(PANIC), ids::INT),
        );
        let (fail, ok) = (self.new_block(), self.new_block());
        self.terminate(Terminator::Branch(panicked, fail, ok));
        self.switch_to(fail);
        self.rt_noreturn("rgo_panic_rangestate", vec![Builder::int(MISSING_PANIC)]);
        self.switch_to(ok);
        self.set_state(rec, rec_ty, EXHAUSTED);
        if exits.is_empty() {
            return;
        }
        let next = self.read(Self::record_field(rec, rec_ty, 1), ids::INT);
        let next = self.snapshot(next, ids::INT);
        for &e in exits {
            let taken = self.eval(
                ids::BOOL,
                Rvalue::Binary(BinaryOp::Eq, next.clone(), Builder::int(e.code()), ids::INT),
            );
            let (yes, no) = (self.new_block(), self.new_block());
            self.terminate(Terminator::Branch(taken, yes, no));
            self.switch_to(yes);
            self.take_exit(e);
            self.switch_to(no);
        }
    }

    /// Goes on to where exit `e` leads: a statement of this function, its
    /// return, or (in an enclosing loop body) out of that body in turn.
    fn take_exit(&mut self, e: Exit) {
        let local = match e {
            Exit::Break(t) => self.targets.get(&t).map(|d| d.0),
            Exit::Continue(t) => self.targets.get(&t).and_then(|d| d.1),
            Exit::Return => None,
        };
        match local {
            Some(dest) => self.terminate_and_continue(Terminator::Goto(dest)),
            // In the enclosing function, return_current returns; in an
            // enclosing body, it passes the return on like the others.
            None if e == Exit::Return => self.return_current(),
            None => self.exit_body(e),
        }
    }
}

/// The labels declared anywhere in `body`.
fn labels_in(body: &Block) -> HashSet<LabelId> {
    let mut out = HashSet::new();
    super::scan::walk_stmts(body, &mut |s| {
        if let StmtKind::Label(l) = &s.kind {
            out.insert(*l);
        }
    });
    out
}
