//! This module implements lowering of statements: assignments with Go's
//! two-phase order (operands first, then stores left to right), loops,
//! range, expression switches with fallthrough, returns and branches.

use super::Builder;
use crate::ir::{BlockId, Local, Operand, Place, Rvalue, Terminator};
use crate::syntax::ast::BinaryOp;
use crate::types::constant::Const;
use crate::types::ty::{Type, TypeId, ids};
use crate::types::typed::{Block, Case, Expr, LValue, Stmt, StmtKind, TargetId};

/// An assignment destination whose operands are already evaluated.
enum Dest {
    Place(Place),
    Elem { addr: Operand, ty: TypeId },
    Blank,
}

impl<'a> Builder<'a> {
    pub fn block(&mut self, b: &Block) {
        for s in &b.stmts {
            self.stmt(s);
        }
    }

    pub fn stmt(&mut self, s: &Stmt) {
        self.span = s.span;
        match &s.kind {
            StmtKind::Expr(e) => {
                self.multi(e);
            }
            StmtKind::VarDecl(l) => {
                let t = self.local_ty(Local(l.0));
                self.assign(Place::Local(Local(l.0)), Rvalue::Use(Operand::Zero(t)));
            }
            StmtKind::Assign { lhs, rhs } => self.assign_stmt(lhs, rhs),
            StmtKind::OpAssign { lhs, op, rhs } => self.op_assign(lhs, *op, rhs),
            StmtKind::Block(b) => self.block(b),
            StmtKind::If { cond, then, els } => self.if_stmt(cond, then, els.as_ref()),
            StmtKind::For {
                target,
                cond,
                post,
                body,
            } => self.for_stmt(*target, cond.as_ref(), post.as_deref(), body),
            StmtKind::Range {
                target,
                key,
                value,
                x,
                body,
            } => self.range_stmt(*target, key.as_ref(), value.as_ref(), x, body),
            StmtKind::Switch { target, tag, cases } => {
                self.switch_stmt(*target, tag.as_ref(), cases)
            }
            StmtKind::TypeSwitch { target, x, cases } => self.type_switch(*target, x, cases),
            StmtKind::Return(xs) => self.return_stmt(xs),
            StmtKind::Break(t) => {
                let dest = self.targets[t].0;
                self.terminate_and_continue(Terminator::Goto(dest));
            }
            StmtKind::Continue(t) => {
                let dest = self.targets[t].1.expect("continue targets a loop");
                self.terminate_and_continue(Terminator::Goto(dest));
            }
        }
    }

    /// Evaluates the operands of an assignment destination.
    fn dest(&mut self, lv: &LValue) -> Dest {
        match lv {
            LValue::Local(l) => Dest::Place(Place::Local(Local(l.0))),
            LValue::Global(g) => Dest::Place(Place::Global(g.0)),
            LValue::Blank => Dest::Blank,
            LValue::Index { x, index } => {
                let ty = match self.tt.get(self.tt.underlying(x.ty)) {
                    Type::Slice(e) => *e,
                    _ => ids::UINT8,
                };
                let addr = self.elem_addr(x, index);
                Dest::Elem { addr, ty }
            }
        }
    }

    fn store_dest(&mut self, d: Dest, v: Operand) {
        match d {
            Dest::Place(p) => self.assign(p, Rvalue::Use(v)),
            Dest::Elem { addr, ty } => self.store(addr, ty, v),
            Dest::Blank => {}
        }
    }

    fn assign_stmt(&mut self, lhs: &[LValue], rhs: &[Expr]) {
        let dests: Vec<Dest> = lhs.iter().map(|l| self.dest(l)).collect();
        let values = if rhs.len() == 1 && lhs.len() > 1 {
            self.multi(&rhs[0])
        } else if rhs.len() == 1 {
            vec![self.expr(&rhs[0])]
        } else {
            // Parallel assignment: every value is copied before any store.
            let mut vs = Vec::new();
            for e in rhs {
                let v = self.expr(e);
                let t = self.norm(e.ty);
                let l = self.temp(t);
                self.assign(Place::Local(l), Rvalue::Use(v));
                vs.push(Operand::Copy(Place::Local(l)));
            }
            vs
        };
        for (d, v) in dests.into_iter().zip(values) {
            self.store_dest(d, v);
        }
    }

    fn op_assign(&mut self, lhs: &LValue, op: BinaryOp, rhs: &Expr) {
        let d = self.dest(lhs);
        let (cur, ty) = match &d {
            Dest::Place(p) => {
                let t = match p {
                    Place::Local(l) => self.local_ty(*l),
                    _ => self.norm(rhs.ty),
                };
                (Operand::Copy(p.clone()), t)
            }
            Dest::Elem { addr, ty } => (self.load(addr.clone(), *ty), *ty),
            Dest::Blank => return,
        };
        let ty = match lhs {
            LValue::Global(g) => self.prog.globals[g.0 as usize].ty,
            _ => ty,
        };
        let cur_l = self.local_of(cur, ty);
        let cur_e = Expr {
            kind: crate::types::typed::ExprKind::Local(crate::types::typed::LocalId(cur_l.0)),
            ty,
            span: rhs.span,
        };
        let v = self.binary(op, &cur_e, rhs, ty);
        self.store_dest(d, v);
    }

    fn if_stmt(&mut self, cond: &Expr, then: &Block, els: Option<&Block>) {
        let c = self.expr(cond);
        let (t, f) = self.branch(c);
        let done = self.new_block();
        self.switch_to(t);
        self.block(then);
        self.terminate(Terminator::Goto(done));
        self.switch_to(f);
        if let Some(e) = els {
            self.block(e);
        }
        self.terminate(Terminator::Goto(done));
        self.switch_to(done);
    }

    fn for_stmt(
        &mut self,
        target: TargetId,
        cond: Option<&Expr>,
        post: Option<&Stmt>,
        body: &Block,
    ) {
        let (head, body_b, cont, exit) = self.loop_blocks();
        match cond {
            Some(c) => {
                let c = self.expr(c);
                self.terminate(Terminator::Branch(c, body_b, exit));
            }
            None => self.terminate(Terminator::Goto(body_b)),
        }
        self.targets.insert(target, (exit, Some(cont)));
        self.switch_to(body_b);
        self.block(body);
        self.terminate(Terminator::Goto(cont));
        self.switch_to(cont);
        if let Some(p) = post {
            self.stmt(p);
        }
        self.terminate(Terminator::Goto(head));
        self.switch_to(exit);
    }

    /// The blocks of a loop: header, body, continue point and exit. The
    /// current block jumps to the header, where lowering continues.
    fn loop_blocks(&mut self) -> (BlockId, BlockId, BlockId, BlockId) {
        let blocks = (
            self.new_block(),
            self.new_block(),
            self.new_block(),
            self.new_block(),
        );
        self.terminate(Terminator::Goto(blocks.0));
        self.switch_to(blocks.0);
        blocks
    }

    /// `for k, v := range x` over an integer, a slice or a string. The
    /// length (or bound) is evaluated once, before the loop.
    fn range_stmt(
        &mut self,
        target: TargetId,
        key: Option<&LValue>,
        value: Option<&LValue>,
        x: &Expr,
        body: &Block,
    ) {
        let xt = self.norm(x.ty);
        let xv = self.expr(x);
        let xv = self.snapshot(xv, xt);
        let under = self.tt.get(self.tt.underlying(xt)).clone();
        let is_string = matches!(under, Type::Basic(b) if b.is_string());
        let counter_t = if matches!(under, Type::Basic(b) if b.is_integer()) {
            xt
        } else {
            ids::INT
        };
        let n = match under {
            Type::Basic(b) if b.is_integer() => xv.clone(),
            _ => self.eval(ids::INT, Rvalue::Part(xv.clone(), 1)),
        };
        let i = self.temp(counter_t);
        self.assign(Place::Local(i), Rvalue::Use(Operand::Zero(counter_t)));
        let (head, body_b, cont, exit) = self.loop_blocks();
        let iv = Operand::Copy(Place::Local(i));
        let more = self.eval(
            ids::BOOL,
            Rvalue::Binary(BinaryOp::Lt, iv.clone(), n, counter_t),
        );
        self.terminate(Terminator::Branch(more, body_b, exit));
        self.switch_to(body_b);
        let step = Local(self.temp(counter_t).0);
        self.assign(
            Place::Local(step),
            Rvalue::Use(Operand::Const(Const::Int(1), counter_t)),
        );
        if let Some(k) = key {
            let d = self.dest(k);
            self.store_dest(d, iv.clone());
        }
        if is_string {
            self.range_string_value(&xv, &iv, value, step);
        } else if let (Some(v), Type::Slice(elem)) = (value, &under) {
            let ptr = self.eval(ids::UINTPTR, Rvalue::Part(xv.clone(), 0));
            let size = self.size_of(*elem);
            let at = self.eval(ids::UINTPTR, Rvalue::PtrAdd(ptr, iv.clone(), size));
            let val = self.load(at, *elem);
            let d = self.dest(v);
            self.store_dest(d, val);
        }
        self.targets.insert(target, (exit, Some(cont)));
        self.block(body);
        self.terminate(Terminator::Goto(cont));
        self.switch_to(cont);
        let next = self.eval(
            counter_t,
            Rvalue::Binary(
                BinaryOp::Add,
                iv,
                Operand::Copy(Place::Local(step)),
                counter_t,
            ),
        );
        self.assign(Place::Local(i), Rvalue::Use(next));
        self.terminate(Terminator::Goto(head));
        self.switch_to(exit);
    }

    /// Decodes the rune at byte offset `i`; `step` gets its width.
    fn range_string_value(
        &mut self,
        s: &Operand,
        i: &Operand,
        value: Option<&LValue>,
        step: Local,
    ) {
        let p = self.eval(ids::UINTPTR, Rvalue::Part(s.clone(), 0));
        let l = self.eval(ids::INT, Rvalue::Part(s.clone(), 1));
        let r = self.temp(ids::INT);
        let callee = crate::ir::Callee::Runtime {
            name: "rgo_decode_rune",
            sret: false,
        };
        // The runtime returns the rune and the offset of the next one.
        let next = self.temp(ids::INT);
        self.call(
            vec![Place::Local(r), Place::Local(next)],
            callee,
            vec![p, l, i.clone()],
        );
        let next = Operand::Copy(Place::Local(next));
        let width = Rvalue::Binary(BinaryOp::Sub, next, i.clone(), ids::INT);
        self.assign(Place::Local(step), width);
        if let Some(v) = value {
            let rune = self.eval(
                ids::INT32,
                Rvalue::Convert(Operand::Copy(Place::Local(r)), ids::INT32),
            );
            let d = self.dest(v);
            self.store_dest(d, rune);
        }
    }

    /// Cases are tested in order; each body falls into the next body when
    /// it ends in `fallthrough`, else jumps past the switch.
    fn switch_stmt(&mut self, target: TargetId, tag: Option<&Expr>, cases: &[Case]) {
        let tag = tag.map(|t| {
            let ty = self.norm(t.ty);
            let v = self.expr(t);
            let Operand::Copy(Place::Local(l)) = self.snapshot(v, ty) else {
                unreachable!()
            };
            (l, ty)
        });
        let exit = self.new_block();
        self.targets.insert(target, (exit, None));
        let bodies: Vec<BlockId> = cases.iter().map(|_| self.new_block()).collect();
        let default = cases.iter().position(|c| c.values.is_empty());
        for (ci, c) in cases.iter().enumerate() {
            for v in &c.values {
                let hit = self.case_match(tag, v);
                let next = self.new_block();
                self.terminate(Terminator::Branch(hit, bodies[ci], next));
                self.switch_to(next);
            }
        }
        self.terminate(Terminator::Goto(default.map_or(exit, |d| bodies[d])));
        for (ci, c) in cases.iter().enumerate() {
            self.switch_to(bodies[ci]);
            self.block(&c.body);
            let next = if c.fallthrough { bodies[ci + 1] } else { exit };
            self.terminate(Terminator::Goto(next));
        }
        self.switch_to(exit);
    }

    fn case_match(&mut self, tag: Option<(Local, TypeId)>, v: &Expr) -> Operand {
        let Some((l, ty)) = tag else {
            return self.expr(v);
        };
        let tag_e = Expr {
            kind: crate::types::typed::ExprKind::Local(crate::types::typed::LocalId(l.0)),
            ty,
            span: v.span,
        };
        self.binary(BinaryOp::Eq, &tag_e, v, ids::BOOL)
    }

    fn return_stmt(&mut self, xs: &[Expr]) {
        let results = self.results.clone();
        let values = if xs.len() == 1 && results.len() > 1 {
            self.multi(&xs[0])
        } else {
            xs.iter().map(|x| self.expr(x)).collect()
        };
        // Copy first: a result may be read by a later value expression.
        let temps: Vec<Operand> = values
            .into_iter()
            .zip(&results)
            .map(|(v, r)| {
                let t = self.local_ty(*r);
                let l = self.temp(t);
                self.assign(Place::Local(l), Rvalue::Use(v));
                Operand::Copy(Place::Local(l))
            })
            .collect();
        for (v, r) in temps.into_iter().zip(&results) {
            self.assign(Place::Local(*r), Rvalue::Use(v));
        }
        self.terminate_and_continue(Terminator::Return(results));
    }
}
