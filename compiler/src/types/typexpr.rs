//! This module implements type expressions: turning the syntax of a type
//! (`[]int`, `func(int) string`, `pkg.T`, ...) into a `TypeId`, and name
//! lookup in the current scope, which expressions share.

use super::check::Checker;
use super::scope::{ObjId, ObjKind, ScopeId};
use super::ty::{Method, Type, TypeId, ids};
use crate::syntax::ast::{self, ExprKind};

impl<'a> Checker<'a> {
    /// The innermost scope: the current block, or the current file.
    pub fn scope(&self) -> ScopeId {
        match &self.f {
            Some(f) => f.scope,
            None => self.file_scopes[self.cur_pkg as usize][self.cur_file as usize],
        }
    }

    /// Looks `name` up and marks it used; reports "undefined: name".
    pub fn lookup(&mut self, id: &ast::Ident) -> Option<ObjId> {
        match self.sc.lookup(self.scope(), &id.name) {
            Some(o) => {
                self.sc.obj_mut(o).used = true;
                Some(o)
            }
            None => {
                self.error(id.span, format!("undefined: {}", id.name));
                None
            }
        }
    }

    /// Resolves a type expression, reporting an error if it is not a type.
    pub fn type_expr(&mut self, e: &ast::Expr) -> Option<TypeId> {
        match &e.kind {
            ExprKind::Ident(id) => self.type_name(id),
            ExprKind::Paren(x) => self.type_expr(x),
            ExprKind::Selector { x, sel } => self.qualified_type(x, sel, e),
            ExprKind::SliceType(elem) => {
                let elem = self.type_expr(elem)?;
                Some(self.tt.slice(elem))
            }
            ExprKind::ArrayType { len, elem } => self.array_type(len, elem),
            ExprKind::Star(elem) => {
                let elem = self.type_expr(elem)?;
                Some(self.tt.intern(Type::Pointer(elem)))
            }
            ExprKind::FuncType(ft) => self.signature(ft),
            ExprKind::InterfaceType(elems) => self.interface_type(elems),
            ExprKind::StructType(_) => self.unsupported_type(e, "struct types"),
            ExprKind::MapType { .. } => self.unsupported_type(e, "map types"),
            ExprKind::ChanType { .. } => self.unsupported_type(e, "channel types"),
            ExprKind::Index { .. } => self.unsupported_type(e, "generic type instantiation"),
            ExprKind::Bad => None,
            _ => {
                let s = crate::syntax::printer::expr_string(e);
                self.error(e.span, format!("{s} is not a type"));
                None
            }
        }
    }

    fn unsupported_type(&mut self, e: &ast::Expr, what: &str) -> Option<TypeId> {
        self.unsupported(e.span, what);
        None
    }

    fn type_name(&mut self, id: &ast::Ident) -> Option<TypeId> {
        if id.name == "comparable" && self.sc.lookup(self.scope(), "comparable").is_none() {
            self.unsupported(id.span, "type constraints");
            return None;
        }
        let obj = self.lookup(id)?;
        match self.resolve(obj) {
            ObjKind::TypeName(t) if self.tt.pred(t, |b| b.is_float() || b.is_complex()) => {
                self.unsupported(id.span, "floating-point and complex numbers");
                None
            }
            ObjKind::TypeName(t) => Some(t),
            ObjKind::Invalid => None,
            _ => {
                self.error(id.span, format!("{} is not a type", id.name));
                None
            }
        }
    }

    fn qualified_type(&mut self, x: &ast::Expr, sel: &ast::Ident, e: &ast::Expr) -> Option<TypeId> {
        let obj = match &x.kind {
            ExprKind::Ident(pkg) => self.package_member(pkg, sel)?,
            _ => {
                let s = crate::syntax::printer::expr_string(e);
                self.error(e.span, format!("{s} is not a type"));
                return None;
            }
        };
        match self.resolve(obj) {
            ObjKind::TypeName(t) => Some(t),
            _ => {
                let s = crate::syntax::printer::expr_string(e);
                self.error(e.span, format!("{s} is not a type"));
                None
            }
        }
    }

    fn array_type(&mut self, len: &ast::Expr, elem: &ast::Expr) -> Option<TypeId> {
        if matches!(len.kind, ExprKind::Ellipsis(None)) {
            self.error(
                len.span,
                "invalid use of [...] array (outside a composite literal)",
            );
            return None;
        }
        let n = self.value(len)?;
        let elem = self.type_expr(elem)?;
        match super::decl::const_of(&n).and_then(|c| c.as_int()) {
            Some(v) if v >= 0 && v <= i64::MAX as i128 => {
                Some(self.tt.intern(Type::Array(v as u64, elem)))
            }
            Some(_) => {
                let s = crate::syntax::printer::expr_string(len);
                self.error(len.span, format!("invalid array length {s}"));
                None
            }
            None => {
                let s = crate::syntax::printer::expr_string(len);
                self.error(
                    len.span,
                    format!(
                        "array length {s} (value of type {}) must be constant",
                        self.tt.display(n.ty)
                    ),
                );
                None
            }
        }
    }

    /// The type of a function signature.
    pub fn signature(&mut self, ft: &ast::FuncType) -> Option<TypeId> {
        let (params, variadic) = self.field_types(&ft.params, true)?;
        let (results, _) = self.field_types(&ft.results, false)?;
        Some(self.tt.intern(Type::Func {
            params,
            results,
            variadic,
        }))
    }

    /// The types of a parameter or result list, one per name (or one for
    /// an unnamed field). Reports a misplaced `...`.
    fn field_types(&mut self, fields: &[ast::Field], params: bool) -> Option<(Vec<TypeId>, bool)> {
        let mut out = Vec::new();
        let mut variadic = false;
        let mut ok = true;
        for (i, f) in fields.iter().enumerate() {
            let t = match &f.ty.kind {
                ExprKind::Ellipsis(Some(elem)) => {
                    if !params || i + 1 != fields.len() || f.names.len() > 1 {
                        self.error(f.ty.span, "can only use ... with final parameter in list");
                    }
                    variadic = true;
                    self.type_expr(elem).map(|e| self.tt.slice(e))
                }
                _ => self.type_expr(&f.ty),
            };
            let t = t.unwrap_or_else(|| {
                ok = false;
                ids::INVALID
            });
            out.extend(std::iter::repeat_n(t, f.names.len().max(1)));
        }
        ok.then_some((out, variadic))
    }

    fn interface_type(&mut self, elems: &[ast::InterfaceElem]) -> Option<TypeId> {
        let mut methods = Vec::new();
        for el in elems {
            match el {
                ast::InterfaceElem::Method { name, sig } => {
                    let sig = self.signature(sig)?;
                    methods.push(Method {
                        name: name.name.clone(),
                        sig,
                    });
                }
                ast::InterfaceElem::Embed(e) => {
                    self.unsupported(e.span, "embedded interfaces and type sets");
                    return None;
                }
            }
        }
        methods.sort_by(|a, b| a.name.cmp(&b.name));
        Some(self.tt.intern(Type::Interface(methods)))
    }

    /// Resolves `pkg.Name` where `pkg` names an imported package.
    /// Returns `None` (after reporting) if `pkg` is not a package or the
    /// member is missing or unexported.
    pub fn package_member(&mut self, pkg: &ast::Ident, sel: &ast::Ident) -> Option<ObjId> {
        let obj = self.lookup(pkg)?;
        let ObjKind::Package(p) = self.sc.obj(obj).kind else {
            return None;
        };
        let path = self.pkgs[p as usize].path.clone();
        let scope = self.pkg_scopes[p as usize];
        let exported = sel.name.chars().next().is_some_and(char::is_uppercase);
        match self.sc.lookup_local(scope, &sel.name) {
            Some(m) if exported => Some(m),
            _ if !exported => {
                self.error(
                    sel.span,
                    format!("name {} not exported by package {path}", sel.name),
                );
                None
            }
            _ => {
                self.error(sel.span, format!("undefined: {}.{}", pkg.name, sel.name));
                None
            }
        }
    }
}
