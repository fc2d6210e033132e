//! This module implements lowering of `defer`, `panic` and `recover`.
//!
//! The mechanism (docs/DEFER.md has the full account): a function with
//! `defer` gets a defer frame, a stack variable whose header the runtime
//! owns (a setjmp buffer and bookkeeping) followed by the function's
//! results, or, for a result a deferred closure captures, the address of
//! its cell. At entry the function saves its registers in the frame
//! (`Terminator::DeferSetup`). Each `defer` statement pushes a closure on
//! the goroutine's defer stack, tagged with the frame. A normal return
//! stores the results, runs the frame's deferred calls
//! (`rgo_defer_return`) and returns the results as they are then. A panic
//! runs deferred calls newest first; when one recovers, the runtime
//! jumps back to the setjmp point of the frame that deferred it, and the
//! recovered path runs the frame's remaining deferred calls and returns
//! the results. The recovered path uses nothing computed before the jump
//! but the frame address the runtime hands back.
//!
//! `defer f(args)` evaluates `f` and the arguments at the statement: a
//! generated thunk closure holds the values and makes the call. `defer
//! func() {...}()` and `defer g()` push the function value itself, so
//! that `recover` inside it is called directly by the deferred call.

use super::{Builder, DeferFrame};
use crate::ir::{Callee, Local, Operand, Place, Rvalue, Terminator};
use crate::types::ty::{Field, Type, TypeId, ids};
use crate::types::typed::{self, Expr, ExprKind, LocalId, LocalInfo};
use std::collections::HashSet;

/// Words of the frame header the runtime owns (runtime/src/defer.rs).
pub const FRAME_HEADER_WORDS: u64 = 32;

impl<'a, 'm> Builder<'a, 'm> {
    /// Sets up the defer frame of function `f` at its entry.
    pub fn setup_defer(&mut self, f: &typed::Func, boxed: &HashSet<u32>) {
        let hdr = self
            .tt
            .intern(Type::Array(FRAME_HEADER_WORDS, ids::UINTPTR));
        let mut fields = vec![frame_field("hdr", hdr)];
        for (i, r) in f.results.iter().enumerate() {
            let t = self.f.locals[r.0 as usize];
            let t = if boxed.contains(&r.0) {
                self.tt.pointer(t)
            } else {
                t
            };
            fields.push(frame_field(&format!("r{i}"), t));
        }
        let ty = self.tt.intern(Type::Struct(fields));
        let frame = self.temp(ty);
        // The header is written by setjmp; only the results start zeroed.
        for i in 0..f.results.len() {
            let slot = Place::Local(frame).field(1 + i as u32);
            let t = self.place_type(&slot);
            self.assign(slot, Rvalue::Use(Operand::Zero(t)));
        }
        self.defer = Some(DeferFrame {
            frame,
            ty,
            remote: false,
        });
        for r in &f.results {
            if boxed.contains(&r.0) {
                self.new_box(r.0);
            }
        }
        let frame_ptr = self.temp(ids::UINTPTR);
        let (next, recovered) = (self.new_block(), self.new_block());
        self.terminate(Terminator::DeferSetup {
            frame,
            frame_ptr,
            next,
            recovered,
        });
        self.switch_to(recovered);
        self.recovered_return(frame_ptr);
        self.switch_to(next);
    }

    /// A boxed result of a function with `defer`: the frame holds its
    /// cell's address, for the recovered path.
    pub fn after_new_box(&mut self, l: u32, p: Local) {
        let Some(d) = self.defer.clone().filter(|d| !d.remote) else {
            return;
        };
        if let Some(i) = self.results.iter().position(|r| r.0 == l) {
            let slot = Place::Local(d.frame).field(1 + i as u32);
            self.assign(slot, Rvalue::Use(Operand::Copy(Place::Local(p))));
        }
    }

    /// The recovered path: the remaining deferred calls, then the results,
    /// all reached through the frame address the runtime gave back.
    fn recovered_return(&mut self, frame_ptr: Local) {
        let d = self.defer.clone().expect("a defer frame");
        self.rt0(
            "rgo_defer_return",
            vec![Operand::Copy(Place::Local(frame_ptr))],
        );
        let frame = Place::Mem {
            addr: frame_ptr,
            ty: d.ty,
        };
        let out = self.frame_results(frame);
        self.terminate(Terminator::Return(out));
    }

    /// The current result values, read from the frame.
    fn frame_results(&mut self, frame: Place) -> Vec<Local> {
        let mut out = Vec::new();
        for (i, r) in self.results.clone().into_iter().enumerate() {
            let t = self.f.locals[r.0 as usize];
            let slot = frame.clone().field(1 + i as u32);
            let v = if self.boxes.contains_key(&r.0) {
                let pt = self.tt.pointer(t);
                let p = self.read(slot, pt);
                let a = self.local_of(p, pt);
                Operand::Copy(Place::Mem { addr: a, ty: t })
            } else {
                Operand::Copy(slot)
            };
            let l = self.temp(t);
            self.assign(Place::Local(l), Rvalue::Use(v));
            out.push(l);
        }
        out
    }

    /// A normal return from a function with `defer`.
    pub fn defer_return(&mut self) {
        let d = self.defer.clone().expect("a defer frame");
        let addr = self.eval(ids::UINTPTR, Rvalue::AddrOf(Place::Local(d.frame)));
        self.rt0("rgo_defer_return", vec![addr]);
        let out = self.frame_results(Place::Local(d.frame));
        self.terminate_and_continue(Terminator::Return(out));
    }

    /// `defer call`.
    pub fn defer_stmt(&mut self, call: &Expr) {
        let Some(d) = self.defer.clone() else {
            self.unsupported("defer outside a function body");
            return;
        };
        let closure = match self.direct_deferred(call) {
            Some(c) => c,
            None => self.defer_thunk(call),
        };
        if d.remote {
            // In a range-over-func body: the enclosing function's frame.
            let addr = Operand::Copy(Place::Local(d.frame));
            self.rt0("rgo_defer_push_outer", vec![addr, closure]);
            return;
        }
        let addr = self.eval(ids::UINTPTR, Rvalue::AddrOf(Place::Local(d.frame)));
        self.rt0("rgo_defer_push", vec![addr, closure]);
    }

    /// `defer g()` and `defer func() {...}()`: the function value itself.
    fn direct_deferred(&mut self, call: &Expr) -> Option<Operand> {
        let ExprKind::Call { func, args, .. } = &call.kind else {
            return None;
        };
        if !args.is_empty() || !matches!(self.tt.under(call.ty), Type::Tuple(ts) if ts.is_empty()) {
            return None;
        }
        match &func.kind {
            ExprKind::Closure(_) | ExprKind::Func(_) | ExprKind::Local(_) | ExprKind::Global(_) => {
                let v = self.expr(func);
                let ft = self.norm(func.ty);
                Some(self.retype(v, ft))
            }
            _ => None,
        }
    }

    /// A closure that makes `call` with operands evaluated now.
    fn defer_thunk(&mut self, call: &Expr) -> Operand {
        let mut values: Vec<(Operand, TypeId)> = Vec::new();
        let body = self.capture_call(call, &mut values);
        let locals: Vec<LocalInfo> = values
            .iter()
            .map(|(_, t)| LocalInfo {
                name: String::new(),
                ty: *t,
            })
            .collect();
        let sym = format!("{}.deferwrap{}", self.f.symbol, self.m.extra.len());
        let thunk = self.lower_thunk(&sym, body, locals);
        self.make_value_closure(thunk, values)
    }

    /// A copy of `call` whose evaluated parts are locals `0..`, with the
    /// values they hold pushed on `values`.
    fn capture_call(&mut self, call: &Expr, values: &mut Vec<(Operand, TypeId)>) -> Expr {
        let keep = |s: &mut Self, e: &Expr, values: &mut Vec<(Operand, TypeId)>| -> Expr {
            let t = s.norm(e.ty);
            let v = s.expr(e);
            let v = s.snapshot(v, t);
            values.push((v, t));
            Expr {
                kind: ExprKind::Local(LocalId(values.len() as u32 - 1)),
                ty: t,
                span: e.span,
            }
        };
        let kind = match &call.kind {
            ExprKind::Call {
                func,
                args,
                tuple_args,
            } => {
                let func = match &func.kind {
                    ExprKind::Func(_) => (**func).clone(),
                    ExprKind::Method { recv, func: m } => Expr {
                        kind: ExprKind::Method {
                            recv: Box::new(keep(self, recv, values)),
                            func: *m,
                        },
                        ..(**func).clone()
                    },
                    ExprKind::IfaceMethod { x, index } => {
                        let kept = keep(self, x, values);
                        // `defer x.M()` panics now when x is nil.
                        let tab = values.last().map(|(v, _)| v.clone());
                        if let Some(v) = tab {
                            let tab = self.eval(ids::UINTPTR, Rvalue::Part(v, 0));
                            self.nil_checked(tab, ids::UINTPTR);
                        }
                        Expr {
                            kind: ExprKind::IfaceMethod {
                                x: Box::new(kept),
                                index: *index,
                            },
                            ..(**func).clone()
                        }
                    }
                    _ => keep(self, func, values),
                };
                let args = if *tuple_args {
                    self.capture_tuple_args(&args[0], func.ty, values)
                } else {
                    args.iter().map(|a| keep(self, a, values)).collect()
                };
                ExprKind::Call {
                    func: Box::new(func),
                    args,
                    tuple_args: false,
                }
            }
            ExprKind::Builtin {
                which,
                args,
                spread,
            } => ExprKind::Builtin {
                which: *which,
                args: args.iter().map(|a| keep(self, a, values)).collect(),
                spread: *spread,
            },
            _ => return call.clone(),
        };
        Expr {
            kind,
            ..call.clone()
        }
    }

    /// `defer f(g())`: g's results, converted to f's parameters.
    fn capture_tuple_args(
        &mut self,
        arg: &Expr,
        fty: TypeId,
        values: &mut Vec<(Operand, TypeId)>,
    ) -> Vec<Expr> {
        let params = match self.tt.under(fty) {
            Type::Func { params, .. } => params,
            _ => Vec::new(),
        };
        let ops = self.tuple_call_args(arg, fty);
        ops.into_iter()
            .zip(params)
            .map(|(v, t)| {
                let v = self.snapshot(v, t);
                values.push((v, t));
                Expr {
                    kind: ExprKind::Local(LocalId(values.len() as u32 - 1)),
                    ty: t,
                    span: arg.span,
                }
            })
            .collect()
    }

    /// Lowers a thunk: a closure body whose locals `0..` are loaded from
    /// its context at entry, then `call`.
    fn lower_thunk(&mut self, sym: &str, call: Expr, locals: Vec<LocalInfo>) -> u32 {
        let n = locals.len();
        let func = typed::Func {
            symbol: sym.to_string(),
            sig: self.tt.intern(Type::Func {
                params: vec![],
                results: vec![],
                variadic: false,
            }),
            params: Vec::new(),
            results: Vec::new(),
            locals,
            body: Some(typed::Block {
                stmts: vec![typed::Stmt {
                    kind: typed::StmtKind::Expr(call),
                    span: self.span,
                }],
            }),
            span: self.span,
            captures: Vec::new(),
            has_defer: false,
            has_recover: false,
        };
        let mut b = Builder::new(self.prog, self.tt, self.m, sym);
        b.span = self.span;
        b.f.locals = func.locals.iter().map(|l| b.norm(l.ty)).collect();
        let ctx = b.temp(ids::UINTPTR);
        b.f.ctx = Some(ctx);
        b.load_values_from_ctx(ctx, n);
        // A deferred call made through this thunk may recover: it counts
        // as called directly by the deferred call.
        let sp = b.eval(ids::UINTPTR, Rvalue::CallerSp);
        let now = b.eval(ids::UINTPTR, Rvalue::StackPointer);
        b.rt0("rgo_defer_wrapper", vec![sp, now]);
        if let Some(body) = &func.body {
            b.block(body);
        }
        b.terminate(Terminator::Return(Vec::new()));
        let f = b.finish();
        self.m.add(f)
    }

    /// `panic(v)` for an interface value `v`.
    pub fn gopanic(&mut self, v: Operand) {
        let t = self.eval(ids::UINTPTR, Rvalue::Part(v.clone(), 0));
        let d = self.eval(ids::UINTPTR, Rvalue::Part(v, 1));
        self.rt_noreturn("rgo_gopanic", vec![t, d]);
        let next = self.new_block();
        self.switch_to(next);
    }

    /// `recover()`: the current panic's value when called directly by a
    /// deferred call, else nil.
    pub fn recover(&mut self) -> Operand {
        let sp = self.eval(ids::UINTPTR, Rvalue::CallerSp);
        let out = self.temp(ids::ANY);
        self.call(
            vec![Place::Local(out)],
            Callee::Runtime {
                name: "rgo_gorecover",
                sret: false,
            },
            vec![sp],
        );
        Operand::Copy(Place::Local(out))
    }
}

fn frame_field(name: &str, ty: TypeId) -> Field {
    Field {
        name: name.to_string(),
        pkg: "rgo".to_string(),
        ty,
        embedded: false,
        tag: None,
    }
}
