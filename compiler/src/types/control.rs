//! This module implements checking of control-flow statements: labels,
//! if, for, range, expression switches and type switches. Each introduces
//! its own scope for its header, and loops and switches are registered as
//! break/continue targets.

use super::check::{Checker, Target};
use super::constant::Const;
use super::expr::mk;
use super::stmt::st;
use super::ty::{Basic, Type, TypeId, ids};
use super::typed::{Block, Case, Expr, ExprKind, LValue, Stmt, StmtKind, TargetId, TypeCase};
use crate::syntax::ast;

impl<'a> Checker<'a> {
    /// A labeled statement: the label is a `goto` target, and names the
    /// loop, switch or select it labels for break/continue. Unused labels
    /// are reported by labels.rs.
    pub(super) fn labeled(&mut self, label: &ast::Ident, stmt: &ast::Stmt, out: &mut Vec<Stmt>) {
        if label.name != "_" {
            let labels = &mut self.func_ctx().labels;
            labels.reach(&label.name);
            let id = labels.id(&label.name);
            out.push(st(StmtKind::Label(id), label.span));
        }
        let l = Some(label);
        match &stmt.kind {
            ast::StmtKind::For { .. } => self.for_stmt(stmt, l, out),
            ast::StmtKind::Range { .. } => self.range_stmt(stmt, l, out),
            ast::StmtKind::Switch { .. } => self.switch_stmt(stmt, l, out),
            ast::StmtKind::TypeSwitch { .. } => self.type_switch(stmt, l, out),
            _ => self.stmt(stmt, out),
        }
    }

    fn push_target(&mut self, label: Option<&ast::Ident>, is_loop: bool) -> TargetId {
        let f = self.func_ctx();
        let id = TargetId(f.next_target);
        f.next_target += 1;
        f.targets.push(Target {
            id,
            label: label.map(|l| l.name.clone()),
            is_loop,
            label_used: false,
        });
        id
    }

    fn pop_target(&mut self, label: Option<&ast::Ident>) {
        self.func_ctx().targets.pop().expect("balanced targets");
        let _ = label;
    }

    pub(super) fn mark_label_used(&mut self, name: &str) {
        let f = self.func_ctx();
        if let Some(t) = f
            .targets
            .iter_mut()
            .rev()
            .find(|t| t.label.as_deref() == Some(name))
        {
            t.label_used = true;
        }
    }

    fn condition(&mut self, e: &ast::Expr, what: &str) -> Option<Expr> {
        let x = self.value(e)?;
        if !self.tt.pred(x.ty, Basic::is_boolean) {
            self.error(e.span, format!("non-boolean condition in {what} statement"));
            return None;
        }
        Some(self.default_value(x))
    }

    fn simple_init(&mut self, init: Option<&ast::Stmt>, out: &mut Vec<Stmt>) {
        if let Some(s) = init {
            self.stmt(s, out);
        }
    }

    pub(super) fn if_stmt(&mut self, s: &ast::Stmt, out: &mut Vec<Stmt>) {
        let ast::StmtKind::If {
            init,
            cond,
            then,
            els,
        } = &s.kind
        else {
            return;
        };
        self.push_scope();
        let mut stmts = Vec::new();
        self.simple_init(init.as_deref(), &mut stmts);
        let c = self.condition(cond, "if");
        let then = self.block_in_scope(&then.stmts);
        let els = els.as_ref().map(|e| {
            let mut v = Vec::new();
            match &e.kind {
                ast::StmtKind::Block(b) => return self.block_in_scope(&b.stmts),
                _ => self.stmt(e, &mut v),
            }
            Block { stmts: v }
        });
        self.pop_scope();
        if let Some(cond) = c {
            stmts.push(st(StmtKind::If { cond, then, els }, s.span));
        }
        out.push(st(StmtKind::Block(Block { stmts }), s.span));
    }

    pub(super) fn for_stmt(
        &mut self,
        s: &ast::Stmt,
        label: Option<&ast::Ident>,
        out: &mut Vec<Stmt>,
    ) {
        let ast::StmtKind::For {
            init,
            cond,
            post,
            body,
        } = &s.kind
        else {
            return;
        };
        self.push_scope();
        let mut stmts = Vec::new();
        self.simple_init(init.as_deref(), &mut stmts);
        let vars: Vec<super::typed::LocalId> = stmts
            .iter()
            .filter_map(|s| match s.kind {
                StmtKind::VarDecl(l) => Some(l),
                _ => None,
            })
            .collect();
        let c = cond.as_ref().map(|c| self.condition(c, "for"));
        let mut post_out = Vec::new();
        if let Some(p) = post {
            self.stmt(p, &mut post_out);
        }
        let target = self.push_target(label, true);
        let body = self.block_in_scope(&body.stmts);
        self.pop_target(label);
        self.pop_scope();
        let post = match post_out.len() {
            0 => None,
            1 => post_out.pop().map(Box::new),
            _ => Some(Box::new(st(
                StmtKind::Block(Block { stmts: post_out }),
                s.span,
            ))),
        };
        // `c` is None without a condition, Some(None) after an error.
        if !matches!(c, Some(None)) {
            let cond = c.flatten().filter(|e| !is_const_true(e));
            stmts.push(st(
                StmtKind::For {
                    target,
                    vars,
                    cond,
                    post,
                    body,
                },
                s.span,
            ));
        }
        out.push(st(StmtKind::Block(Block { stmts }), s.span));
    }

    pub(super) fn range_stmt(
        &mut self,
        s: &ast::Stmt,
        label: Option<&ast::Ident>,
        out: &mut Vec<Stmt>,
    ) {
        let ast::StmtKind::Range {
            key,
            value,
            define,
            x,
            body,
        } = &s.kind
        else {
            return;
        };
        let Some(xv) = self.value(x) else { return };
        let Some((xv, kt, vt)) = self.range_types(x, xv, key.is_some(), value.is_some()) else {
            return;
        };
        self.push_scope();
        let mut stmts = Vec::new();
        let k = self.range_var(key.as_ref(), kt, *define, &mut stmts);
        let v = self.range_var(
            value.as_ref(),
            vt.unwrap_or(ids::INVALID),
            *define,
            &mut stmts,
        );
        let target = self.push_target(label, true);
        let body = self.block_in_scope(&body.stmts);
        self.pop_target(label);
        self.pop_scope();
        let kind = StmtKind::Range {
            target,
            key: k,
            value: v,
            define: *define,
            x: xv,
            body,
        };
        stmts.push(st(kind, s.span));
        out.push(st(StmtKind::Block(Block { stmts }), s.span));
    }

    /// The key and value types of ranging over `xv`.
    fn range_types(
        &mut self,
        x: &ast::Expr,
        xv: Expr,
        want_key: bool,
        want_value: bool,
    ) -> Option<(Expr, TypeId, Option<TypeId>)> {
        let xv = self.default_value(xv);
        let elem_of_ptr_array = self
            .tt
            .pointee(xv.ty)
            .and_then(|el| match self.tt.under(el) {
                Type::Array(_, e) => Some(e),
                _ => None,
            });
        let (k, v) = match self.tt.under(xv.ty) {
            Type::Pointer(_) if elem_of_ptr_array.is_some() => (ids::INT, elem_of_ptr_array),
            Type::Basic(b) if b.is_integer() => (xv.ty, None),
            Type::Basic(b) if b.is_string() => (ids::INT, Some(ids::INT32)),
            Type::Slice(e) | Type::Array(_, e) => (ids::INT, Some(e)),
            Type::Map(k, v) => (k, Some(v)),
            Type::Func {
                params,
                results,
                variadic: false,
            } if results.is_empty() && params.len() == 1 => match self.iterator_yield(params[0]) {
                Some((k, v)) => (k.unwrap_or(ids::INVALID), v),
                None => {
                    let d = self.describe(x, &xv);
                    self.error(x.span, format!("cannot range over {d}"));
                    return None;
                }
            },
            _ => {
                let d = self.describe(x, &xv);
                self.error(x.span, format!("cannot range over {d}"));
                return None;
            }
        };
        if let Type::Func { .. } = self.tt.under(xv.ty)
            && k == ids::INVALID
            && (want_key || want_value)
        {
            let d = self.describe(x, &xv);
            self.error(
                x.span,
                format!("range over {d} permits no iteration variables"),
            );
            return None;
        }
        if want_value && v.is_none() {
            let d = self.describe(x, &xv);
            self.error(
                x.span,
                format!("range over {d} permits only one iteration variable"),
            );
            return None;
        }
        Some((xv, k, v))
    }

    /// The yield function of a range-over-func iterator: `func() bool`,
    /// `func(K) bool` or `func(K, V) bool`; its parameter types.
    fn iterator_yield(&self, y: TypeId) -> Option<(Option<TypeId>, Option<TypeId>)> {
        let Type::Func {
            params,
            results,
            variadic: false,
        } = self.tt.under(y)
        else {
            return None;
        };
        if results.len() != 1 || !self.tt.pred(results[0], Basic::is_boolean) {
            return None;
        }
        match params.as_slice() {
            [] => Some((None, None)),
            [k] => Some((Some(*k), None)),
            [k, v] => Some((Some(*k), Some(*v))),
            _ => None,
        }
    }

    fn range_var(
        &mut self,
        e: Option<&ast::Expr>,
        ty: TypeId,
        define: bool,
        out: &mut Vec<Stmt>,
    ) -> Option<LValue> {
        let e = e?;
        if !define {
            let (lv, t) = self.lvalue(e)?;
            if !matches!(lv, LValue::Blank) && t != ty {
                let (ts, ws) = (self.tt.display(ty), self.tt.display(t));
                let s = crate::syntax::printer::expr_string(e);
                self.error(
                    e.span,
                    format!("cannot use {s} (value of type {ts}) as {ws} value in range"),
                );
            }
            return Some(lv);
        }
        let ast::ExprKind::Ident(id) = &e.kind else {
            let s = crate::syntax::printer::expr_string(e);
            self.error(e.span, format!("non-name {s} on left side of :="));
            return None;
        };
        if id.name == "_" {
            return Some(LValue::Blank);
        }
        let (l, obj) = self.declare_local(id, ty);
        self.func_ctx().declared.push(obj);
        out.push(st(StmtKind::VarDecl(l), id.span));
        Some(LValue::Local(l))
    }

    pub(super) fn switch_stmt(
        &mut self,
        s: &ast::Stmt,
        label: Option<&ast::Ident>,
        out: &mut Vec<Stmt>,
    ) {
        let ast::StmtKind::Switch { init, tag, clauses } = &s.kind else {
            return;
        };
        self.push_scope();
        let mut stmts = Vec::new();
        self.simple_init(init.as_deref(), &mut stmts);
        let tag_v = match tag {
            Some(t) => self
                .value(t)
                .map(|v| self.default_value(v))
                .filter(|v| self.switch_tag_ok(t, v))
                .map(Some),
            None => Some(None),
        };
        let target = self.push_target(label, false);
        let mut cases = Vec::new();
        let mut seen: Vec<((Const, TypeId), ast::Expr)> = Vec::new();
        for (i, c) in clauses.iter().enumerate() {
            let values = match (&c.exprs, &tag_v) {
                (Some(es), Some(tag_v)) => {
                    self.case_values(es, tag.as_ref(), tag_v.as_ref(), &mut seen)
                }
                (Some(es), None) => {
                    es.iter().for_each(|e| {
                        self.operand(e);
                    });
                    Vec::new()
                }
                (None, _) => Vec::new(),
            };
            let (body, fallthrough) = self.case_body(&c.body, i + 1 == clauses.len());
            cases.push(Case {
                values,
                body,
                fallthrough,
            });
        }
        self.check_defaults(clauses.iter().map(|c| (c.exprs.is_none(), c.span)));
        self.pop_target(label);
        self.pop_scope();
        if let Some(tag) = tag_v {
            stmts.push(st(StmtKind::Switch { target, tag, cases }, s.span));
        }
        out.push(st(StmtKind::Block(Block { stmts }), s.span));
    }

    fn check_defaults(&mut self, clauses: impl Iterator<Item = (bool, crate::source::Span)>) {
        let defaults: Vec<_> = clauses.filter(|(d, _)| *d).map(|(_, s)| s).collect();
        if let Some(second) = defaults.get(1) {
            self.error(*second, "multiple defaults in switch");
        }
    }

    /// Checks the values of one case clause against the tag (or as
    /// conditions in a tagless switch) and reports duplicate constants.
    fn case_values(
        &mut self,
        es: &[ast::Expr],
        tag_e: Option<&ast::Expr>,
        tag: Option<&Expr>,
        seen: &mut Vec<((Const, TypeId), ast::Expr)>,
    ) -> Vec<Expr> {
        let mut out = Vec::new();
        for e in es {
            let Some(v) = self.value(e) else { continue };
            let v = match (tag_e, tag) {
                (Some(te), Some(t)) => {
                    let ts = crate::syntax::printer::expr_string(te);
                    self.switch_case(e, v, (te, t), &ts)
                }
                // A missing tag is the constant `true` (of type bool).
                _ => {
                    let t = mk(ExprKind::Const(Const::Bool(true)), ids::BOOL, e.span);
                    self.switch_case(e, v, (e, &t), "true")
                        .map(|v| self.default_value(v))
                }
            };
            let Some(v) = v else { continue };
            // As go/types: only integer, float and string constants are
            // checked for duplicates (`case false, false` is allowed).
            if let Some(c) = case_const(&v)
                && matches!(c.0, Const::Int(_) | Const::Float(_) | Const::Str(_))
            {
                if let Some((_, prev)) = seen.iter().find(|(p, _)| *p == c) {
                    let shown = match &v.kind {
                        ExprKind::ToIface(x) => x,
                        _ => &v,
                    };
                    let d = self.describe(e, shown);
                    let d = crate::diag::Diagnostic::new(
                        e.span,
                        format!("duplicate case {d} in expression switch"),
                    )
                    .with_note(prev.span, "previous case");
                    self.diags.push(d);
                } else {
                    seen.push((c, e.clone()));
                }
            }
            out.push(v);
        }
        out
    }

    /// A clause body in its own scope; a final `fallthrough` is removed
    /// and reported as a flag.
    fn case_body(&mut self, body: &[ast::Stmt], last: bool) -> (Block, bool) {
        let ft = matches!(
            body.last().map(|s| &s.kind),
            Some(ast::StmtKind::Fallthrough)
        );
        let stmts = if ft { &body[..body.len() - 1] } else { body };
        if ft && last {
            let span = body[body.len() - 1].span;
            self.error(span, "cannot fallthrough final case in switch");
        }
        (self.block_in_scope(stmts), ft && !last)
    }

    pub(super) fn type_switch(
        &mut self,
        s: &ast::Stmt,
        label: Option<&ast::Ident>,
        out: &mut Vec<Stmt>,
    ) {
        let ast::StmtKind::TypeSwitch {
            init,
            bind,
            x,
            clauses,
        } = &s.kind
        else {
            return;
        };
        self.push_scope();
        let mut stmts = Vec::new();
        self.simple_init(init.as_deref(), &mut stmts);
        let xv = self.value(x);
        let xv = xv.filter(|v| {
            let ok = self.tt.is_interface(v.ty);
            if !ok {
                let d = self.describe(x, v);
                self.error(x.span, format!("{d} is not an interface"));
            }
            ok
        });
        let target = self.push_target(label, false);
        let mut cases = Vec::new();
        let mut bind_objs = Vec::new();
        let mut seen_types: Vec<Option<TypeId>> = Vec::new();
        for c in clauses {
            let exprs = c.exprs.as_deref().unwrap_or(&[]);
            let (types, bad) = self.case_types(exprs, xv.as_ref(), x, &mut seen_types);
            let bind_ty = match (types.as_slice(), &xv) {
                // gc gives the variable of a single invalid case an invalid
                // type, which silences follow-on errors in the clause.
                _ if bad && exprs.len() == 1 => ids::INVALID,
                ([Some(t)], _) => *t,
                (_, Some(v)) => v.ty,
                _ => ids::INVALID,
            };
            self.push_scope();
            let bind_local = bind.as_ref().map(|b| {
                let (l, obj) = self.declare_local(b, bind_ty);
                bind_objs.push(obj);
                l
            });
            let body = self.block_in_scope(&c.body);
            self.pop_scope();
            cases.push(TypeCase {
                types,
                bind: bind_local,
                body,
            });
        }
        self.check_defaults(clauses.iter().map(|c| (c.exprs.is_none(), c.span)));
        // Unused in every clause, or there are no clauses.
        if let Some(b) = bind
            && xv.is_some()
            && bind_objs.iter().all(|o| !self.sc.obj(*o).used)
        {
            self.error(b.span, format!("{} declared and not used", b.name));
        }
        self.pop_target(label);
        self.pop_scope();
        if let Some(x) = xv {
            stmts.push(st(StmtKind::TypeSwitch { target, x, cases }, s.span));
        }
        out.push(st(StmtKind::Block(Block { stmts }), s.span));
    }

    /// The types of one type switch clause, and whether one of them is no
    /// valid type; `seen` holds those of the clauses before it, for
    /// duplicate cases.
    fn case_types(
        &mut self,
        es: &[ast::Expr],
        xv: Option<&Expr>,
        x: &ast::Expr,
        seen: &mut Vec<Option<TypeId>>,
    ) -> (Vec<Option<TypeId>>, bool) {
        let mut out: Vec<Option<TypeId>> = Vec::new();
        let mut bad = false;
        for e in es {
            if let ast::ExprKind::Ident(id) = &e.kind
                && id.name == "nil"
                && self
                    .sc
                    .lookup(self.scope(), "nil")
                    .is_some_and(|o| matches!(self.sc.obj(o).kind, super::scope::ObjKind::Nil))
            {
                if seen.contains(&None) {
                    self.error(e.span, "duplicate case nil in type switch");
                    continue;
                }
                seen.push(None);
                out.push(None);
                continue;
            }
            let Some(t) = self.type_expr(e) else {
                bad = true;
                continue;
            };
            if let Some(v) = xv
                && !self.tt.is_interface(t)
                && let Some((m, why)) = self.tt.missing_method(t, v.ty)
            {
                let d = self.describe(x, v);
                let reason = self.missing_reason(t, v.ty, &m, &why);
                let reason = reason
                    .split_once(" (")
                    .map_or(reason.clone(), |(_, r)| format!("({r}"));
                let s = crate::syntax::printer::expr_string(e);
                self.error(
                    e.span,
                    format!(
                        "impossible type switch case: {d} cannot have dynamic type {s} {reason}"
                    ),
                );
                continue;
            }
            if seen.contains(&Some(t)) {
                let s = crate::syntax::printer::expr_string(e);
                self.error(e.span, format!("duplicate case {s} in type switch"));
                continue;
            }
            seen.push(Some(t));
            out.push(Some(t));
        }
        (out, bad)
    }
}

fn is_const_true(e: &Expr) -> bool {
    matches!(e.kind, super::typed::ExprKind::Const(Const::Bool(true)))
}

/// A case value's constant and its type for duplicate detection: a
/// constant, or a constant boxed implicitly into the tag's interface type
/// (`case 0` against an `interface{}` tag; an explicit `interface{}(0)`
/// is no constant and never a duplicate).
pub(super) fn case_const(v: &Expr) -> Option<(Const, TypeId)> {
    use super::typed::ExprKind;
    match &v.kind {
        ExprKind::Const(c) => Some((c.clone(), v.ty)),
        ExprKind::ToIface(x) if x.span == v.span => match &x.kind {
            ExprKind::Const(c) => Some((c.clone(), x.ty)),
            _ => None,
        },
        _ => None,
    }
}
