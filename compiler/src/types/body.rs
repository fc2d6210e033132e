//! This module implements checking of function bodies: parameters and
//! results become locals, the body is checked, then "declared and not
//! used" and "missing return" are reported. It also holds the block-scope
//! helpers statements use to declare locals.

use super::check::{Checker, FuncCtx};
use super::scope::{ObjId, ObjKind};
use super::ty::{Type, TypeId};
use super::typed::{FuncId, LocalId, LocalInfo};
use crate::source::Span;
use crate::syntax::ast;

impl<'a> Checker<'a> {
    pub fn check_func_body(&mut self, id: FuncId, fd: &ast::FuncDecl) {
        let body = fd.body.as_ref().expect("queued functions have bodies");
        let saved_deps = self.deps.replace(Vec::new());
        let scope = self.scope();
        self.check_body(id, fd.recv.as_ref(), &fd.sig, body, scope);
        let deps = std::mem::replace(&mut self.deps, saved_deps).unwrap_or_default();
        self.func_deps.insert(id, deps);
    }

    /// Checks the body of function `id` (a declared function, a method
    /// with receiver `recv`, or a function literal) in a fresh context.
    fn check_body(
        &mut self,
        id: FuncId,
        recv: Option<&ast::Field>,
        sig: &ast::FuncType,
        body: &ast::Block,
        parent: super::scope::ScopeId,
    ) {
        let fsig = self.prog.funcs[id.0 as usize].sig;
        let Type::Func {
            mut params,
            results,
            ..
        } = self.tt.get(fsig).clone()
        else {
            return;
        };
        let scope = self.sc.new_scope(Some(parent));
        let serial = self.next_serial;
        self.next_serial += 1;
        self.f = Some(FuncCtx {
            serial,
            func: id,
            locals: Vec::new(),
            scope,
            results: results.clone(),
            result_locals: Vec::new(),
            named_results: sig.results.iter().any(|f| !f.names.is_empty()),
            targets: Vec::new(),
            next_target: 0,
            declared: Vec::new(),
            captures: Vec::new(),
            capture_map: Default::default(),
            has_defer: false,
            has_recover: false,
            literals: 0,
            labels: Default::default(),
        });
        let mut param_locals = Vec::new();
        if let Some(r) = recv {
            let t = params.remove(0);
            param_locals.extend(self.declare_fields(std::slice::from_ref(r), &[t]));
        }
        param_locals.extend(self.declare_fields(&sig.params, &params));
        let result_locals = self.declare_fields(&sig.results, &results);
        self.func_ctx().result_locals = result_locals.clone();
        // Parameters and the body's top-level names share one block.
        let mut stmts = Vec::new();
        for s in &body.stmts {
            self.stmt(s, &mut stmts);
        }
        self.check_labels(body);
        let block = super::typed::Block { stmts };
        if !results.is_empty()
            && !super::terminate::is_terminating_list(&body.stmts, &self.panic_calls)
        {
            let end = Span {
                start: body.span.end.saturating_sub(1),
                ..body.span
            };
            self.error(end, "missing return");
        }
        let f = self.f.take().expect("function context");
        self.report_unused(&f.declared);
        let func = &mut self.prog.funcs[id.0 as usize];
        func.params = param_locals;
        func.results = result_locals;
        func.locals = f.locals;
        func.body = Some(block);
        func.captures = f.captures;
        func.has_defer = f.has_defer;
        func.has_recover = f.has_recover;
    }

    /// A function literal: its body is checked as a function of its own
    /// that can use the enclosing functions' variables.
    pub(super) fn func_lit(
        &mut self,
        e: &ast::Expr,
        sig: &ast::FuncType,
        body: &ast::Block,
    ) -> super::expr::Operand {
        let Some(t) = self.signature(sig) else {
            return super::expr::Operand::Invalid;
        };
        let outer = self.f.as_ref().map(|f| f.func);
        let symbol = match outer {
            Some(o) => {
                let n = self.func_ctx().literals + 1;
                self.func_ctx().literals = n;
                format!("{}.func{n}", self.prog.funcs[o.0 as usize].symbol)
            }
            None => {
                let pkg = self.pkgs[self.cur_pkg as usize].path.clone();
                format!("{pkg}.glob.func{}", self.prog.funcs.len())
            }
        };
        let id = self.add_func(symbol, t, e.span);
        let parent = self.scope();
        let saved_targets = self.f.as_mut().map(|f| std::mem::take(&mut f.targets));
        if let Some(f) = self.f.take() {
            self.outer.push(f);
        }
        self.check_body(id, None, sig, body, parent);
        self.f = self.outer.pop();
        if let (Some(f), Some(t)) = (self.f.as_mut(), saved_targets) {
            f.targets = t;
        }
        super::expr::Operand::Value(super::expr::mk(
            super::typed::ExprKind::Closure(id),
            t,
            e.span,
        ))
    }

    /// The current function's local for variable `local` of the function
    /// with context `owner`: itself, or a capture threaded through every
    /// function literal in between.
    pub(super) fn local_here(&mut self, owner: u32, local: LocalId) -> LocalId {
        let cur = self.f.as_ref().expect("inside a function").serial;
        if owner == cur {
            return local;
        }
        let depth = self
            .outer
            .iter()
            .position(|f| f.serial == owner)
            .expect("the owner encloses the current function");
        let mut id = local;
        for level in depth + 1..=self.outer.len() {
            let f = if level == self.outer.len() {
                self.f.as_mut().unwrap()
            } else {
                &mut self.outer[level]
            };
            let prev = id;
            id = match f.capture_map.get(&(owner, local)) {
                Some(l) => *l,
                None => {
                    let info = self.local_info(depth, local);
                    let f = if level == self.outer.len() {
                        self.f.as_mut().unwrap()
                    } else {
                        &mut self.outer[level]
                    };
                    f.locals.push(info);
                    let own = LocalId(f.locals.len() as u32 - 1);
                    f.capture_map.insert((owner, local), own);
                    f.captures.push((prev, own));
                    own
                }
            };
        }
        id
    }

    fn local_info(&self, depth: usize, local: LocalId) -> LocalInfo {
        let l = &self.outer[depth].locals[local.0 as usize];
        LocalInfo {
            name: l.name.clone(),
            ty: l.ty,
        }
    }

    /// Declares one local per parameter or result name (a fresh unnamed
    /// local for unnamed ones).
    fn declare_fields(&mut self, fields: &[ast::Field], types: &[TypeId]) -> Vec<LocalId> {
        let mut out = Vec::new();
        let mut types = types.iter();
        for f in fields {
            if f.names.is_empty() {
                let t = *types.next().expect("one type per field");
                out.push(self.new_local("", t));
                continue;
            }
            for n in &f.names {
                let t = *types.next().expect("one type per name");
                let (l, obj) = self.declare_local(n, t);
                self.sc.obj_mut(obj).used = true;
                out.push(l);
            }
        }
        out
    }

    pub(super) fn func_ctx(&mut self) -> &mut FuncCtx {
        self.f.as_mut().expect("inside a function")
    }

    pub(super) fn new_local(&mut self, name: &str, ty: TypeId) -> LocalId {
        let f = self.func_ctx();
        f.locals.push(LocalInfo {
            name: name.to_string(),
            ty,
        });
        LocalId(f.locals.len() as u32 - 1)
    }

    /// Declares a local variable in the current block scope.
    pub(super) fn declare_local(&mut self, name: &ast::Ident, ty: TypeId) -> (LocalId, ObjId) {
        let l = self.new_local(&name.name, ty);
        let serial = self.f.as_ref().map_or(0, |f| f.serial);
        let obj = self
            .sc
            .new_obj(&name.name, ObjKind::Local(l, ty, serial), name.span);
        self.declare_in_scope(obj, name);
        (l, obj)
    }

    /// Declares `obj` in the current scope, reporting a redeclaration.
    pub(super) fn declare_in_scope(&mut self, obj: ObjId, name: &ast::Ident) {
        let scope = self.scope();
        if let Some(prev) = self.sc.declare(scope, obj) {
            // The redeclaration is not a variable of its own: it is never
            // reported as unused.
            self.sc.obj_mut(obj).used = true;
            let prev_span = self.sc.obj(prev).span;
            let d = crate::diag::Diagnostic::new(
                name.span,
                format!("{} redeclared in this block", name.name),
            )
            .with_note(prev_span, format!("other declaration of {}", name.name));
            self.diags.push(d);
        }
    }

    pub(super) fn push_scope(&mut self) {
        let s = self.sc.new_scope(Some(self.scope()));
        self.func_ctx().scope = s;
    }

    pub(super) fn pop_scope(&mut self) {
        let parent = self
            .sc
            .parent(self.scope())
            .expect("block scope has a parent");
        self.func_ctx().scope = parent;
    }

    fn report_unused(&mut self, declared: &[ObjId]) {
        for &o in declared {
            let obj = self.sc.obj(o);
            if !obj.used && obj.name != "_" {
                let (span, name) = (obj.span, obj.name.clone());
                self.error(span, format!("declared and not used: {name}"));
            }
        }
    }
}
