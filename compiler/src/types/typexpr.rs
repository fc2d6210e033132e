//! This module implements type expressions: turning the syntax of a type
//! (`[]int`, `func(int) string`, `pkg.T`, ...) into a `TypeId`, and name
//! lookup in the current scope, which expressions share.

use super::check::Checker;
use super::scope::{ObjId, ObjKind, ScopeId};
use super::ty::{ChanDir, Field, Method, Type, TypeId, ids};
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
                // A package counts as used only through a selector.
                if !matches!(self.sc.obj(o).kind, ObjKind::Package(_)) {
                    self.sc.obj_mut(o).used = true;
                }
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
            ExprKind::FuncType(ft) => self.signature_no_body(ft),
            ExprKind::InterfaceType(elems) => self.interface_type(elems),
            ExprKind::StructType(fields) => self.struct_type(fields),
            ExprKind::MapType { key, value } => self.map_type(key, value),
            ExprKind::ChanType { dir, elem } => {
                let elem = self.type_expr(elem)?;
                let dir = match dir {
                    ast::ChanDir::Both => ChanDir::Both,
                    ast::ChanDir::Send => ChanDir::Send,
                    ast::ChanDir::Recv => ChanDir::Recv,
                };
                Some(self.tt.intern(Type::Chan(dir, elem)))
            }
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
        let is_int_const = super::decl::const_of(&n).is_some_and(|c| c.as_bigint().is_some())
            && (self.tt.pred(n.ty, |b| b.is_integer()) || self.tt.is_untyped(n.ty));
        match super::decl::const_of(&n).and_then(|c| c.as_int()) {
            Some(v) if is_int_const && v >= 0 && v <= i64::MAX as i128 => {
                Some(self.tt.intern(Type::Array(v as u64, elem)))
            }
            Some(_) if is_int_const => {
                let s = crate::syntax::printer::expr_string(len);
                self.error(len.span, format!("invalid array length {s}"));
                None
            }
            _ => {
                let d = self.describe(len, &n);
                let what = if super::decl::const_of(&n).is_some() {
                    "integer"
                } else {
                    "constant"
                };
                self.error(len.span, format!("array length {d} must be {what}"));
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

    /// A signature without a body (a function type, an interface method,
    /// a body-less declaration): its parameter and result names are still
    /// declared in one block, so a repeated name is reported.
    pub fn signature_no_body(&mut self, ft: &ast::FuncType) -> Option<TypeId> {
        let mut seen: Vec<&ast::Ident> = Vec::new();
        for f in ft.params.iter().chain(&ft.results) {
            for n in &f.names {
                if n.name == "_" {
                    continue;
                }
                if let Some(prev) = seen.iter().find(|p| p.name == n.name) {
                    let d = crate::diag::Diagnostic::new(
                        n.span,
                        format!("{} redeclared in this block", n.name),
                    )
                    .with_note(prev.span, format!("other declaration of {}", n.name));
                    self.diags.push(d);
                } else {
                    seen.push(n);
                }
            }
        }
        self.signature(ft)
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
        let mut methods: Vec<Method> = Vec::new();
        let mut ok = true;
        for el in elems {
            match el {
                ast::InterfaceElem::Method { name, sig } => {
                    let Some(sig) = self.signature_no_body(sig) else {
                        ok = false;
                        continue;
                    };
                    let m = Method {
                        name: name.name.clone(),
                        pkg: self.name_pkg(&name.name),
                        sig,
                    };
                    if methods.iter().any(|o| o.name == m.name && o.pkg == m.pkg) {
                        self.error(name.span, format!("duplicate method {}", name.name));
                        continue;
                    }
                    methods.push(m);
                }
                ast::InterfaceElem::Embed(e) => {
                    ok &= self.embed_interface(e, &mut methods);
                }
            }
        }
        methods.sort_by(|a, b| a.name.cmp(&b.name).then(a.pkg.cmp(&b.pkg)));
        ok.then(|| self.tt.intern(Type::Interface(methods)))
    }

    /// Adds the methods of an embedded interface; a type-set term (a
    /// non-interface type, `~T`, `A | B`) belongs to constraints only.
    fn embed_interface(&mut self, e: &ast::Expr, methods: &mut Vec<Method>) -> bool {
        let is_term = matches!(e.kind, ExprKind::Unary { .. } | ExprKind::Binary { .. });
        if is_term {
            self.unsupported(e.span, "type sets in interfaces (constraints)");
            return false;
        }
        let Some(t) = self.type_expr(e) else {
            return false;
        };
        let Type::Interface(ms) = self.tt.under(t) else {
            if t != ids::INVALID {
                self.unsupported(e.span, "type sets in interfaces (constraints)");
            }
            return false;
        };
        for m in ms {
            match methods.iter().find(|o| o.name == m.name && o.pkg == m.pkg) {
                Some(o) if o.sig != m.sig => {
                    self.error(e.span, format!("duplicate method {}", m.name));
                }
                Some(_) => {}
                None => methods.push(m),
            }
        }
        true
    }

    /// The package qualifying a field or method name: the current package
    /// for an unexported name, none for an exported one.
    pub fn name_pkg(&self, name: &str) -> String {
        if name.chars().next().is_some_and(char::is_uppercase) {
            String::new()
        } else {
            self.pkgs[self.cur_pkg as usize].path.clone()
        }
    }

    fn struct_type(&mut self, fields: &[ast::Field]) -> Option<TypeId> {
        let mut out: Vec<Field> = Vec::new();
        let mut ok = true;
        for f in fields {
            // A field of an erroneous type keeps its name (with the
            // invalid type), so the struct stays usable and later uses
            // report nothing more, as in go/types.
            let t = self.type_expr(&f.ty).unwrap_or(ids::INVALID);
            let tag = f.tag.clone();
            if t == ids::INVALID && !f.names.is_empty() {
                for n in &f.names {
                    self.add_field(&mut out, n.name.clone(), n.span, t, false, tag.clone());
                }
                continue;
            }
            if f.names.is_empty() {
                let Some(name) = self.embedded_name(&f.ty, t) else {
                    ok = false;
                    continue;
                };
                self.add_field(&mut out, name, f.ty.span, t, true, tag);
                continue;
            }
            for n in &f.names {
                self.add_field(&mut out, n.name.clone(), n.span, t, false, tag.clone());
            }
        }
        ok.then(|| self.tt.intern(Type::Struct(out)))
    }

    fn add_field(
        &mut self,
        out: &mut Vec<Field>,
        name: String,
        span: crate::source::Span,
        ty: TypeId,
        embedded: bool,
        tag: Option<String>,
    ) {
        if name != "_" && out.iter().any(|f| f.name == name) {
            self.error(span, format!("{name} redeclared"));
            return;
        }
        let pkg = self.name_pkg(&name);
        out.push(Field {
            name,
            pkg,
            ty,
            embedded,
            tag,
        });
    }

    /// The field name of an embedded field `T`, `*T`, `pkg.T`; checks that
    /// the type may be embedded.
    fn embedded_name(&mut self, e: &ast::Expr, t: TypeId) -> Option<String> {
        let (inner, ptr) = match &e.kind {
            ExprKind::Star(x) => (x.as_ref(), true),
            _ => (e, false),
        };
        let name = match &inner.kind {
            ExprKind::Ident(id) => id.name.clone(),
            ExprKind::Selector { sel, .. } => sel.name.clone(),
            _ => {
                self.error(e.span, "embedded field type must be a type name");
                return None;
            }
        };
        let base = if ptr {
            self.tt.pointee(t).unwrap_or(t)
        } else {
            t
        };
        let bad = match self.tt.get(self.tt.underlying(base)) {
            Type::Pointer(_) => Some("embedded field type cannot be a pointer"),
            Type::Interface(_) if ptr => {
                Some("embedded field type cannot be a pointer to an interface")
            }
            Type::Basic(super::ty::Basic::UnsafePointer) => {
                Some("embedded field type cannot be unsafe.Pointer")
            }
            _ => None,
        };
        if let Some(msg) = bad {
            self.error(e.span, msg);
            return None;
        }
        Some(name)
    }

    fn map_type(&mut self, key: &ast::Expr, value: &ast::Expr) -> Option<TypeId> {
        let k = self.type_expr(key);
        let v = self.type_expr(value);
        let (k, v) = (k?, v?);
        self.later_map_key(k, key.span);
        Some(self.tt.intern(Type::Map(k, v)))
    }

    /// Map keys must be comparable; for a defined type still being
    /// declared the check waits until its declaration is complete.
    fn later_map_key(&mut self, k: TypeId, span: crate::source::Span) {
        self.pending_key_checks.push((k, span));
        if self.type_decl_depth == 0 {
            self.check_map_keys();
        }
    }

    pub(super) fn check_map_keys(&mut self) {
        for (k, span) in std::mem::take(&mut self.pending_key_checks) {
            if k != ids::INVALID && !self.tt.comparable(k) && !self.tt.is_interface(k) {
                let s = self.tt.display(k);
                self.error(span, format!("invalid map key type {s}"));
            }
        }
    }

    /// Resolves `pkg.Name` where `pkg` names an imported package.
    /// Returns `None` (after reporting) if `pkg` is not a package or the
    /// member is missing or unexported.
    pub fn package_member(&mut self, pkg: &ast::Ident, sel: &ast::Ident) -> Option<ObjId> {
        let obj = self.lookup(pkg)?;
        let ObjKind::Package(p) = self.sc.obj(obj).kind else {
            return None;
        };
        self.sc.obj_mut(obj).used = true;
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
