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
        let sig = self.prog.funcs[id.0 as usize].sig;
        let Type::Func {
            params, results, ..
        } = self.tt.get(sig).clone()
        else {
            return;
        };
        let scope = self.sc.new_scope(Some(self.scope()));
        self.f = Some(FuncCtx {
            locals: Vec::new(),
            scope,
            results: results.clone(),
            result_locals: Vec::new(),
            named_results: fd.sig.results.iter().any(|f| !f.names.is_empty()),
            targets: Vec::new(),
            next_target: 0,
            declared: Vec::new(),
        });
        let param_locals = self.declare_fields(&fd.sig.params, &params);
        let result_locals = self.declare_fields(&fd.sig.results, &results);
        self.func_ctx().result_locals = result_locals.clone();
        let body = fd.body.as_ref().expect("queued functions have bodies");
        let saved_deps = self.deps.replace(Vec::new());
        // Parameters and the body's top-level names share one block.
        let mut stmts = Vec::new();
        for s in &body.stmts {
            self.stmt(s, &mut stmts);
        }
        let block = super::typed::Block { stmts };
        if !results.is_empty() && !super::terminate::is_terminating_list(&body.stmts) {
            let end = Span {
                start: body.span.end.saturating_sub(1),
                ..body.span
            };
            self.error(end, "missing return");
        }
        let deps = std::mem::replace(&mut self.deps, saved_deps).unwrap_or_default();
        self.func_deps.insert(id, deps);
        let f = self.f.take().expect("function context");
        self.report_unused(&f.declared);
        let func = &mut self.prog.funcs[id.0 as usize];
        func.params = param_locals;
        func.results = result_locals;
        func.locals = f.locals;
        func.body = Some(block);
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
        let obj = self
            .sc
            .new_obj(&name.name, ObjKind::Local(l, ty), name.span);
        self.declare_in_scope(obj, name);
        (l, obj)
    }

    /// Declares `obj` in the current scope, reporting a redeclaration.
    pub(super) fn declare_in_scope(&mut self, obj: ObjId, name: &ast::Ident) {
        let scope = self.scope();
        if let Some(prev) = self.sc.declare(scope, obj) {
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
