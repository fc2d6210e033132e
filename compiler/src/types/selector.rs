//! This module implements selectors `x.f`: qualified identifiers of
//! imported packages, struct fields (promoted through embedded fields,
//! with implicit dereferences), methods (as callees or bound method
//! values, with the receiver adjusted by `&` or `*` as the spec allows),
//! interface methods, and method expressions `T.M`.
//!
//! Lookup itself is in lookup.rs; this file turns a `Selection` into the
//! explicit typed-tree chain: `Field`, `Deref`, `AddrOf`, `Method`.

use super::check::Checker;
use super::expr::{Operand, mk};
use super::lookup::{Found, LookupError, Selection};
use super::scope::ObjKind;
use super::ty::{Type, TypeId, ids};
use super::typed::{Expr, ExprKind};
use crate::syntax::ast;

impl<'a> Checker<'a> {
    pub(super) fn selector(&mut self, x: &ast::Expr, sel: &ast::Ident, e: &ast::Expr) -> Operand {
        if let ast::ExprKind::Ident(pkg) = &x.kind {
            let is_pkg = self
                .sc
                .lookup(self.scope(), &pkg.name)
                .is_some_and(|o| matches!(self.sc.obj(o).kind, ObjKind::Package(_)));
            if is_pkg {
                return match self.package_member(pkg, sel) {
                    Some(obj) => self.object_operand(obj, e.span),
                    None => Operand::Invalid,
                };
            }
        }
        match self.operand(x) {
            Operand::Type(t) => self.method_expr(e, x, t, sel),
            op => match self.single(op, x) {
                Some(xv) => self.value_selector(e, x, xv, sel),
                None => Operand::Invalid,
            },
        }
    }

    fn value_selector(
        &mut self,
        e: &ast::Expr,
        x: &ast::Expr,
        xv: Expr,
        sel: &ast::Ident,
    ) -> Operand {
        if sel.name == "_" {
            self.error(sel.span, "cannot refer to blank field or method");
            return Operand::Invalid;
        }
        let pkg = self.name_pkg(&sel.name);
        let s = match self.tt.lookup(xv.ty, &sel.name, &pkg) {
            Ok(s) => s,
            Err(err) => {
                self.selector_error(e, x, &xv, sel, err);
                return Operand::Invalid;
            }
        };
        match s.found.clone() {
            Found::Field { ty, .. } => {
                let v = self.walk_path(xv, &s, true);
                Operand::Value(mk(v.kind, ty, e.span))
            }
            // A method whose signature is in error: reported already.
            Found::Method { decl, .. } if decl.sig == ids::INVALID => Operand::Invalid,
            Found::Method { decl, named } => {
                self.note_dep(super::initorder::Dep::Func(decl.func));
                self.method_value(e, x, xv, &s, decl, named)
            }
            Found::IfaceMethod { index, sig, .. } => {
                let base = self.walk_path(xv, &s, false);
                let base = self.deref_if_pointer(base);
                let kind = ExprKind::IfaceMethod {
                    x: Box::new(base),
                    index,
                };
                Operand::Value(mk(kind, sig, e.span))
            }
        }
    }

    /// Follows the embedded-field path of a selection from `xv`; with
    /// `include_last`, also selects the found field itself.
    fn walk_path(&mut self, xv: Expr, s: &Selection, include_last: bool) -> Expr {
        let mut cur = xv;
        let mut steps: Vec<u32> = s.path.clone();
        if include_last && let Found::Field { index, .. } = s.found {
            steps.push(index);
        }
        for i in steps {
            cur = self.deref_if_pointer(cur);
            let Type::Struct(fields) = self.tt.under(cur.ty) else {
                return cur;
            };
            let f = &fields[i as usize];
            let span = cur.span;
            cur = mk(
                ExprKind::Field {
                    x: Box::new(cur),
                    index: i,
                },
                f.ty,
                span,
            );
        }
        cur
    }

    /// `*x` when `x` is a pointer (to a struct or defined type).
    pub(super) fn deref_if_pointer(&mut self, x: Expr) -> Expr {
        match self.tt.get(self.tt.underlying(x.ty)) {
            Type::Pointer(el) => {
                let el = *el;
                let span = x.span;
                mk(ExprKind::Deref(Box::new(x)), el, span)
            }
            _ => x,
        }
    }

    /// `x.M` for a method declared on a defined type: the receiver is
    /// adjusted to the method's receiver kind.
    fn method_value(
        &mut self,
        e: &ast::Expr,
        x: &ast::Expr,
        xv: Expr,
        s: &Selection,
        decl: super::ty::MethodDecl,
        named: TypeId,
    ) -> Operand {
        let base = self.walk_path(xv, s, false);
        let is_ptr = self.tt.pointee(base.ty).is_some();
        let recv = if decl.ptr_recv {
            if is_ptr {
                base
            } else if self.addressable(&base) {
                let t = self.tt.pointer(base.ty);
                let span = base.span;
                mk(ExprKind::AddrOf(Box::new(base)), t, span)
            } else {
                let d = self.describe(x, &base);
                let _ = d;
                let t = self.tt.display(named);
                let s = crate::syntax::printer::expr_string(e);
                let _ = s;
                self.error(
                    e.span,
                    format!("cannot call pointer method {} on {t}", decl.name),
                );
                return Operand::Invalid;
            }
        } else {
            self.deref_if_pointer(base)
        };
        let kind = ExprKind::Method {
            recv: Box::new(recv),
            func: decl.func,
        };
        Operand::Value(mk(kind, decl.sig, e.span))
    }

    /// `T.M`, `(*T).M`, `I.M`: a function taking the receiver first.
    fn method_expr(
        &mut self,
        e: &ast::Expr,
        x: &ast::Expr,
        t: TypeId,
        sel: &ast::Ident,
    ) -> Operand {
        let pkg = self.name_pkg(&sel.name);
        let s = match self.tt.lookup(t, &sel.name, &pkg) {
            Ok(s) => s,
            Err(err) => {
                let xs = crate::syntax::printer::expr_string(x);
                let msg = if err == LookupError::Ambiguous {
                    format!("ambiguous selector {xs}.{}", sel.name)
                } else {
                    let why = self.lookup_error(t, &sel.name);
                    format!("{xs}.{} undefined ({why})", sel.name)
                };
                self.error(sel.span, msg);
                return Operand::Invalid;
            }
        };
        let (sig, func) = match s.found {
            Found::Method { decl, .. } if decl.sig == ids::INVALID => return Operand::Invalid,
            Found::Method { decl, .. } => {
                let is_ptr = self.tt.pointee(t).is_some();
                if decl.ptr_recv && !is_ptr && !s.indirect {
                    let ts = crate::syntax::printer::expr_string(x);
                    self.error(
                        e.span,
                        format!(
                            "invalid method expression {ts}.{} (needs pointer receiver (*{ts}).{})",
                            sel.name, sel.name
                        ),
                    );
                    return Operand::Invalid;
                }
                self.note_dep(super::initorder::Dep::Func(decl.func));
                (decl.sig, Some(decl.func))
            }
            Found::IfaceMethod { sig, .. } => (sig, None),
            Found::Field { .. } => {
                return self.no_method(e, x, t, sel);
            }
        };
        let ft = self.method_func_type(t, sig);
        let kind = ExprKind::MethodExpr {
            recv: t,
            name: sel.name.clone(),
            func,
        };
        Operand::Value(mk(kind, ft, e.span))
    }

    /// `T.m` where T has no method m: gc's message.
    fn no_method(&mut self, e: &ast::Expr, x: &ast::Expr, t: TypeId, sel: &ast::Ident) -> Operand {
        let ts = crate::syntax::printer::expr_string(x);
        let (m, td) = (&sel.name, self.tt.display(t));
        self.error(
            e.span,
            format!("{ts}.{m} undefined (type {td} has no method {m})"),
        );
        Operand::Invalid
    }

    fn selector_error(
        &mut self,
        e: &ast::Expr,
        x: &ast::Expr,
        xv: &Expr,
        sel: &ast::Ident,
        err: LookupError,
    ) {
        let s = crate::syntax::printer::expr_string(e);
        if err == LookupError::Ambiguous {
            self.error(sel.span, format!("ambiguous selector {s}"));
            return;
        }
        let _ = x;
        if xv.ty == ids::UNTYPED_NIL {
            self.error(e.span, format!("use of untyped nil in selector {s}"));
            return;
        }
        let what = self.lookup_error(xv.ty, &sel.name);
        self.error(sel.span, format!("{s} undefined ({what})"));
    }

    /// types2's `lookupError`: why type `t` has no field or method `name`.
    fn lookup_error(&self, t: TypeId, name: &str) -> String {
        let ts = self.tt.display(t);
        if self.tt.is_interface(t) && self.tt.pointee(t).is_none() {
            format!("type {ts} has no field or method {name}")
        } else if let Some(el) = self.tt.pointee(t)
            && self.tt.is_interface(el)
        {
            format!("type {ts} is pointer to interface, not interface")
        } else {
            let hint = self.case_hint(t, name);
            format!("type {ts} has no field or method {name}{hint}")
        }
    }

    /// gc's hint for a selector that matches a field or method in another
    /// case: ", but does have field x" / "method X".
    fn case_hint(&self, t: TypeId, name: &str) -> String {
        let base = self.tt.pointee(t).unwrap_or(t);
        for m in self.tt.methods(base) {
            if m.name.eq_ignore_ascii_case(name) && m.name != name {
                return format!(", but does have method {}", m.name);
            }
        }
        if let Type::Struct(fs) = self.tt.under(base) {
            for f in fs {
                if f.name.eq_ignore_ascii_case(name) && f.name != name {
                    return format!(", but does have field {}", f.name);
                }
            }
        }
        String::new()
    }
}
