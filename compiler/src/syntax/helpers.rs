//! This module implements the Rust side of the grammar's actions for
//! files and expressions: node constructors and the checks gc makes while
//! parsing them. Declaration helpers live in decl_helpers.rs, statement
//! helpers in stmt_helpers.rs.

use super::ast::*;
use super::error::SyntaxError;
use super::literal::unquote_string;
use crate::source::{FileId, Span};

pub use super::decl_helpers::*;
pub use super::stmt_helpers::*;

pub fn sp(file: FileId, l: usize, r: usize) -> Span {
    Span::new(file, l, r)
}

pub fn push<T>(mut v: Vec<T>, e: T) -> Vec<T> {
    v.push(e);
    v
}

pub fn push_opt<T>(mut v: Vec<T>, e: Option<T>) -> Vec<T> {
    v.extend(e);
    v
}

pub fn prepend<T>(e: T, mut v: Vec<T>) -> Vec<T> {
    v.insert(0, e);
    v
}

pub fn prepend_opt<T>(e: T, v: Option<Vec<T>>) -> Vec<T> {
    prepend(e, v.unwrap_or_default())
}

/// A top-level declaration; imports are collected separately.
pub enum Top {
    Import(usize, Vec<ImportSpec>),
    Decl(Decl),
    Error,
}

pub fn file(
    file: FileId,
    diags: &mut Vec<SyntaxError>,
    package: Ident,
    tops: Vec<Top>,
    l: usize,
    r: usize,
) -> File {
    let mut imports = Vec::new();
    let mut decls = Vec::new();
    for top in tops {
        match top {
            Top::Import(at, specs) => {
                if !decls.is_empty() {
                    diags.push(SyntaxError::new(
                        at,
                        at + 6,
                        "imports must appear before other declarations",
                    ));
                }
                imports.extend(specs);
            }
            Top::Decl(d) => decls.push(d),
            Top::Error => {}
        }
    }
    File {
        package,
        imports,
        decls,
        span: sp(file, l, r),
    }
}

pub fn import(
    file: FileId,
    diags: &mut Vec<SyntaxError>,
    name: Option<Ident>,
    path: &str,
    l: usize,
    pl: usize,
    r: usize,
) -> ImportSpec {
    // An unterminated literal has been reported by the lexer.
    let decoded = unquote_string(path).ok();
    let path = String::from_utf8_lossy(decoded.as_deref().unwrap_or_default()).into_owned();
    if let Some(why) = decoded
        .is_some()
        .then(|| import_path_error(&path))
        .flatten()
    {
        diags.push(SyntaxError::plain(
            pl,
            r,
            format!("invalid import path ({why})"),
        ));
    } else if path.starts_with('/') {
        // gc's importer says this; no package can be found that way.
        let msg = format!("could not import {path} (import path cannot be absolute path)");
        diags.push(SyntaxError::plain(pl, r, msg));
    }
    ImportSpec {
        name,
        path,
        path_span: sp(file, pl, r),
        span: sp(file, l, r),
    }
}

/// What is wrong with an import path, in go/types' words: it must not be
/// empty, and every character must be graphic, not a space, and none of
/// ``!"#$%&'()*,:;<=>?[\]^{|}` `` and U+FFFD.
fn import_path_error(path: &str) -> Option<String> {
    if path.is_empty() {
        return Some("empty string".into());
    }
    const ILLEGAL: &str = "!\"#$%&'()*,:;<=>?[\\]^{|}`\u{FFFD}";
    let bad = path
        .chars()
        .find(|&c| c.is_control() || c.is_whitespace() || ILLEGAL.contains(c))?;
    Some(format!("invalid character {}", super::error::go_char(bad)))
}

pub fn ident(file: FileId, l: usize, name: &str, r: usize) -> Ident {
    Ident {
        name: name.to_string(),
        span: sp(file, l, r),
    }
}

pub fn expr(file: FileId, kind: ExprKind, l: usize, r: usize) -> Expr {
    Expr {
        kind,
        span: sp(file, l, r),
    }
}

pub fn name(n: Ident) -> Expr {
    let span = n.span;
    Expr {
        kind: ExprKind::Ident(n),
        span,
    }
}

pub fn lit(file: FileId, kind: LitKind, raw: &str, l: usize, r: usize) -> Expr {
    let raw = raw.to_string();
    expr(file, ExprKind::BasicLit { kind, raw }, l, r)
}

pub fn const_decl(file: FileId, mut specs: Vec<ValueSpec>, l: usize, r: usize) -> Decl {
    for (i, s) in specs.iter_mut().enumerate() {
        s.iota = i as u32;
    }
    Decl::Const {
        specs,
        span: sp(file, l, r),
    }
}

pub fn var_decl(
    file: FileId,
    diags: &mut Vec<SyntaxError>,
    specs: Vec<ValueSpec>,
    l: usize,
    r: usize,
) -> Decl {
    for s in &specs {
        if s.ty.is_none() && s.values.is_empty() {
            let end = s.span.end as usize;
            diags.push(SyntaxError::new(end, end, "expected type").at_token());
        }
    }
    Decl::Var {
        specs,
        span: sp(file, l, r),
    }
}

pub fn value_spec(
    file: FileId,
    names: Vec<Ident>,
    ty: Option<Expr>,
    values: Vec<Expr>,
    l: usize,
    r: usize,
) -> ValueSpec {
    ValueSpec {
        names,
        ty,
        values,
        iota: 0,
        span: sp(file, l, r),
    }
}

pub fn field(
    file: FileId,
    names: Vec<Ident>,
    ty: Expr,
    tag: Option<(usize, &str)>,
    l: usize,
    r: usize,
) -> Field {
    let tag = tag
        .map(|(_, s)| String::from_utf8_lossy(&unquote_string(s).unwrap_or_default()).into_owned());
    Field {
        names,
        ty,
        tag,
        span: sp(file, l, r),
    }
}

/// An unnamed field (a result type).
pub fn anon(file: FileId, ty: Expr) -> Field {
    let (l, r) = (ty.span.start as usize, ty.span.end as usize);
    field(file, vec![], ty, None, l, r)
}

pub fn binary(file: FileId, op: BinaryOp, x: Expr, y: Expr, l: usize, r: usize) -> Expr {
    let kind = ExprKind::Binary {
        op,
        x: Box::new(x),
        y: Box::new(y),
    };
    expr(file, kind, l, r)
}

/// A unary operation; `<-` applied to a bidirectional channel type makes a
/// receive-only channel type, as in gc.
pub fn unary(file: FileId, op: UnaryOp, x: Expr, l: usize, r: usize) -> Expr {
    if let (
        UnaryOp::Recv,
        ExprKind::ChanType {
            dir: ChanDir::Both,
            elem,
        },
    ) = (op, &x.kind)
    {
        let kind = ExprKind::ChanType {
            dir: ChanDir::Recv,
            elem: elem.clone(),
        };
        return expr(file, kind, l, r);
    }
    expr(file, ExprKind::Unary { op, x: Box::new(x) }, l, r)
}

pub fn ellipsis(file: FileId, l: usize, r: usize) -> Expr {
    expr(file, ExprKind::Ellipsis(None), l, r)
}

pub fn variadic(file: FileId, t: Expr, l: usize, r: usize) -> Expr {
    expr(file, ExprKind::Ellipsis(Some(Box::new(t))), l, r)
}

pub fn array(file: FileId, len: Expr, elem: Expr, l: usize, r: usize) -> Expr {
    let kind = ExprKind::ArrayType {
        len: Box::new(len),
        elem: Box::new(elem),
    };
    expr(file, kind, l, r)
}

pub fn map(file: FileId, key: Expr, value: Expr, l: usize, r: usize) -> Expr {
    let kind = ExprKind::MapType {
        key: Box::new(key),
        value: Box::new(value),
    };
    expr(file, kind, l, r)
}

pub fn chan(file: FileId, dir: ChanDir, elem: Expr, l: usize, r: usize) -> Expr {
    let kind = ExprKind::ChanType {
        dir,
        elem: Box::new(elem),
    };
    expr(file, kind, l, r)
}

pub fn sig(file: FileId, params: Vec<Field>, results: Vec<Field>, l: usize, r: usize) -> FuncType {
    FuncType {
        params,
        results,
        span: sp(file, l, r),
    }
}

pub fn func_type(
    file: FileId,
    params: Vec<Field>,
    results: Vec<Field>,
    l: usize,
    r: usize,
) -> Expr {
    let ft = sig(file, params, results, l, r);
    expr(file, ExprKind::FuncType(ft), l, r)
}

pub fn selector(file: FileId, x: Expr, sel: Ident, l: usize, r: usize) -> Expr {
    let kind = ExprKind::Selector {
        x: Box::new(x),
        sel,
    };
    expr(file, kind, l, r)
}

pub fn index(file: FileId, x: Expr, indices: Vec<Expr>, l: usize, r: usize) -> Expr {
    let kind = ExprKind::Index {
        x: Box::new(x),
        indices,
    };
    expr(file, kind, l, r)
}

pub fn assert(file: FileId, x: Expr, ty: Option<Expr>, l: usize, r: usize) -> Expr {
    let kind = ExprKind::TypeAssert {
        x: Box::new(x),
        ty: ty.map(Box::new),
    };
    expr(file, kind, l, r)
}

/// The third index of a 3-index slice with the position of its colon.
pub type SliceMax = (Option<Expr>, usize, usize);

#[allow(clippy::too_many_arguments)]
pub fn slice(
    file: FileId,
    diags: &mut Vec<SyntaxError>,
    x: Expr,
    lo: Option<Expr>,
    hi: Option<Expr>,
    max: Option<SliceMax>,
    l: usize,
    r: usize,
) -> Expr {
    let three = max.is_some();
    let mut max_expr = None;
    if let Some((m, ml, mr)) = max {
        if hi.is_none() {
            diags.push(SyntaxError::plain(
                ml,
                mr,
                "middle index required in 3-index slice",
            ));
        }
        if m.is_none() {
            diags.push(SyntaxError::plain(
                r - 1,
                r,
                "final index required in 3-index slice",
            ));
        }
        max_expr = m;
    }
    let kind = ExprKind::Slice {
        x: Box::new(x),
        lo: lo.map(Box::new),
        hi: hi.map(Box::new),
        max: max_expr.map(Box::new),
        three,
    };
    expr(file, kind, l, r)
}

/// Call arguments and the position of a trailing `...`.
pub type CallArgs = (Vec<Expr>, Option<(usize, usize)>);

pub fn call(file: FileId, func: Expr, args: CallArgs, l: usize, r: usize) -> Expr {
    let kind = ExprKind::Call {
        func: Box::new(func),
        args: args.0,
        ellipsis: args.1.map(|(a, b)| sp(file, a, b)),
    };
    expr(file, kind, l, r)
}

/// The elements of a literal value with the positions of its braces.
pub type LitValue = (Vec<Element>, usize, usize);

pub fn complit(file: FileId, ty: Option<Expr>, v: LitValue, l: usize, r: usize) -> Expr {
    let kind = ExprKind::CompositeLit {
        ty: ty.map(Box::new),
        elts: v.0,
    };
    expr(file, kind, l, r)
}

/// A composite literal whose type was parsed as an operand: gc rejects a
/// parenthesized one, at the literal's `{`.
pub fn complit_after(
    file: FileId,
    diags: &mut Vec<SyntaxError>,
    ty: Expr,
    v: LitValue,
    l: usize,
    r: usize,
) -> Expr {
    if matches!(ty.kind, ExprKind::Paren(_)) {
        let msg = "cannot parenthesize type in composite literal";
        diags.push(SyntaxError::new(v.1, v.1 + 1, msg));
    }
    complit(file, Some(ty), v, l, r)
}

pub fn complit_elided(file: FileId, v: LitValue) -> Expr {
    let (l, r) = (v.1, v.2);
    complit(file, None, v, l, r)
}
