//! Helpers shared by the tests: reading testdata, walking a Go tree for
//! .go files, and checking the span invariants of a tree.

#![allow(dead_code)]

use rgo::source::Span;
use rgo::syntax::ast::*;
use std::path::{Path, PathBuf};

/// The `.go` files of `testdata/syntax/<dir>`, sorted.
pub fn testdata(dir: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../testdata/syntax")
        .join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    files.sort();
    files
}

pub fn stem(p: &Path) -> String {
    p.file_stem().unwrap().to_string_lossy().into_owned()
}

/// Checks that every node's span is non-empty and inside its parent's.
pub fn check_spans(f: &File) -> Vec<String> {
    let mut c = Checker::default();
    for d in &f.decls {
        c.decl(d, f.span);
    }
    c.errors
}

#[derive(Default)]
struct Checker {
    errors: Vec<String>,
}

impl Checker {
    fn span(&mut self, what: &str, s: Span, parent: Span) {
        if s.start >= s.end || s.start < parent.start || s.end > parent.end {
            self.errors.push(format!(
                "{what} @{}..{} not inside @{}..{}",
                s.start, s.end, parent.start, parent.end
            ));
        }
    }

    fn decl(&mut self, d: &Decl, parent: Span) {
        match d {
            Decl::Const { specs, span } | Decl::Var { specs, span } => {
                self.span("decl", *span, parent);
                for s in specs {
                    self.span("value spec", s.span, *span);
                    s.ty.iter()
                        .chain(&s.values)
                        .for_each(|x| self.expr(x, s.span));
                }
            }
            Decl::Type { specs, span } => {
                self.span("type decl", *span, parent);
                for s in specs {
                    self.span("type spec", s.span, *span);
                    self.fields(&s.tparams, s.span);
                    self.expr(&s.ty, s.span);
                }
            }
            Decl::Func(f) => {
                self.span("func", f.span, parent);
                f.recv.iter().for_each(|r| self.field(r, f.span));
                self.fields(&f.tparams, f.span);
                self.sig(&f.sig, f.span);
                f.body.iter().for_each(|b| self.block(b, f.span));
            }
        }
    }

    fn sig(&mut self, s: &FuncType, parent: Span) {
        self.span("signature", s.span, parent);
        self.fields(&s.params, s.span);
        self.fields(&s.results, s.span);
    }

    fn fields(&mut self, fs: &[Field], parent: Span) {
        fs.iter().for_each(|f| self.field(f, parent));
    }

    fn field(&mut self, f: &Field, parent: Span) {
        self.span("field", f.span, parent);
        f.names
            .iter()
            .for_each(|n| self.span("name", n.span, f.span));
        self.expr(&f.ty, f.span);
    }

    fn block(&mut self, b: &Block, parent: Span) {
        self.span("block", b.span, parent);
        b.stmts.iter().for_each(|s| self.stmt(s, b.span));
    }

    fn exprs(&mut self, xs: &[Expr], parent: Span) {
        xs.iter().for_each(|x| self.expr(x, parent));
    }

    fn expr(&mut self, e: &Expr, parent: Span) {
        self.span("expr", e.span, parent);
        let s = e.span;
        match &e.kind {
            ExprKind::CompositeLit { ty, elts } => {
                ty.iter().for_each(|t| self.expr(t, s));
                for el in elts {
                    el.key.iter().for_each(|k| self.expr(k, s));
                    self.expr(&el.value, s);
                }
            }
            ExprKind::FuncLit { sig, body } => {
                self.sig(sig, s);
                self.block(body, s);
            }
            ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::SliceType(x) => self.expr(x, s),
            ExprKind::Unary { x, .. } | ExprKind::ChanType { elem: x, .. } => self.expr(x, s),
            ExprKind::Selector { x, sel } => {
                self.expr(x, s);
                self.span("selector", sel.span, s);
            }
            ExprKind::Index { x, indices } => {
                self.expr(x, s);
                self.exprs(indices, s);
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.expr(x, s);
                lo.iter().chain(hi).chain(max).for_each(|y| self.expr(y, s));
            }
            ExprKind::TypeAssert { x, ty } => {
                self.expr(x, s);
                ty.iter().for_each(|t| self.expr(t, s));
            }
            ExprKind::Call { func, args, .. } => {
                self.expr(func, s);
                self.exprs(args, s);
            }
            ExprKind::Binary { x, y, .. } | ExprKind::MapType { key: x, value: y } => {
                self.expr(x, s);
                self.expr(y, s);
            }
            ExprKind::ArrayType { len, elem } => {
                self.expr(len, s);
                self.expr(elem, s);
            }
            ExprKind::StructType(fs) => self.fields(fs, s),
            ExprKind::FuncType(ft) => self.sig(ft, s),
            ExprKind::InterfaceType(elems) => {
                for el in elems {
                    match el {
                        InterfaceElem::Method { name, sig } => {
                            self.span("method", name.span, s);
                            self.sig(sig, s);
                        }
                        InterfaceElem::Embed(x) => self.expr(x, s),
                    }
                }
            }
            ExprKind::Ellipsis(x) => x.iter().for_each(|x| self.expr(x, s)),
            ExprKind::Ident(_) | ExprKind::BasicLit { .. } | ExprKind::Bad => {}
        }
    }

    fn opt_stmt(&mut self, s: &Option<Box<Stmt>>, parent: Span) {
        s.iter().for_each(|s| self.stmt(s, parent));
    }

    fn stmt(&mut self, st: &Stmt, parent: Span) {
        let s = st.span;
        if !matches!(st.kind, StmtKind::Empty) {
            self.span("stmt", s, parent);
        }
        match &st.kind {
            StmtKind::Decl(d) => self.decl(d, s),
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt, s),
            StmtKind::Expr(x) | StmtKind::Go(x) | StmtKind::Defer(x) => self.expr(x, s),
            StmtKind::IncDec { x, .. } => self.expr(x, s),
            StmtKind::Send { ch, value } => {
                self.expr(ch, s);
                self.expr(value, s);
            }
            StmtKind::Assign { lhs, rhs, .. } => {
                self.exprs(lhs, s);
                self.exprs(rhs, s);
            }
            StmtKind::Return(xs) => self.exprs(xs, s),
            StmtKind::Block(b) => self.block(b, s),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.opt_stmt(init, s);
                self.expr(cond, s);
                self.block(then, s);
                self.opt_stmt(els, s);
            }
            StmtKind::Switch { init, tag, clauses } => {
                self.opt_stmt(init, s);
                tag.iter().for_each(|t| self.expr(t, s));
                self.cases(clauses, s);
            }
            StmtKind::TypeSwitch {
                init, x, clauses, ..
            } => {
                self.opt_stmt(init, s);
                self.expr(x, s);
                self.cases(clauses, s);
            }
            StmtKind::Select(cs) => {
                for c in cs {
                    self.span("comm clause", c.span, s);
                    self.opt_stmt(&c.comm, c.span);
                    c.body.iter().for_each(|b| self.stmt(b, c.span));
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.opt_stmt(init, s);
                cond.iter().for_each(|c| self.expr(c, s));
                self.opt_stmt(post, s);
                self.block(body, s);
            }
            StmtKind::Range {
                key,
                value,
                x,
                body,
                ..
            } => {
                key.iter().chain(value).for_each(|k| self.expr(k, s));
                self.expr(x, s);
                self.block(body, s);
            }
            _ => {}
        }
    }

    fn cases(&mut self, cs: &[CaseClause], parent: Span) {
        for c in cs {
            self.span("case clause", c.span, parent);
            c.exprs.iter().flatten().for_each(|x| self.expr(x, c.span));
            c.body.iter().for_each(|b| self.stmt(b, c.span));
        }
    }
}

/// Every `.go` file under `dir`, recursively (unsorted).
pub fn go_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            go_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "go") {
            out.push(p);
        }
    }
}
