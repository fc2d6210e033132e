//! This module implements checking of declarations: resolving pending
//! package-level objects (constants, variables, types, functions) on first
//! use with cycle detection, and the const/var spec logic shared by
//! package-level and local declarations (iota, implicit repetition of the
//! previous const spec, multi-value initializers).

use super::check::Checker;
use super::constant::Const;
use super::scope::{DeclRef, ObjId, ObjKind};
use super::ty::{Type, TypeId, ids};
use super::typed::{Expr, Func, FuncId, Global, GlobalId, LValue, Stmt, StmtKind};
use crate::source::Span;
use crate::syntax::ast;

impl<'a> Checker<'a> {
    /// Returns the checked kind of `obj`, checking its declaration first if
    /// it is still pending.
    pub fn resolve(&mut self, obj: ObjId) -> ObjKind {
        match self.sc.obj(obj).kind.clone() {
            ObjKind::Pending(at) => {
                self.sc.obj_mut(obj).kind = ObjKind::InProgress;
                let saved = (self.cur_pkg, self.cur_file, self.f.take(), self.deps.take());
                self.cur_pkg = at.pkg;
                self.cur_file = at.file;
                let decl =
                    &self.pkgs[at.pkg as usize].files[at.file as usize].decls[at.decl as usize];
                let kind = super::cycles::PathKind::of_decl(decl, at.spec as usize);
                self.obj_path.push((obj, kind));
                self.resolve_decl(obj, at);
                self.obj_path.pop();
                (self.cur_pkg, self.cur_file, self.f, self.deps) = saved;
                if matches!(self.sc.obj(obj).kind, ObjKind::InProgress) {
                    self.sc.obj_mut(obj).kind = ObjKind::Invalid;
                }
                self.sc.obj(obj).kind.clone()
            }
            k @ (ObjKind::InProgress | ObjKind::TypeName(_)) if self.on_path(obj) => {
                self.cycle_use(obj, k)
            }
            k => k,
        }
    }

    fn resolve_decl(&mut self, obj: ObjId, at: DeclRef) {
        let decl = &self.pkgs[at.pkg as usize].files[at.file as usize].decls[at.decl as usize];
        match decl {
            ast::Decl::Const { specs, .. } => {
                self.deps = Some(Vec::new());
                let (kind, _) = self.const_spec_value(specs, at.spec as usize, at.name as usize);
                self.sc.obj_mut(obj).kind = kind;
                let deps = self.deps.take().unwrap_or_default();
                self.const_deps.push((obj, deps));
            }
            ast::Decl::Var { specs, .. } => self.global_var_spec(&specs[at.spec as usize], at),
            ast::Decl::Type { specs, .. } => self.type_spec(obj, &specs[at.spec as usize]),
            ast::Decl::Func(fd) => {
                let kind = self.func_decl(fd, at);
                self.sc.obj_mut(obj).kind = kind;
            }
        }
    }

    /// The value of name `ni` of const spec `si`, applying implicit
    /// repetition of the last spec with values.
    pub fn const_spec_value(
        &mut self,
        specs: &[ast::ValueSpec],
        si: usize,
        ni: usize,
    ) -> (ObjKind, Span) {
        let spec = &specs[si];
        let name_span = spec.names[ni].span;
        let src = specs[..=si]
            .iter()
            .rev()
            .find(|s| !s.values.is_empty() || s.ty.is_some());
        let Some(src) = src.filter(|s| !s.values.is_empty()) else {
            self.error(name_span, "missing init expr for const declaration");
            return (ObjKind::Invalid, name_span);
        };
        let Some(value) = src.values.get(ni) else {
            self.error(name_span, "missing init expr for const declaration");
            return (ObjKind::Invalid, name_span);
        };
        if ni == spec.names.len() - 1 && src.values.len() > spec.names.len() {
            self.error(src.values[spec.names.len()].span, "extra init expr");
        }
        let saved = self.iota.replace(spec.iota as i128);
        let kind = self.const_value(value, src.ty.as_ref());
        self.iota = saved;
        (kind, name_span)
    }

    fn const_value(&mut self, value: &ast::Expr, ty: Option<&ast::Expr>) -> ObjKind {
        let Some(x) = self.value(value) else {
            return ObjKind::Invalid;
        };
        let Some(c) = const_of(&x) else {
            let d = self.describe(value, &x);
            self.error(value.span, format!("{d} is not constant"));
            return ObjKind::Invalid;
        };
        let Some(ty) = ty else {
            return ObjKind::Const(x.ty, c);
        };
        let Some(t) = self.type_expr(ty) else {
            return ObjKind::Invalid;
        };
        if self.tt.basic(t).is_none() {
            let s = self.tt.display(t);
            self.error(ty.span, format!("invalid constant type {s}"));
            return ObjKind::Invalid;
        }
        match self.assign_to(x, t, value, "constant declaration") {
            Some(x) => const_of(&x).map_or(ObjKind::Invalid, |c| ObjKind::Const(t, c)),
            None => ObjKind::Invalid,
        }
    }

    /// Checks the initializers of a var spec against its declared type.
    /// Returns the variables' types and the checked right sides.
    pub fn var_spec(&mut self, spec: &ast::ValueSpec) -> (Vec<TypeId>, Vec<Expr>) {
        let n = spec.names.len();
        let declared = spec
            .ty
            .as_ref()
            .map(|t| self.type_expr(t).unwrap_or(ids::INVALID));
        if spec.values.is_empty() {
            return (vec![declared.unwrap_or(ids::INVALID); n], Vec::new());
        }
        let rhs = self.assign_rhs(n, &spec.values, declared, "variable declaration", spec.span);
        let types = match (declared, &rhs) {
            (Some(t), _) => vec![t; n],
            (None, Some(r)) => r.types.clone(),
            (None, None) => vec![ids::INVALID; n],
        };
        (types, rhs.map(|r| r.exprs).unwrap_or_default())
    }

    pub(super) fn global_var_spec(&mut self, spec: &ast::ValueSpec, at: DeclRef) {
        let saved = self.deps.replace(Vec::new());
        let (types, rhs) = self.var_spec(spec);
        let deps = std::mem::replace(&mut self.deps, saved).unwrap_or_default();
        let pkg = self.pkgs[at.pkg as usize].path.clone();
        let scope = self.pkg_scopes[at.pkg as usize];
        let mut lhs = Vec::new();
        let mut objs = Vec::new();
        for (name, ty) in spec.names.iter().zip(types) {
            if name.name == "_" {
                // An object of its own, for the initialization-order graph.
                objs.push(self.sc.new_obj("_", ObjKind::Invalid, name.span));
                lhs.push(LValue::Blank);
                continue;
            }
            let id = GlobalId(self.prog.globals.len() as u32);
            self.prog.globals.push(Global {
                symbol: format!("{pkg}.{}", name.name),
                ty,
            });
            match self.sc.lookup_local(scope, &name.name) {
                Some(obj) if self.sc.obj(obj).span == name.span => {
                    self.sc.obj_mut(obj).kind = ObjKind::Global(id, ty);
                    objs.push(obj);
                }
                _ => objs.push(self.sc.new_obj(&name.name, ObjKind::Invalid, name.span)),
            }
            lhs.push(LValue::Global(id));
        }
        let globals = lhs
            .iter()
            .filter_map(|l| match l {
                LValue::Global(g) => Some(*g),
                _ => None,
            })
            .collect();
        let stmt = (!rhs.is_empty()).then_some(Stmt {
            kind: StmtKind::Assign { lhs, rhs },
            span: spec.span,
        });
        self.var_inits.push(super::initorder::VarInit {
            key: (at.file, at.decl, at.spec),
            globals,
            objs,
            stmt,
            deps,
        });
    }

    pub(super) fn type_spec(&mut self, obj: ObjId, spec: &ast::TypeSpec) {
        if !spec.tparams.is_empty() {
            self.unsupported(spec.name.span, "generic types");
            return;
        }
        self.type_decl_depth += 1;
        if spec.alias {
            let t = self.type_expr(&spec.ty).unwrap_or(ids::INVALID);
            self.sc.obj_mut(obj).kind = ObjKind::TypeName(t);
        } else {
            self.defined_type(obj, spec);
        }
        self.type_decl_depth -= 1;
        if self.type_decl_depth == 0 {
            self.check_map_keys();
        }
    }

    fn defined_type(&mut self, obj: ObjId, spec: &ast::TypeSpec) {
        let pkg = self.pkgs[self.cur_pkg as usize].path.clone();
        let named = self.tt.intern(Type::Named {
            name: spec.name.name.clone(),
            pkg,
            decl: obj.0,
        });
        self.sc.obj_mut(obj).kind = ObjKind::TypeName(named);
        let under = self.type_expr(&spec.ty).unwrap_or(ids::INVALID);
        if self.tt.underlying_cycle(under, named) {
            let n = &spec.name.name;
            let msg = if under == named {
                format!("invalid recursive type: {n} refers to itself")
            } else {
                format!("invalid recursive type {n}")
            };
            self.error(spec.name.span, msg);
            self.tt.set_underlying(named, ids::INVALID);
            return;
        }
        self.tt.set_underlying(named, under);
        if self.contains_by_value(under, named, &mut Vec::new()) {
            let n = &spec.name.name;
            let msg = if self.refers_directly(under, named) {
                format!("invalid recursive type: {n} refers to itself")
            } else {
                format!("invalid recursive type {n}")
            };
            self.error(spec.name.span, msg);
            self.tt.set_underlying(named, ids::INVALID);
        }
    }

    /// Whether a value of type `t` contains a value of type `target`
    /// (through struct fields and array elements, not pointers).
    fn contains_by_value(&self, t: TypeId, target: TypeId, seen: &mut Vec<TypeId>) -> bool {
        if t == target {
            return true;
        }
        if seen.contains(&t) {
            return false;
        }
        seen.push(t);
        match self.tt.get(self.tt.underlying(t)) {
            Type::Array(_, e) => self.contains_by_value(*e, target, seen),
            Type::Struct(fs) => fs
                .iter()
                .any(|f| self.contains_by_value(f.ty, target, seen)),
            _ => false,
        }
    }

    /// Whether `t` holds `target` itself as a field or element (not
    /// through another defined type).
    fn refers_directly(&self, t: TypeId, target: TypeId) -> bool {
        match self.tt.get(t) {
            _ if t == target => true,
            Type::Array(_, e) => self.refers_directly(*e, target),
            Type::Struct(fs) => fs.iter().any(|f| self.refers_directly(f.ty, target)),
            _ => false,
        }
    }

    /// Declares every method of the current package on its receiver's
    /// base type, so method sets are complete before any body or
    /// initializer is checked.
    pub(super) fn declare_methods(&mut self) {
        for at in std::mem::take(&mut self.method_decls) {
            self.cur_file = at.file;
            let ast::Decl::Func(fd) =
                &self.pkgs[at.pkg as usize].files[at.file as usize].decls[at.decl as usize]
            else {
                continue;
            };
            self.declare_method(fd, at);
        }
    }

    fn declare_method(&mut self, fd: &ast::FuncDecl, at: DeclRef) {
        let recv = fd.recv.as_ref().expect("a method has a receiver");
        let Some((base, ptr)) = self.receiver_base(recv) else {
            self.signature(&fd.sig);
            return;
        };
        // A method whose signature is in error is still declared (with an
        // invalid signature), so that uses of it stay silent as in gc.
        let sig = self.signature(&fd.sig);
        let name = &fd.name;
        if name.name == "_" {
            return;
        }
        let pkg = self.name_pkg(&name.name);
        if let Some(prev) = self
            .tt
            .methods(base)
            .iter()
            .find(|m| m.name == name.name && m.pkg == pkg)
        {
            let prev_span = self.prog.funcs[prev.func.0 as usize].span;
            let t = self.tt.display(base);
            let at_s = self.position(prev_span);
            self.error(
                name.span,
                format!("method {t}.{} already declared at {at_s}", name.name),
            );
            return;
        }
        if let Type::Struct(fs) = self.tt.under(base)
            && fs.iter().any(|f| f.name == name.name)
        {
            // gc declares the method all the same: selectors find it first.
            self.error(
                name.span,
                format!("field and method with the same name {}", name.name),
            );
        }
        let recv_t = if ptr { self.tt.pointer(base) } else { base };
        let full = match sig {
            Some(sig) => self.method_func_type(recv_t, sig),
            None => ids::INVALID,
        };
        let type_name = match self.tt.get(base) {
            Type::Named { name, .. } => name.clone(),
            _ => String::new(),
        };
        let path = self.pkgs[self.cur_pkg as usize].path.clone();
        let symbol = if ptr {
            format!("{path}.(*{type_name}).{}", name.name)
        } else {
            format!("{path}.{type_name}.{}", name.name)
        };
        let id = self.add_func(symbol, full, name.span);
        if fd.body.is_some() && sig.is_some() {
            self.bodies.push((id, at));
        }
        let sig = sig.unwrap_or(ids::INVALID);
        self.tt.add_method(
            base,
            super::ty::MethodDecl {
                name: name.name.clone(),
                pkg,
                func: id,
                ptr_recv: ptr,
                sig,
            },
        );
    }

    /// The function type of a method: the receiver, then the parameters.
    pub(super) fn method_func_type(&mut self, recv: TypeId, sig: TypeId) -> TypeId {
        let Type::Func {
            params,
            results,
            variadic,
        } = self.tt.get(sig).clone()
        else {
            return ids::INVALID;
        };
        let mut ps = vec![recv];
        ps.extend(params);
        self.tt.intern(Type::Func {
            params: ps,
            results,
            variadic,
        })
    }

    /// The receiver's base type (a defined type of this package, not a
    /// pointer or interface) and whether the receiver is a pointer.
    fn receiver_base(&mut self, recv: &ast::Field) -> Option<(TypeId, bool)> {
        let (inner, ptr) = match &recv.ty.kind {
            ast::ExprKind::Star(x) => (x.as_ref(), true),
            ast::ExprKind::Paren(x) => match &x.kind {
                ast::ExprKind::Star(y) => (y.as_ref(), true),
                _ => (x.as_ref(), false),
            },
            _ => (&recv.ty, false),
        };
        let t = self.type_expr(inner)?;
        let s = crate::syntax::printer::expr_string(&recv.ty);
        let Type::Named { pkg, .. } = self.tt.get(t).clone() else {
            let msg = match self.tt.get(t) {
                Type::Basic(_) => format!("cannot define new methods on non-local type {s}"),
                _ => format!("invalid receiver type {s}"),
            };
            self.error(recv.ty.span, msg);
            return None;
        };
        if pkg != self.pkgs[self.cur_pkg as usize].path {
            let t = self.tt.display(t);
            self.error(
                recv.ty.span,
                format!("cannot define new methods on non-local type {t}"),
            );
            return None;
        }
        let bad = match self.tt.get(self.tt.underlying(t)) {
            Type::Pointer(_) => Some("pointer"),
            Type::Interface(_) => Some("interface"),
            _ => None,
        };
        if let Some(what) = bad {
            let name = crate::syntax::printer::expr_string(inner);
            self.error(
                recv.ty.span,
                format!("invalid receiver type {name} ({what} or interface type)"),
            );
            return None;
        }
        Some((t, ptr))
    }

    /// `file:line:col` of a span, as gc prints positions in messages.
    pub(super) fn position(&self, span: Span) -> String {
        self.position_of(span)
    }

    fn func_decl(&mut self, fd: &ast::FuncDecl, at: DeclRef) -> ObjKind {
        match self.declare_func(fd, at, false) {
            Some((id, sig)) => ObjKind::Func(id, sig),
            None => ObjKind::Invalid,
        }
    }

    /// Creates the function's entry in the program and queues its body.
    /// `init` functions get a unique symbol and run at start-up.
    pub fn declare_func(
        &mut self,
        fd: &ast::FuncDecl,
        at: DeclRef,
        is_init: bool,
    ) -> Option<(FuncId, TypeId)> {
        if !fd.tparams.is_empty() {
            self.unsupported(fd.name.span, "generic functions");
            return None;
        }
        let sig = match fd.body {
            Some(_) => self.signature(&fd.sig)?,
            None => self.signature_no_body(&fd.sig)?,
        };
        let pkg = self.pkgs[self.cur_pkg as usize].path.clone();
        let symbol = if is_init || fd.name.name == "_" {
            format!("{pkg}.{}.{}", fd.name.name, self.prog.funcs.len())
        } else {
            format!("{pkg}.{}", fd.name.name)
        };
        let id = self.add_func(symbol, sig, fd.name.span);
        match &fd.body {
            Some(_) => self.bodies.push((id, at)),
            None if self.is_main_pkg() && self.whole_program => {
                self.error(fd.name.span, "missing function body")
            }
            None => {}
        }
        if is_init {
            self.queue_init_call(id, fd.name.span);
        }
        Some((id, sig))
    }

    /// A new function entry in the program, body to come.
    pub(super) fn add_func(&mut self, symbol: String, sig: TypeId, span: Span) -> FuncId {
        let id = FuncId(self.prog.funcs.len() as u32);
        self.prog.funcs.push(Func {
            symbol,
            sig,
            params: Vec::new(),
            results: Vec::new(),
            locals: Vec::new(),
            body: None,
            span,
            captures: Vec::new(),
            has_defer: false,
            has_recover: false,
        });
        id
    }

    fn queue_init_call(&mut self, id: FuncId, span: Span) {
        let sig = self.prog.funcs[id.0 as usize].sig;
        let func = Expr {
            kind: super::typed::ExprKind::Func(id),
            ty: sig,
            span,
        };
        let call = Expr {
            kind: super::typed::ExprKind::Call {
                func: Box::new(func),
                args: Vec::new(),
                tuple_args: false,
            },
            ty: self.tt.tuple(Vec::new()),
            span,
        };
        self.deferred_inits.push(Stmt {
            kind: StmtKind::Expr(call),
            span,
        });
    }
}

/// The constant value of a checked expression, if it is a constant.
pub(super) fn const_of(x: &Expr) -> Option<Const> {
    match &x.kind {
        super::typed::ExprKind::Const(c) => Some(c.clone()),
        _ => None,
    }
}
