//! This module implements lowering of statements: declarations (a boxed
//! variable gets a fresh cell each time its declaration runs),
//! assignments with Go's two-phase order (operands first, then stores
//! left to right; a map store happens after the right side is
//! evaluated), if, for (with Go 1.22 per-iteration copies of captured
//! loop variables), expression switches with fallthrough, labels, goto,
//! returns and branches. Range loops are in range.rs.

use super::Builder;
use super::place::Check;
use crate::ir::{BlockId, Local, Operand, Place, Rvalue, Terminator};
use crate::syntax::ast::BinaryOp;
use crate::types::ty::{TypeId, ids};
use crate::types::typed::{
    Block, Case, Expr, ExprKind, LValue, LabelId, LocalId, Stmt, StmtKind, TargetId,
};

/// An assignment destination whose operands are already evaluated.
// Short-lived (one per assignment operand): boxing would cost more than
// the size difference.
#[allow(clippy::large_enum_variant)]
pub enum Dest {
    Place(Place),
    /// A map element: map, key address, value type; the slot is found
    /// when the value is stored.
    MapElem {
        m: Operand,
        desc: Operand,
        key: Operand,
        ty: TypeId,
    },
    Blank,
}

impl<'a, 'm> Builder<'a, 'm> {
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
            StmtKind::VarDecl(l) => self.var_decl(*l),
            StmtKind::Assign { lhs, rhs } => self.assign_stmt(lhs, rhs),
            StmtKind::OpAssign { lhs, op, rhs } => self.op_assign(lhs, *op, rhs),
            StmtKind::Block(b) => self.block(b),
            StmtKind::If { cond, then, els } => self.if_stmt(cond, then, els.as_ref()),
            StmtKind::For {
                target,
                vars,
                cond,
                post,
                body,
            } => self.for_stmt(*target, vars, cond.as_ref(), post.as_deref(), body),
            StmtKind::Range {
                target,
                key,
                value,
                define,
                x,
                body,
            } => {
                let vars = super::range::RangeVars {
                    key: key.as_ref(),
                    value: value.as_ref(),
                    define: *define,
                };
                self.range_stmt(*target, vars, x, body)
            }
            StmtKind::Switch { target, tag, cases } => {
                self.switch_stmt(*target, tag.as_ref(), cases)
            }
            StmtKind::TypeSwitch { target, x, cases } => self.type_switch(*target, x, cases),
            StmtKind::Return(xs) => self.return_stmt(xs),
            StmtKind::Break(t) => match self.targets.get(t) {
                Some(&(dest, _)) => self.terminate_and_continue(Terminator::Goto(dest)),
                None => self.exit_body(super::rangefunc::Exit::Break(*t)),
            },
            StmtKind::Continue(t) => match self.targets.get(t) {
                Some(&(_, dest)) => {
                    let dest = dest.expect("continue targets a loop");
                    self.terminate_and_continue(Terminator::Goto(dest));
                }
                None => self.exit_body(super::rangefunc::Exit::Continue(*t)),
            },
            StmtKind::Defer(call) => self.defer_stmt(call),
            StmtKind::Label(l) => {
                let b = self.label_block(*l);
                self.terminate(Terminator::Goto(b));
                self.switch_to(b);
            }
            StmtKind::Goto(l) => {
                if self
                    .rangefunc
                    .as_ref()
                    .is_some_and(|r| !r.labels.contains(l))
                {
                    self.unsupported("goto out of the body of a range-over-func loop");
                }
                let b = self.label_block(*l);
                self.terminate_and_continue(Terminator::Goto(b));
            }
        }
    }

    fn label_block(&mut self, l: LabelId) -> BlockId {
        match self.labels.get(&l) {
            Some(b) => *b,
            None => {
                let b = self.new_block();
                self.labels.insert(l, b);
                b
            }
        }
    }

    /// `var x T` / `x :=`: the variable is (re)set to zero; a boxed one
    /// gets a fresh cell.
    pub fn var_decl(&mut self, l: LocalId) {
        if self.boxed_decls.contains(&l.0) {
            self.new_box(l.0);
            return;
        }
        let t = self.local_ty(Local(l.0));
        self.assign(Place::Local(Local(l.0)), Rvalue::Use(Operand::Zero(t)));
    }

    /// Evaluates the operands of an assignment destination.
    pub fn dest(&mut self, lv: &LValue) -> Dest {
        match lv {
            LValue::Local(l) => Dest::Place(self.var(*l)),
            LValue::Global(g) => Dest::Place(Place::Global(g.0)),
            LValue::Blank => Dest::Blank,
            LValue::Addr(e) => Dest::Place(self.place(e)),
            LValue::MapIndex { m, key } => {
                let mt = self.norm(m.ty);
                let mv = self.expr(m);
                let mv = self.snapshot_if_place(mv, mt);
                let key = self.key_addr(key);
                let desc = self.eval(ids::UINTPTR, Rvalue::TypeDesc(mt));
                let ty = match self.tt.under(mt) {
                    crate::types::ty::Type::Map(_, v) => v,
                    _ => ids::INT,
                };
                Dest::MapElem {
                    m: mv,
                    desc,
                    key,
                    ty,
                }
            }
        }
    }

    /// The place with the locals its address depends on (pointers,
    /// indexes) copied, so that later assignments to them do not move it.
    fn freeze(&mut self, p: Place) -> Place {
        match p {
            Place::Mem { addr, ty } => {
                let a = self.snapshot_local(addr);
                Place::Mem { addr: a, ty }
            }
            Place::Field(b, i) => Place::Field(Box::new(self.freeze(*b)), i),
            Place::Elem(b, i) => {
                let b = self.freeze(*b);
                let i = self.snapshot_local(i);
                Place::Elem(Box::new(b), i)
            }
            p => p,
        }
    }

    fn snapshot_local(&mut self, l: Local) -> Local {
        let c = self.temp(self.f.locals[l.0 as usize]);
        self.assign(Place::Local(c), Rvalue::Use(Operand::Copy(Place::Local(l))));
        c
    }

    pub fn store_dest(&mut self, d: Dest, v: Operand) {
        match d {
            Dest::Place(p) => self.assign(p, Rvalue::Use(v)),
            Dest::MapElem { m, desc, key, ty } => {
                let slot = self.rt("rgo_mapassign", ids::UINTPTR, vec![desc, m, key]);
                self.store(slot, ty, v);
            }
            Dest::Blank => {}
        }
    }

    fn assign_stmt(&mut self, lhs: &[LValue], rhs: &[Expr]) {
        // In a tuple assignment the pointers and indexes on the left are
        // evaluated before any assignment (`h, h.next = h.next, nil`
        // stores through the old h), and each store's nil or bounds check
        // comes just before it, as in gc.
        let mut checks: Vec<Vec<Check>> = Vec::new();
        let dests: Vec<Dest> = if lhs.len() > 1 {
            lhs.iter()
                .map(|l| {
                    let mut cs = Vec::new();
                    let d = match l {
                        LValue::Addr(e) => {
                            let p = self.place_checks_later(e, &mut cs);
                            Dest::Place(self.freeze(p))
                        }
                        l => match self.dest(l) {
                            Dest::Place(p) => Dest::Place(self.freeze(p)),
                            d => d,
                        },
                    };
                    checks.push(cs);
                    d
                })
                .collect()
        } else {
            lhs.iter().map(|l| self.dest(l)).collect()
        };
        checks.resize_with(dests.len(), Vec::new);
        let values = if rhs.len() == 1 && lhs.len() > 1 {
            let vs = self.multi(&rhs[0]);
            let tys = self.tuple_types(&rhs[0], vs.len());
            vs.into_iter()
                .zip(tys)
                .map(|(v, t)| self.snapshot_if_place(v, t))
                .collect()
        } else {
            // Every value is copied before any store.
            let mut vs = Vec::new();
            for e in rhs {
                let v = self.expr(e);
                let t = self.norm(e.ty);
                vs.push(self.snapshot(v, t));
            }
            vs
        };
        let value_types: Vec<TypeId> = if rhs.len() == 1 && lhs.len() > 1 {
            self.tuple_types(&rhs[0], lhs.len())
        } else {
            rhs.iter().map(|e| self.norm(e.ty)).collect()
        };
        for (((d, v), vt), cs) in dests.into_iter().zip(values).zip(value_types).zip(checks) {
            let v = self.convert_for_dest(&d, v, vt);
            for c in cs {
                self.run_check(c);
            }
            self.store_dest(d, v);
        }
    }

    /// A multi-value result assigned to an interface variable is boxed.
    fn convert_for_dest(&mut self, d: &Dest, v: Operand, vt: TypeId) -> Operand {
        let dt = match d {
            Dest::Place(p) => self.place_type(p),
            Dest::MapElem { ty, .. } => *ty,
            Dest::Blank => return v,
        };
        if self.tt.is_interface(dt) && !self.tt.is_interface(vt) {
            return self.box_value(v, vt, dt);
        }
        if self.tt.is_interface(dt) && dt != vt && !self.empty_iface(vt) {
            return self.box_value(v, vt, dt);
        }
        v
    }

    /// The types of the values of a multi-value expression.
    fn tuple_types(&self, e: &Expr, n: usize) -> Vec<TypeId> {
        match self.tt.get(e.ty) {
            crate::types::ty::Type::Tuple(ts) => ts.iter().map(|t| self.norm(*t)).collect(),
            _ => vec![self.norm(e.ty); n],
        }
    }

    fn op_assign(&mut self, lhs: &LValue, op: BinaryOp, rhs: &Expr) {
        let d = self.dest(lhs);
        let (cur, ty) = match &d {
            Dest::Place(p) => {
                let t = self.place_type(p);
                (self.read(p.clone(), t), t)
            }
            Dest::MapElem { m, desc, key, ty } => {
                let p = self.rt(
                    "rgo_mapaccess1",
                    ids::UINTPTR,
                    vec![desc.clone(), m.clone(), key.clone()],
                );
                (self.load(p, *ty), *ty)
            }
            Dest::Blank => return,
        };
        let cur_l = self.local_of(cur, ty);
        let cur_e = Expr {
            kind: ExprKind::Local(LocalId(cur_l.0)),
            ty,
            span: rhs.span,
        };
        // The temporary is a plain local: read it directly.
        let saved = self.boxes.remove(&cur_l.0);
        let v = self.binary(op, &cur_e, rhs, ty);
        if let Some(s) = saved {
            self.boxes.insert(cur_l.0, s);
        }
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
        vars: &[LocalId],
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
        // Go 1.22: each iteration has its own loop variables; a captured
        // one is copied into a fresh cell before the post statement.
        for l in vars {
            if self.boxed_decls.contains(&l.0) {
                self.rebox(l.0);
            }
        }
        if let Some(p) = post {
            self.stmt(p);
        }
        self.terminate(Terminator::Goto(head));
        self.switch_to(exit);
    }

    /// Moves a boxed variable's current value into a fresh cell.
    pub fn rebox(&mut self, l: u32) {
        let t = self.f.locals[l as usize];
        let v = Operand::Copy(self.var(LocalId(l)));
        let v = self.snapshot(v, t);
        self.new_box(l);
        let p = self.var(LocalId(l));
        self.assign(p, Rvalue::Use(v));
    }

    /// The blocks of a loop: header, body, continue point and exit. The
    /// current block jumps to the header, where lowering continues.
    pub fn loop_blocks(&mut self) -> (BlockId, BlockId, BlockId, BlockId) {
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
        let a = Operand::Copy(Place::Local(l));
        let b = self.expr(v);
        let vt = self.norm(v.ty);
        if self.tt.is_interface(ty) && !self.tt.is_interface(vt) {
            let b = self.box_value(b, vt, ty);
            return self.equal_values(a, b, ty);
        }
        self.equal_values(a, b, ty)
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
                let t = self.f.locals[r.0 as usize];
                self.snapshot(v, t)
            })
            .collect();
        for (v, r) in temps.into_iter().zip(&results) {
            let p = self.var(*r);
            self.assign(p, Rvalue::Use(v));
        }
        self.return_current();
    }
}
