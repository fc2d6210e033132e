//! This module implements checking of simple statements: blocks, local
//! declarations, expression statements, assignments (`=`, `:=`, `op=`,
//! `++`/`--`), returns, break and continue. Control-flow statements with
//! bodies are in control.rs.

use super::check::Checker;
use super::scope::ObjKind;
use super::ty::{TypeId, ids};
use super::typed::{Block, ExprKind, LValue, Stmt, StmtKind};
use crate::source::Span;
use crate::syntax::ast::{self, AssignOp, BinaryOp};

pub(super) fn st(kind: StmtKind, span: Span) -> Stmt {
    Stmt { kind, span }
}

impl<'a> Checker<'a> {
    /// Checks statements in a new block scope.
    pub(super) fn block_in_scope(&mut self, stmts: &[ast::Stmt]) -> Block {
        self.push_scope();
        let mut out = Vec::new();
        for s in stmts {
            self.stmt(s, &mut out);
        }
        self.pop_scope();
        Block { stmts: out }
    }

    pub(super) fn stmt(&mut self, s: &ast::Stmt, out: &mut Vec<Stmt>) {
        match &s.kind {
            ast::StmtKind::Empty => {}
            ast::StmtKind::Decl(d) => self.local_decl(d, out),
            ast::StmtKind::Expr(e) => self.expr_stmt(e, out),
            ast::StmtKind::IncDec { x, inc } => self.inc_dec(s, x, *inc, out),
            ast::StmtKind::Assign { lhs, op, rhs } => match op {
                AssignOp::Assign => self.assign(s, lhs, rhs, out),
                AssignOp::Define => self.define(s, lhs, rhs, out),
                AssignOp::Op(op) => self.op_assign(s, lhs, *op, rhs, None, out),
            },
            ast::StmtKind::Return(xs) => self.return_stmt(s, xs, out),
            ast::StmtKind::Break(label) => self.branch(s, label.as_ref(), false, out),
            ast::StmtKind::Continue(label) => self.branch(s, label.as_ref(), true, out),
            ast::StmtKind::Block(b) => {
                let b = self.block_in_scope(&b.stmts);
                out.push(st(StmtKind::Block(b), s.span));
            }
            ast::StmtKind::Labeled { label, stmt } => self.labeled(label, stmt, out),
            ast::StmtKind::If { .. } => self.if_stmt(s, out),
            ast::StmtKind::For { .. } => self.for_stmt(s, None, out),
            ast::StmtKind::Range { .. } => self.range_stmt(s, None, out),
            ast::StmtKind::Switch { .. } => self.switch_stmt(s, None, out),
            ast::StmtKind::TypeSwitch { .. } => self.type_switch(s, None, out),
            ast::StmtKind::Fallthrough => self.error(s.span, "fallthrough statement out of place"),
            ast::StmtKind::Go(_) => self.unsupported(s.span, "go statements"),
            ast::StmtKind::Defer(call) => self.defer_stmt(s, call, out),
            ast::StmtKind::Select(_) => self.unsupported(s.span, "select statements"),
            ast::StmtKind::Send { .. } => self.unsupported(s.span, "channel sends"),
            ast::StmtKind::Goto(label) => {
                let id = self.func_ctx().labels.id(&label.name);
                out.push(st(StmtKind::Goto(id), s.span));
            }
        }
    }

    fn local_decl(&mut self, d: &ast::Decl, out: &mut Vec<Stmt>) {
        match d {
            ast::Decl::Var { specs, .. } => {
                for spec in specs {
                    self.local_var_spec(spec, out);
                }
            }
            ast::Decl::Const { specs, .. } => {
                for (si, spec) in specs.iter().enumerate() {
                    for (ni, name) in spec.names.iter().enumerate() {
                        let (kind, _) = self.const_spec_value(specs, si, ni);
                        let obj = self.sc.new_obj(&name.name, kind, name.span);
                        self.declare_in_scope(obj, name);
                    }
                }
            }
            ast::Decl::Type { specs, .. } => {
                for spec in specs {
                    let obj = self
                        .sc
                        .new_obj(&spec.name.name, ObjKind::Invalid, spec.name.span);
                    self.declare_in_scope(obj, &spec.name);
                    self.local_type_spec(obj, spec);
                }
            }
            ast::Decl::Func(f) => self.error(f.span, "function declaration inside a function"),
        }
    }

    fn local_type_spec(&mut self, obj: super::scope::ObjId, spec: &ast::TypeSpec) {
        self.sc.obj_mut(obj).kind = ObjKind::InProgress;
        let kind = super::cycles::PathKind::of_type_spec(spec);
        self.obj_path.push((obj, kind));
        self.type_spec(obj, spec);
        self.obj_path.pop();
        if matches!(self.sc.obj(obj).kind, ObjKind::InProgress) {
            self.sc.obj_mut(obj).kind = ObjKind::Invalid;
        }
    }

    fn local_var_spec(&mut self, spec: &ast::ValueSpec, out: &mut Vec<Stmt>) {
        let (types, rhs) = self.var_spec(spec);
        let mut lhs = Vec::new();
        for (name, ty) in spec.names.iter().zip(types) {
            if name.name == "_" {
                lhs.push(LValue::Blank);
                continue;
            }
            let (l, obj) = self.declare_local(name, ty);
            self.func_ctx().declared.push(obj);
            out.push(st(StmtKind::VarDecl(l), name.span));
            lhs.push(LValue::Local(l));
        }
        if !rhs.is_empty() {
            out.push(st(StmtKind::Assign { lhs, rhs }, spec.span));
        }
    }

    fn expr_stmt(&mut self, e: &ast::Expr, out: &mut Vec<Stmt>) {
        let is_call = matches!(e.kind, ast::ExprKind::Call { .. });
        let x = match self.operand(e) {
            super::expr::Operand::Value(x)
            | super::expr::Operand::NoValue(x)
            | super::expr::Operand::Tuple(x) => x,
            super::expr::Operand::Invalid => return,
            op => {
                self.single(op, e);
                return;
            }
        };
        // A builtin over a call's results (`println(f())`) is a Let.
        let call = match &x.kind {
            ExprKind::Let { body, .. } => body,
            _ => &x,
        };
        let useful_call = is_call
            && matches!(call.kind, ExprKind::Call { .. } | ExprKind::Builtin { .. })
            && !matches!(
                call.kind,
                ExprKind::Builtin {
                    which: super::typed::Builtin::Len
                        | super::typed::Builtin::Cap
                        | super::typed::Builtin::Append,
                    ..
                }
            );
        if !useful_call {
            let d = self.describe(e, &x);
            self.error(e.span, format!("{d} is not used"));
            return;
        }
        out.push(st(StmtKind::Expr(x), e.span));
    }

    /// An assignable operand. Assigning does not count as using a variable.
    pub(super) fn lvalue(&mut self, e: &ast::Expr) -> Option<(LValue, TypeId)> {
        let inner = super::expr::strip_parens(e);
        if let ast::ExprKind::Ident(id) = &inner.kind {
            if id.name == "_" {
                return Some((LValue::Blank, ids::INVALID));
            }
            let obj = self.sc.lookup(self.scope(), &id.name);
            let was_used = obj.map(|o| self.sc.obj(o).used);
            let x = self.value(inner)?;
            if let (Some(o), Some(u)) = (obj, was_used) {
                self.sc.obj_mut(o).used = u;
            }
            return match x.kind {
                ExprKind::Local(l) => Some((LValue::Local(l), x.ty)),
                ExprKind::Global(g) => Some((LValue::Global(g), x.ty)),
                _ => self.not_assignable(e, &x),
            };
        }
        // Assigning to a field of a local struct marks it used, as in gc.
        let x = self.value(inner)?;
        match x.kind {
            ExprKind::MapIndex { m, key, .. } => {
                let ty = x.ty;
                Some((LValue::MapIndex { m, key }, ty))
            }
            _ if self.addressable(&x) => {
                let ty = x.ty;
                Some((LValue::Addr(x), ty))
            }
            _ => self.not_assignable(e, &x),
        }
    }

    fn not_assignable(
        &mut self,
        e: &ast::Expr,
        x: &super::typed::Expr,
    ) -> Option<(LValue, TypeId)> {
        let s = crate::syntax::printer::expr_string(e);
        let msg = match &x.kind {
            ExprKind::Field { x: base, .. } if matches!(base.kind, ExprKind::MapIndex { .. }) => {
                format!("cannot assign to struct field {s} in map")
            }
            _ => format!("cannot assign to {s} (neither addressable nor a map index expression)"),
        };
        self.error(e.span, msg);
        None
    }

    /// `defer f(args)`: the operand must be a call (not of certain
    /// builtins, not a conversion).
    fn defer_stmt(&mut self, s: &ast::Stmt, call: &ast::Expr, out: &mut Vec<Stmt>) {
        let inner = super::expr::strip_parens(call);
        let ast::ExprKind::Call { .. } = inner.kind else {
            self.error(call.span, "expression in defer must be function call");
            self.operand(call);
            return;
        };
        if !std::ptr::eq(inner, call) {
            self.error(call.span, "expression in defer must not be parenthesized");
        }
        let x = match self.operand(inner) {
            super::expr::Operand::Value(x)
            | super::expr::Operand::NoValue(x)
            | super::expr::Operand::Tuple(x) => x,
            _ => return,
        };
        match &x.kind {
            ExprKind::Call { .. } => {}
            ExprKind::Builtin { which, .. } => {
                use super::typed::Builtin::*;
                if matches!(
                    which,
                    Append
                        | Cap
                        | Complex
                        | Imag
                        | Len
                        | Make
                        | New
                        | Real
                        | Min
                        | Max
                        | UnsafeAdd
                        | UnsafeSlice
                        | UnsafeSliceData
                        | UnsafeString
                        | UnsafeStringData
                ) {
                    let s = crate::syntax::printer::expr_string(inner);
                    self.error(call.span, format!("defer discards result of {s}"));
                    return;
                }
            }
            _ => {
                let s = crate::syntax::printer::expr_string(inner);
                self.error(
                    call.span,
                    "defer requires function call, not conversion".to_string(),
                );
                let _ = s;
                return;
            }
        }
        self.func_ctx().has_defer = true;
        out.push(st(StmtKind::Defer(x), s.span));
    }

    fn assign(&mut self, s: &ast::Stmt, lhs: &[ast::Expr], rhs: &[ast::Expr], out: &mut Vec<Stmt>) {
        let mut lvs = Vec::new();
        let mut targets = Vec::new();
        for l in lhs {
            match self.lvalue(l) {
                Some((lv, t)) => {
                    targets.push((!matches!(lv, LValue::Blank)).then_some(t));
                    lvs.push(lv);
                }
                None => {
                    rhs.iter().for_each(|r| {
                        self.operand(r);
                    });
                    return;
                }
            }
        }
        if let Some(r) = self.assign_rhs_each(
            &targets,
            rhs,
            "assignment",
            "assignment to _ identifier",
            s.span,
        ) {
            out.push(st(
                StmtKind::Assign {
                    lhs: lvs,
                    rhs: r.exprs,
                },
                s.span,
            ));
        }
    }

    fn define(&mut self, s: &ast::Stmt, lhs: &[ast::Expr], rhs: &[ast::Expr], out: &mut Vec<Stmt>) {
        let mut names = Vec::new();
        for l in lhs {
            match &l.kind {
                ast::ExprKind::Ident(id) => names.push(id),
                _ => {
                    let x = crate::syntax::printer::expr_string(l);
                    self.error(l.span, format!("non-name {x} on left side of :="));
                    return;
                }
            }
        }
        let scope = self.scope();
        let existing: Vec<_> = names
            .iter()
            .map(|n| {
                (n.name != "_")
                    .then(|| self.sc.lookup_local(scope, &n.name))
                    .flatten()
            })
            .collect();
        let targets: Vec<Option<TypeId>> = existing
            .iter()
            .map(|o| {
                o.and_then(|o| match self.sc.obj(o).kind {
                    ObjKind::Local(_, t, _) => Some(t),
                    _ => None,
                })
            })
            .collect();
        if existing
            .iter()
            .zip(&names)
            .all(|(e, n)| e.is_some() || n.name == "_")
        {
            self.error(s.span, "no new variables on left side of :=");
        }
        let rhs = self.assign_rhs_each(&targets, rhs, "assignment", "assignment", s.span);
        let types = rhs
            .as_ref()
            .map(|r| r.types.clone())
            .unwrap_or_else(|| vec![ids::INVALID; names.len()]);
        let mut lvs = Vec::new();
        for ((n, prev), t) in names.iter().zip(existing).zip(types) {
            let lv = match prev.map(|o| self.sc.obj(o).kind.clone()) {
                _ if n.name == "_" => LValue::Blank,
                Some(ObjKind::Local(l, _, _)) => LValue::Local(l),
                _ => {
                    let (l, obj) = self.declare_local(n, t);
                    self.func_ctx().declared.push(obj);
                    out.push(st(StmtKind::VarDecl(l), n.span));
                    LValue::Local(l)
                }
            };
            lvs.push(lv);
        }
        if let Some(r) = rhs {
            out.push(st(
                StmtKind::Assign {
                    lhs: lvs,
                    rhs: r.exprs,
                },
                s.span,
            ));
        }
    }

    fn op_assign(
        &mut self,
        s: &ast::Stmt,
        lhs: &[ast::Expr],
        op: BinaryOp,
        rhs: &[ast::Expr],
        incdec: Option<&str>,
        out: &mut Vec<Stmt>,
    ) {
        let (Some(l), Some(r), 1, 1) = (lhs.first(), rhs.first(), lhs.len(), rhs.len()) else {
            let o = crate::syntax::printer::binary_op(op);
            self.error(
                s.span,
                format!("assignment operation {o}= requires single-valued expressions"),
            );
            return;
        };
        let Some((lv, lt)) = self.lvalue(l) else {
            return;
        };
        if let Some(o) = incdec
            && !self.tt.pred(lt, |b| b.is_numeric())
            && lt != ids::INVALID
        {
            self.value(l); // an operand of the failed operation: used
            let (x, t) = (crate::syntax::printer::expr_string(l), self.tt.display(lt));
            self.error(
                s.span,
                format!("invalid operation: {x}{o} (non-numeric type {t})"),
            );
            return;
        }
        let synthetic = ast::Expr {
            kind: ast::ExprKind::Binary {
                op,
                x: Box::new(l.clone()),
                y: Box::new(r.clone()),
            },
            span: s.span,
        };
        let result = self.value(&synthetic);
        let Some(result) = result else { return };
        let Some(result) = self.assign_to(result, lt, &synthetic, "assignment") else {
            return;
        };
        let rhs = match result.kind {
            ExprKind::Binary { y, .. } => *y,
            ExprKind::Const(_) => {
                // Both sides constant cannot happen: the left is a variable.
                return;
            }
            _ => return,
        };
        out.push(st(StmtKind::OpAssign { lhs: lv, op, rhs }, s.span));
    }

    fn inc_dec(&mut self, s: &ast::Stmt, x: &ast::Expr, inc: bool, out: &mut Vec<Stmt>) {
        let one = ast::Expr {
            kind: ast::ExprKind::BasicLit {
                kind: ast::LitKind::Int,
                raw: "1".into(),
            },
            span: s.span,
        };
        let (op, o) = if inc {
            (BinaryOp::Add, "++")
        } else {
            (BinaryOp::Sub, "--")
        };
        self.op_assign(
            s,
            std::slice::from_ref(x),
            op,
            std::slice::from_ref(&one),
            Some(o),
            out,
        );
    }

    fn return_stmt(&mut self, s: &ast::Stmt, xs: &[ast::Expr], out: &mut Vec<Stmt>) {
        let f = self.f.as_ref().expect("inside a function");
        let results = f.results.clone();
        if xs.is_empty() && (results.is_empty() || f.named_results) {
            out.push(st(StmtKind::Return(Vec::new()), s.span));
            return;
        }
        if xs.is_empty() {
            let want = self.paren_list(&results);
            self.error(
                s.span,
                format!("not enough return values\n\thave ()\n\twant {want}"),
            );
            return;
        }
        if results.is_empty() {
            let (have, valid) = self.types_summary(xs);
            if !valid {
                return;
            }
            self.error(
                xs[0].span,
                format!("too many return values\n\thave {have}\n\twant ()"),
            );
            return;
        }
        let targets: Vec<_> = results.iter().map(|t| Some(*t)).collect();
        let single_call = xs.len() == 1 && matches!(xs[0].kind, ast::ExprKind::Call { .. });
        let count_ok = xs.len() == results.len() || single_call;
        if !count_ok {
            let (have, valid) = self.types_summary(xs);
            if !valid {
                return;
            }
            let want = self.paren_list(&results);
            // gc points at the first extra value, or at the last one.
            let (which, at) = if xs.len() < results.len() {
                ("not enough", xs[xs.len() - 1].span)
            } else {
                ("too many", xs[results.len()].span)
            };
            self.error(
                at,
                format!("{which} return values\n\thave {have}\n\twant {want}"),
            );
            return;
        }
        if let Some(r) =
            self.assign_rhs_each(&targets, xs, "return statement", "return statement", s.span)
        {
            out.push(st(StmtKind::Return(r.exprs), s.span));
        }
    }

    /// `(int, string)`: a type list as gc shows it in "want".
    fn paren_list(&self, ts: &[TypeId]) -> String {
        let parts: Vec<String> = ts.iter().map(|t| self.tt.display(*t)).collect();
        format!("({})", parts.join(", "))
    }

    fn branch(
        &mut self,
        s: &ast::Stmt,
        label: Option<&ast::Ident>,
        is_continue: bool,
        out: &mut Vec<Stmt>,
    ) {
        let f = self.f.as_ref().expect("inside a function");
        let found = match label {
            Some(l) => f
                .targets
                .iter()
                .rev()
                .find(|t| t.label.as_deref() == Some(&l.name)),
            None => f.targets.iter().rev().find(|t| t.is_loop || !is_continue),
        };
        let target = match (found, label) {
            (Some(t), Some(_)) if is_continue && !t.is_loop => None,
            (t, _) => t.map(|t| t.id),
        };
        let found = found.is_some() || label.is_some_and(|l| f.labels.reached(&l.name));
        let Some(id) = target else {
            let word = if is_continue { "continue" } else { "break" };
            let (span, msg) = match (label, found) {
                (Some(l), true) => (l.span, format!("invalid {word} label {}", l.name)),
                (Some(l), false) => (l.span, format!("{word} label not defined: {}", l.name)),
                (None, _) if is_continue => (s.span, "continue is not in a loop".to_string()),
                (None, _) => (
                    s.span,
                    "break is not in a loop, switch, or select".to_string(),
                ),
            };
            self.error(span, msg);
            return;
        };
        if let Some(l) = label {
            self.mark_label_used(&l.name);
        }
        let kind = if is_continue {
            StmtKind::Continue(id)
        } else {
            StmtKind::Break(id)
        };
        out.push(st(kind, s.span));
    }
}
