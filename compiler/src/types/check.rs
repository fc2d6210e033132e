//! This module implements the checker's top level: the `Checker` state,
//! checking packages in dependency order, collecting each package's
//! declarations into its scope, and the final passes (function bodies,
//! unused imports, `main.main`).
//!
//! Package-level objects are declared as `Pending` first and checked on
//! first use (see decl.rs), so declaration order does not matter and
//! variable initializers are emitted dependencies first.

use super::scope::{DeclRef, ObjId, ObjKind, ScopeId, Scopes};
use super::ty::TypeTable;
use super::typed::{FuncId, LocalInfo, Program, TargetId};
use super::universe;
use crate::diag::Diagnostic;
use crate::source::Span;
use crate::syntax::ast;

/// The parsed files of one package. `path` is the import path (`main`
/// for the main package, `fmt` for the standard fmt package).
pub struct PackageSource {
    pub path: String,
    pub files: Vec<ast::File>,
}

/// The checker's result.
pub struct Checked {
    pub program: Program,
    pub types: TypeTable,
    pub diags: Vec<Diagnostic>,
}

/// Per-function state while a body is checked.
pub(super) struct FuncCtx {
    /// Distinguishes this function's locals from enclosing functions'.
    pub serial: u32,
    /// The function being checked.
    pub func: FuncId,
    pub locals: Vec<LocalInfo>,
    pub scope: ScopeId,
    pub results: Vec<super::ty::TypeId>,
    pub result_locals: Vec<super::typed::LocalId>,
    pub named_results: bool,
    /// Enclosing loops, switches and selects, innermost last.
    pub targets: Vec<Target>,
    pub next_target: u32,
    /// Locals declared in the body, for "declared and not used".
    pub declared: Vec<ObjId>,
    /// Enclosing functions' variables used here: (outer local, own local).
    pub captures: Vec<(super::typed::LocalId, super::typed::LocalId)>,
    /// Own local for each captured (owner serial, owner local).
    pub capture_map: std::collections::HashMap<(u32, super::typed::LocalId), super::typed::LocalId>,
    pub has_defer: bool,
    pub has_recover: bool,
    /// Function literals declared so far (for their symbols).
    pub literals: u32,
    /// Labels: declared ones and goto uses, checked at the end.
    pub labels: super::labels::Labels,
}

pub(super) struct Target {
    pub id: TargetId,
    pub label: Option<String>,
    pub is_loop: bool,
    pub label_used: bool,
}

pub(super) struct Checker<'a> {
    /// The source files, for positions quoted inside messages.
    pub sources: &'a crate::source::SourceMap,
    pub tt: TypeTable,
    pub sc: Scopes,
    pub diags: Vec<Diagnostic>,
    pub prog: Program,
    pub pkgs: &'a [PackageSource],
    pub universe: ScopeId,
    /// Package scope of each package, by index in `pkgs`.
    pub pkg_scopes: Vec<ScopeId>,
    /// File scopes (imports) of each package's files.
    pub file_scopes: Vec<Vec<ScopeId>>,
    /// Import objects of each file, for "imported and not used".
    pub imports: Vec<ObjId>,
    pub cur_pkg: u32,
    pub cur_file: u32,
    pub f: Option<FuncCtx>,
    /// Functions whose bodies are checked after all package-level names.
    pub bodies: Vec<(FuncId, DeclRef)>,
    /// The value of `iota` inside a const declaration.
    pub iota: Option<i128>,
    /// Calls of the current package's `init` functions, which run after
    /// its variable initializers.
    pub deferred_inits: Vec<super::typed::Stmt>,
    /// References recorded while an initializer or a body is checked.
    pub deps: Option<Vec<super::initorder::Dep>>,
    pub func_deps: super::initorder::FuncDeps,
    /// The current package's checked var specs, ordered at the end.
    pub var_inits: Vec<super::initorder::VarInit>,
    /// The current package's constants and their dependencies.
    pub const_deps: Vec<(ObjId, Vec<super::initorder::Dep>)>,
    /// Package-level constants and variables (of every package).
    pub value_objs: std::collections::HashSet<ObjId>,
    /// The first function of the current package.
    pub pkg_first_func: u32,
    /// Objects whose declarations are being checked, outermost first.
    pub obj_path: Vec<(ObjId, super::cycles::PathKind)>,
    /// Map key types to check once the type declarations they appear in
    /// are complete.
    pub pending_key_checks: Vec<(super::ty::TypeId, Span)>,
    /// A builtin's argument checked ahead (to see whether it is a
    /// multi-value call), handed back when the builtin checks it.
    pub prechecked: Option<(Span, super::expr::Operand)>,
    /// A build (not `rgo check`): `main` and function bodies required.
    pub whole_program: bool,
    /// Calls of the builtin panic, for terminating statements.
    pub panic_calls: super::terminate::PanicCalls,
    /// While a builtin over a call's results is checked: the call's text,
    /// which messages show for the locals holding the results.
    pub tuple_call: Option<String>,
    /// How many type declarations are being resolved (nested).
    pub type_decl_depth: u32,
    /// Method declarations of the current package, declared after all
    /// package-level names are collected.
    pub method_decls: Vec<DeclRef>,
    /// Enclosing functions' contexts while a function literal is checked,
    /// innermost last.
    pub outer: Vec<FuncCtx>,
    /// Serial numbers handed to function contexts.
    pub next_serial: u32,
}

/// Checks all packages; `pkgs` must list dependencies before dependents
/// and end with the main package.
/// Checks the packages (dependencies first, the main package last). With
/// `whole_program` (a build) the main package must declare `main` and
/// every function must have a body; `rgo check` checks a package alone,
/// like `go vet`, where neither is required.
pub fn check(
    pkgs: &[PackageSource],
    sources: &crate::source::SourceMap,
    whole_program: bool,
) -> Checked {
    let mut sc = Scopes::default();
    let mut tt = TypeTable::new();
    let universe = universe::build(&mut sc, &mut tt);
    let mut c = Checker {
        sources,
        tt,
        sc,
        diags: Vec::new(),
        prog: Program::default(),
        pkgs,
        universe,
        pkg_scopes: Vec::new(),
        file_scopes: Vec::new(),
        imports: Vec::new(),
        cur_pkg: 0,
        cur_file: 0,
        f: None,
        bodies: Vec::new(),
        iota: None,
        deferred_inits: Vec::new(),
        deps: None,
        func_deps: Default::default(),
        var_inits: Vec::new(),
        const_deps: Vec::new(),
        value_objs: Default::default(),
        pkg_first_func: 0,
        obj_path: Vec::new(),
        pending_key_checks: Vec::new(),
        prechecked: None,
        whole_program,
        panic_calls: Default::default(),
        tuple_call: None,
        type_decl_depth: 0,
        method_decls: Vec::new(),
        outer: Vec::new(),
        next_serial: 0,
    };
    for i in 0..pkgs.len() {
        c.check_package(i as u32);
    }
    c.check_main();
    Checked {
        program: c.prog,
        types: c.tt,
        diags: c.diags,
    }
}

impl<'a> Checker<'a> {
    pub fn error(&mut self, span: Span, msg: impl Into<String>) {
        self.diags.push(Diagnostic::new(span, msg));
    }

    /// `file:line:col` of a span, as gc quotes positions in messages.
    pub fn position_of(&self, span: Span) -> String {
        self.sources.position(span).to_string()
    }

    /// The error for a construct outside what rgo implements so far.
    pub fn unsupported(&mut self, span: Span, what: &str) {
        self.error(span, format!("not supported yet: {what}"));
    }

    fn check_package(&mut self, pkg: u32) {
        self.cur_pkg = pkg;
        self.tt.local_pkg = self.pkgs[pkg as usize].path.clone();
        let scope = self.sc.new_scope(Some(self.universe));
        self.pkg_scopes.push(scope);
        self.file_scopes.push(Vec::new());
        if self.pkgs[pkg as usize].path == "unsafe" {
            super::universe::unsafe_package(&mut self.sc, scope);
            return;
        }
        self.imports.clear();
        self.pkg_first_func = self.prog.funcs.len() as u32;
        let files = &self.pkgs[pkg as usize].files;
        for (fi, file) in files.iter().enumerate() {
            self.cur_file = fi as u32;
            let fs = self.sc.new_scope(Some(scope));
            self.file_scopes[pkg as usize].push(fs);
            self.declare_imports(fs, file);
            self.collect(pkg, fi as u32, file);
        }
        self.check_import_conflicts();
        self.declare_methods();
        self.resolve_all(pkg);
        self.check_bodies();
        self.order_inits();
        let inits = std::mem::take(&mut self.deferred_inits);
        self.prog.init.extend(inits);
        self.report_unused_imports();
    }

    fn declare_imports(&mut self, fs: ScopeId, file: &ast::File) {
        for imp in &file.imports {
            let Some(index) = self.pkgs.iter().position(|p| p.path == imp.path) else {
                // The driver reports imports it could not load.
                continue;
            };
            let default = imp.path.rsplit('/').next().unwrap_or(&imp.path).to_string();
            let (name, span) = match &imp.name {
                Some(id) if id.name == "." || id.name == "_" => {
                    self.unsupported(id.span, &format!("import {} \"{}\"", id.name, imp.path));
                    continue;
                }
                Some(id) if id.name == "init" => {
                    let msg = "cannot import package as init - init must be a func";
                    self.error(id.span, msg);
                    continue;
                }
                Some(id) => (id.name.clone(), id.span),
                None => (default, imp.path_span),
            };
            let obj = self.sc.new_obj(&name, ObjKind::Package(index as u32), span);
            if self.sc.declare(fs, obj).is_some() {
                self.error(span, format!("{name} redeclared in this block"));
            }
            self.imports.push(obj);
        }
    }

    /// Declares every package-level name of `file` as a pending object.
    fn collect(&mut self, pkg: u32, file: u32, f: &ast::File) {
        for (di, decl) in f.decls.iter().enumerate() {
            let at = |spec: usize, name: usize| DeclRef {
                pkg,
                file,
                decl: di as u32,
                spec: spec as u32,
                name: name as u32,
            };
            match decl {
                ast::Decl::Const { specs, .. } | ast::Decl::Var { specs, .. } => {
                    for (si, s) in specs.iter().enumerate() {
                        for (ni, n) in s.names.iter().enumerate() {
                            let obj = self.declare_pending(n, at(si, ni));
                            self.value_objs.insert(obj);
                        }
                    }
                }
                ast::Decl::Type { specs, .. } => {
                    for (si, s) in specs.iter().enumerate() {
                        self.declare_pending(&s.name, at(si, 0));
                    }
                }
                ast::Decl::Func(fd) => self.collect_func(fd, at(0, 0)),
            }
        }
    }

    fn collect_func(&mut self, fd: &ast::FuncDecl, at: DeclRef) {
        if fd.recv.is_some() {
            self.method_decls.push(at);
            return;
        }
        let name = &fd.name.name;
        let special = name == "init" || (name == "main" && self.is_main_pkg());
        if special && (!fd.sig.params.is_empty() || !fd.sig.results.is_empty()) {
            self.error(
                fd.name.span,
                format!("func {name} must have no arguments and no return values"),
            );
        }
        if name == "init" {
            // A build reports every missing body (declare_func).
            if fd.body.is_none() && !(self.is_main_pkg() && self.whole_program) {
                self.error(fd.name.span, "missing function body");
            }
            // init functions are not declared; they run at start-up.
            self.declare_func(fd, at, true);
            return;
        }
        self.declare_pending(&fd.name, at);
    }

    fn declare_pending(&mut self, name: &ast::Ident, at: DeclRef) -> ObjId {
        let scope = self.pkg_scopes[self.cur_pkg as usize];
        let obj = self.sc.new_obj(&name.name, ObjKind::Pending(at), name.span);
        if !matches!(
            self.pkgs[at.pkg as usize].files[at.file as usize].decls[at.decl as usize],
            ast::Decl::Func(_)
        ) {
            // Only functions may be named init (or main in package main).
            let n = &name.name;
            if n == "init" || (n == "main" && self.is_main_pkg()) {
                self.error(name.span, format!("cannot declare {n} - must be func"));
                return obj;
            }
        }
        if let Some(prev) = self.sc.declare(scope, obj) {
            let prev_span = self.sc.obj(prev).span;
            let d = Diagnostic::new(name.span, format!("{} redeclared in this block", name.name))
                .with_note(prev_span, format!("other declaration of {}", name.name));
            self.diags.push(d);
        }
        obj
    }

    pub fn is_main_pkg(&self) -> bool {
        self.pkgs[self.cur_pkg as usize].path == "main"
    }

    /// Resolves every pending object of the package, in source order.
    fn resolve_all(&mut self, pkg: u32) {
        let files = &self.pkgs[pkg as usize].files;
        for (fi, file) in files.iter().enumerate() {
            for (di, decl) in file.decls.iter().enumerate() {
                if let ast::Decl::Func(fd) = decl
                    && (fd.name.name == "init" || fd.recv.is_some())
                {
                    continue;
                }
                if let ast::Decl::Func(fd) = decl
                    && fd.name.name == "_"
                {
                    // Never looked up, but checked (and compiled).
                    self.cur_file = fi as u32;
                    let at = DeclRef {
                        pkg,
                        file: fi as u32,
                        decl: di as u32,
                        spec: 0,
                        name: 0,
                    };
                    self.declare_func(fd, at, false);
                    continue;
                }
                self.resolve_blank_vars(pkg, fi as u32, di as u32, decl);
                self.resolve_blank_consts(fi as u32, decl);
                for name in decl_names(decl) {
                    let scope = self.pkg_scopes[pkg as usize];
                    if let Some(obj) = self.sc.lookup_local(scope, &name.name)
                        && self.sc.obj(obj).span == name.span
                    {
                        self.cur_file = fi as u32;
                        self.resolve(obj);
                    }
                }
            }
        }
    }

    /// Var specs that declare only `_` are never looked up, but their
    /// initializers must be checked and run.
    fn resolve_blank_vars(&mut self, pkg: u32, file: u32, decl: u32, d: &ast::Decl) {
        let ast::Decl::Var { specs, .. } = d else {
            return;
        };
        for (si, s) in specs.iter().enumerate() {
            if s.names.iter().all(|n| n.name == "_") {
                self.cur_file = file;
                let at = DeclRef {
                    pkg,
                    file,
                    decl,
                    spec: si as u32,
                    name: 0,
                };
                self.global_var_spec(s, at);
            }
        }
    }

    /// Constants named `_` are never looked up, but their expressions
    /// must be checked (and may use imports).
    fn resolve_blank_consts(&mut self, file: u32, d: &ast::Decl) {
        let ast::Decl::Const { specs, .. } = d else {
            return;
        };
        for (si, s) in specs.iter().enumerate() {
            for (ni, n) in s.names.iter().enumerate() {
                if n.name == "_" {
                    self.cur_file = file;
                    self.const_spec_value(specs, si, ni);
                }
            }
        }
    }

    fn check_bodies(&mut self) {
        let bodies = std::mem::take(&mut self.bodies);
        for (id, at) in bodies {
            self.cur_file = at.file;
            let ast::Decl::Func(fd) =
                &self.pkgs[at.pkg as usize].files[at.file as usize].decls[at.decl as usize]
            else {
                continue;
            };
            self.check_func_body(id, fd);
        }
    }

    /// A package-level name may not also be the name of an import.
    fn check_import_conflicts(&mut self) {
        let scope = self.pkg_scopes[self.cur_pkg as usize];
        for &imp in &self.imports {
            let o = self.sc.obj(imp);
            let (ObjKind::Package(p), Some(alt)) = (&o.kind, self.sc.lookup_local(scope, &o.name))
            else {
                continue;
            };
            let path = &self.pkgs[*p as usize].path;
            let pkg_name = path.rsplit('/').next().unwrap_or(path);
            let a = self.sc.obj(alt);
            let msg = format!(
                "{} already declared through import of package {pkg_name} ({path:?})",
                a.name
            );
            let d = Diagnostic::new(a.span, msg)
                .with_note(o.span, format!("other declaration of {}", o.name));
            self.diags.push(d);
        }
    }

    fn report_unused_imports(&mut self) {
        for obj in std::mem::take(&mut self.imports) {
            let o = self.sc.obj(obj);
            if !o.used {
                let ObjKind::Package(p) = o.kind else {
                    continue;
                };
                let path = &self.pkgs[p as usize].path;
                let default = path.rsplit('/').next().unwrap_or(path);
                let msg = if o.name == default {
                    format!("\"{path}\" imported and not used")
                } else {
                    format!("\"{path}\" imported as {} and not used", o.name)
                };
                self.error(o.span, msg);
            }
        }
    }

    fn check_main(&mut self) {
        let Some(last) = self.pkgs.len().checked_sub(1) else {
            return;
        };
        if self.pkgs[last].path != "main" {
            return;
        }
        let scope = self.pkg_scopes[last];
        match self
            .sc
            .lookup_local(scope, "main")
            .map(|o| self.sc.obj(o).kind.clone())
        {
            Some(ObjKind::Func(id, _)) => self.prog.main = Some(id),
            Some(_) | None if !self.whole_program => {}
            Some(_) => {}
            None => {
                let span = self.pkgs[last]
                    .files
                    .first()
                    .map(|f| f.package.span)
                    .unwrap_or_default();
                self.error(span, "function main is undeclared in the main package");
            }
        }
    }
}

/// The names a declaration introduces at package level.
fn decl_names(decl: &ast::Decl) -> Vec<&ast::Ident> {
    match decl {
        ast::Decl::Const { specs, .. } | ast::Decl::Var { specs, .. } => {
            specs.iter().flat_map(|s| s.names.iter()).collect()
        }
        ast::Decl::Type { specs, .. } => specs.iter().map(|s| &s.name).collect(),
        ast::Decl::Func(fd) => vec![&fd.name],
    }
}
