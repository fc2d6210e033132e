//! This module implements the stable text dump of a syntax tree, used by
//! `rgo build --emit=ast` and the parser's snapshot tests. Each node is one
//! line, `Kind details @start..end`, its children indented by two spaces
//! below it; optional children that are absent are omitted, and list
//! children are introduced by a label line (`params:`, `body:`).

use super::ast::*;
use super::printer::{binary_op, unary_op};
use crate::source::Span;
use std::fmt::Write;

/// Dumps the whole file.
pub fn dump(file: &File) -> String {
    let mut d = Dumper::default();
    d.line(&format!("File package={}", file.package.name), file.span);
    d.nest(|d| {
        for i in &file.imports {
            d.import(i);
        }
        for decl in &file.decls {
            d.decl(decl);
        }
    });
    d.out
}

#[derive(Default)]
struct Dumper {
    out: String,
    depth: usize,
}

impl Dumper {
    fn line(&mut self, text: &str, span: Span) {
        let _ = writeln!(
            self.out,
            "{:w$}{text} @{}..{}",
            "",
            span.start,
            span.end,
            w = self.depth * 2
        );
    }

    fn label(&mut self, text: &str) {
        let _ = writeln!(self.out, "{:w$}{text}:", "", w = self.depth * 2);
    }

    fn nest(&mut self, f: impl FnOnce(&mut Dumper)) {
        self.depth += 1;
        f(self);
        self.depth -= 1;
    }

    fn labelled(&mut self, text: &str, f: impl FnOnce(&mut Dumper)) {
        self.label(text);
        self.nest(f);
    }

    fn import(&mut self, i: &ImportSpec) {
        let name = i
            .name
            .as_ref()
            .map_or(String::new(), |n| format!(" name={}", n.name));
        self.line(
            &format!(
                "Import {:?}{name} path@{}..{}",
                i.path, i.path_span.start, i.path_span.end
            ),
            i.span,
        );
    }

    fn decl(&mut self, d: &Decl) {
        match d {
            Decl::Const { specs, span } => self.value_decl("Const", specs, *span),
            Decl::Var { specs, span } => self.value_decl("Var", specs, *span),
            Decl::Type { specs, span } => {
                self.line("TypeDecl", *span);
                self.nest(|d| specs.iter().for_each(|s| d.type_spec(s)));
            }
            Decl::Func(f) => self.func_decl(f),
        }
    }

    fn value_decl(&mut self, kind: &str, specs: &[ValueSpec], span: Span) {
        self.line(&format!("{kind}Decl"), span);
        self.nest(|d| {
            for s in specs {
                d.line(
                    &format!("ValueSpec {} iota={}", names(&s.names), s.iota),
                    s.span,
                );
                d.nest(|d| {
                    if let Some(t) = &s.ty {
                        d.labelled("type", |d| d.expr(t));
                    }
                    if !s.values.is_empty() {
                        d.labelled("values", |d| d.exprs(&s.values));
                    }
                });
            }
        });
    }

    fn type_spec(&mut self, s: &TypeSpec) {
        let alias = if s.alias { " alias" } else { "" };
        self.line(&format!("TypeSpec {}{alias}", s.name.name), s.span);
        self.nest(|d| {
            if !s.tparams.is_empty() {
                d.labelled("tparams", |d| d.fields(&s.tparams));
            }
            d.expr(&s.ty);
        });
    }

    fn func_decl(&mut self, f: &FuncDecl) {
        self.line(&format!("FuncDecl {}", f.name.name), f.span);
        self.nest(|d| {
            if let Some(r) = &f.recv {
                d.labelled("recv", |d| d.field(r));
            }
            if !f.tparams.is_empty() {
                d.labelled("tparams", |d| d.fields(&f.tparams));
            }
            d.sig(&f.sig);
            if let Some(b) = &f.body {
                d.block(b);
            }
        });
    }

    fn sig(&mut self, s: &FuncType) {
        self.line("Signature", s.span);
        self.nest(|d| {
            if !s.params.is_empty() {
                d.labelled("params", |d| d.fields(&s.params));
            }
            if !s.results.is_empty() {
                d.labelled("results", |d| d.fields(&s.results));
            }
        });
    }

    fn fields(&mut self, fs: &[Field]) {
        fs.iter().for_each(|f| self.field(f));
    }

    fn field(&mut self, f: &Field) {
        let tag = f
            .tag
            .as_ref()
            .map_or(String::new(), |t| format!(" tag={t:?}"));
        let n = if f.names.is_empty() {
            "_embedded_or_unnamed".to_string()
        } else {
            names(&f.names)
        };
        self.line(&format!("Field {n}{tag}"), f.span);
        self.nest(|d| d.expr(&f.ty));
    }

    fn exprs(&mut self, xs: &[Expr]) {
        xs.iter().for_each(|x| self.expr(x));
    }

    fn opt(&mut self, label: &str, x: &Option<Box<Expr>>) {
        if let Some(x) = x {
            self.labelled(label, |d| d.expr(x));
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Ident(n) => self.line(&format!("Ident {}", n.name), e.span),
            ExprKind::BasicLit { kind, raw } => {
                self.line(&format!("BasicLit {kind:?} {raw}"), e.span)
            }
            ExprKind::CompositeLit { ty, elts } => {
                self.line("CompositeLit", e.span);
                self.nest(|d| {
                    d.opt("type", ty);
                    for el in elts {
                        d.element(el);
                    }
                });
            }
            ExprKind::FuncLit { sig, body } => {
                self.line("FuncLit", e.span);
                self.nest(|d| {
                    d.sig(sig);
                    d.block(body);
                });
            }
            ExprKind::Paren(x) => self.unary_node("Paren", e.span, x),
            ExprKind::Selector { x, sel } => {
                self.line(&format!("Selector .{}", sel.name), e.span);
                self.nest(|d| d.expr(x));
            }
            ExprKind::Index { x, indices } => {
                self.line("Index", e.span);
                self.nest(|d| {
                    d.expr(x);
                    d.labelled("indices", |d| d.exprs(indices));
                });
            }
            _ => self.expr2(e),
        }
    }

    fn expr2(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Slice {
                x,
                lo,
                hi,
                max,
                three,
            } => {
                self.line(if *three { "Slice3" } else { "Slice" }, e.span);
                self.nest(|d| {
                    d.expr(x);
                    d.opt("lo", lo);
                    d.opt("hi", hi);
                    d.opt("max", max);
                });
            }
            ExprKind::TypeAssert { x, ty } => {
                self.line(
                    if ty.is_some() {
                        "TypeAssert"
                    } else {
                        "TypeAssert (type)"
                    },
                    e.span,
                );
                self.nest(|d| {
                    d.expr(x);
                    d.opt("type", ty);
                });
            }
            ExprKind::Call {
                func,
                args,
                ellipsis,
            } => {
                let dots = ellipsis.map_or(String::new(), |s| format!(" ...@{}", s.start));
                self.line(&format!("Call{dots}"), e.span);
                self.nest(|d| {
                    d.expr(func);
                    if !args.is_empty() {
                        d.labelled("args", |d| d.exprs(args));
                    }
                });
            }
            ExprKind::Star(x) => self.unary_node("Star", e.span, x),
            ExprKind::Unary { op, x } => {
                self.unary_node(&format!("Unary {}", unary_op(*op)), e.span, x)
            }
            ExprKind::Binary { op, x, y } => {
                self.line(&format!("Binary {}", binary_op(*op)), e.span);
                self.nest(|d| {
                    d.expr(x);
                    d.expr(y);
                });
            }
            _ => self.type_expr(e),
        }
    }

    fn type_expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::ArrayType { len, elem } => {
                self.line("ArrayType", e.span);
                self.nest(|d| {
                    d.labelled("len", |d| d.expr(len));
                    d.expr(elem);
                });
            }
            ExprKind::SliceType(x) => self.unary_node("SliceType", e.span, x),
            ExprKind::StructType(fs) => {
                self.line("StructType", e.span);
                self.nest(|d| d.fields(fs));
            }
            ExprKind::FuncType(ft) => {
                self.line("FuncType", e.span);
                self.nest(|d| d.sig(ft));
            }
            ExprKind::InterfaceType(elems) => {
                self.line("InterfaceType", e.span);
                self.nest(|d| elems.iter().for_each(|el| d.iface_elem(el)));
            }
            ExprKind::MapType { key, value } => {
                self.line("MapType", e.span);
                self.nest(|d| {
                    d.expr(key);
                    d.expr(value);
                });
            }
            ExprKind::ChanType { dir, elem } => {
                self.unary_node(&format!("ChanType {dir:?}"), e.span, elem)
            }
            ExprKind::Ellipsis(x) => {
                self.line("Ellipsis", e.span);
                self.nest(|d| {
                    if let Some(x) = x {
                        d.expr(x);
                    }
                });
            }
            _ => self.line("Bad", e.span),
        }
    }

    fn unary_node(&mut self, head: &str, span: Span, x: &Expr) {
        self.line(head, span);
        self.nest(|d| d.expr(x));
    }

    fn element(&mut self, el: &Element) {
        match &el.key {
            Some(k) => {
                self.label("KeyValue");
                self.nest(|d| {
                    d.expr(k);
                    d.expr(&el.value);
                });
            }
            None => self.expr(&el.value),
        }
    }

    fn iface_elem(&mut self, el: &InterfaceElem) {
        match el {
            InterfaceElem::Method { name, sig } => {
                self.line(&format!("Method {}", name.name), name.span.to(sig.span));
                self.nest(|d| d.sig(sig));
            }
            InterfaceElem::Embed(x) => {
                self.label("Embed");
                self.nest(|d| d.expr(x));
            }
        }
    }
}

fn names(ns: &[Ident]) -> String {
    ns.iter()
        .map(|n| n.name.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

#[path = "dump_stmt.rs"]
mod dump_stmt;
