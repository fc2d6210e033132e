//! This module implements the Rust side of the grammar's actions for
//! files, declarations, types and expressions: node constructors, the
//! grouping of parameter lists (gc's rule: if any parameter has a name and
//! a type, every lone identifier is a name; otherwise all are types), the
//! array-or-type-parameters decision in type declarations, and the checks
//! gc makes while parsing. Statement helpers live in stmt_helpers.rs.

use super::ast::*;
use super::error::SyntaxError;
use super::literal::unquote_string;
use crate::source::{FileId, Span};

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
    let decoded = unquote_string(path).unwrap_or_default();
    let path = String::from_utf8_lossy(&decoded).into_owned();
    if path.is_empty() {
        diags.push(SyntaxError::plain(pl, r, "invalid import path (empty string)"));
    }
    ImportSpec {
        name,
        path,
        path_span: sp(file, pl, r),
        span: sp(file, l, r),
    }
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

pub fn var_decl(file: FileId, diags: &mut Vec<SyntaxError>, specs: Vec<ValueSpec>, l: usize, r: usize) -> Decl {
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

/// `= T` or `T` after a type parameter list.
pub type TypeSpecTail = (bool, Expr);

pub fn type_spec(
    file: FileId,
    name: Ident,
    tparams: Vec<Field>,
    alias: bool,
    ty: Expr,
    l: usize,
    r: usize,
) -> TypeSpec {
    TypeSpec {
        name,
        tparams,
        alias,
        ty,
        span: sp(file, l, r),
    }
}

/// `type T [x] E`: an array type, unless `x` splits into a type parameter
/// name and a constraint that can only be a type (gc's rule).
#[allow(clippy::too_many_arguments)]
pub fn array_or_generic(
    file: FileId,
    _diags: &mut Vec<SyntaxError>,
    name: Ident,
    x: Expr,
    elem: Expr,
    bl: usize,
    l: usize,
    r: usize,
) -> TypeSpec {
    if let Some((p, Some(c))) = extract_name(&x, false) {
        let param = field(file, vec![p], c, None, x.span.start as usize, x.span.end as usize);
        return type_spec(file, name, vec![param], false, elem, l, r);
    }
    let arr = array(file, x, elem, bl, r);
    type_spec(file, name, vec![], false, arr, l, r)
}

/// `type T[x, ...] E`: the first type parameter comes from expression `x`.
#[allow(clippy::too_many_arguments)]
pub fn generic_from_expr(
    file: FileId,
    diags: &mut Vec<SyntaxError>,
    name: Ident,
    x: Expr,
    rest: Option<Vec<Field>>,
    tail: TypeSpecTail,
    l: usize,
    r: usize,
) -> TypeSpec {
    let (xl, xr) = (x.span.start as usize, x.span.end as usize);
    let mut params = match extract_name(&x, true) {
        Some((p, Some(c))) => vec![field(file, vec![p], c, None, xl, xr)],
        Some((p, None)) => vec![Field {
            names: vec![p],
            ty: expr(file, ExprKind::Bad, xl, xr),
            tag: None,
            span: sp(file, xl, xr),
        }],
        None => {
            diags.push(SyntaxError::new(xl, xr, "type parameters must be named"));
            vec![]
        }
    };
    params.extend(rest.unwrap_or_default());
    type_spec(file, name, merge_tparams(params), tail.0, tail.1, l, r)
}

/// Lone type parameter names (`P` in `[P, Q any]`) take the next group's
/// constraint: they are merged into that group.
fn merge_tparams(params: Vec<Field>) -> Vec<Field> {
    let mut out: Vec<Field> = Vec::new();
    let mut pending: Vec<Ident> = Vec::new();
    for mut f in params {
        if matches!(f.ty.kind, ExprKind::Bad) {
            pending.append(&mut f.names);
            continue;
        }
        if let Some(first) = pending.first() {
            f.span = first.span.to(f.span);
            pending.append(&mut f.names);
            f.names = std::mem::take(&mut pending);
        }
        out.push(f);
    }
    out
}

#[allow(clippy::too_many_arguments)]
pub fn generic(
    file: FileId,
    name: Ident,
    p: Ident,
    c: Expr,
    rest: Vec<Field>,
    tail: TypeSpecTail,
    l: usize,
    r: usize,
) -> TypeSpec {
    let (pl, cr) = (p.span.start as usize, c.span.end as usize);
    let params = prepend(field(file, vec![p], c, None, pl, cr), rest);
    type_spec(file, name, params, tail.0, tail.1, l, r)
}

/// Splits `x` into a name and a type-parameter constraint, as gc's
/// `extractName`: `P *C`, `P (C)`, `P *C | D`. With `force` unset the
/// split only happens if the constraint cannot be an ordinary value.
fn extract_name(x: &Expr, force: bool) -> Option<(Ident, Option<Expr>)> {
    match &x.kind {
        ExprKind::Ident(n) => Some((n.clone(), None)),
        ExprKind::Binary {
            op: BinaryOp::Mul,
            x: a,
            y: b,
        } => match &a.kind {
            ExprKind::Ident(n) if force || is_type_elem(b) => {
                let span = Span::new(x.span.file, n.span.end as usize, x.span.end as usize);
                let star = Expr {
                    kind: ExprKind::Star(b.clone()),
                    span: star_span(span, b),
                };
                Some((n.clone(), Some(star)))
            }
            _ => None,
        },
        ExprKind::Binary {
            op: BinaryOp::Or,
            x: a,
            y: b,
        } => {
            let (n, lhs) = extract_name(a, force || is_type_elem(b))?;
            let lhs = lhs?;
            let span = lhs.span.to(b.span);
            let kind = ExprKind::Binary {
                op: BinaryOp::Or,
                x: Box::new(lhs),
                y: b.clone(),
            };
            Some((n, Some(Expr { kind, span })))
        }
        ExprKind::Call {
            func,
            args,
            ellipsis: None,
        } if args.len() == 1 => match &func.kind {
            ExprKind::Ident(n) if force || is_type_elem(&args[0]) => {
                Some((n.clone(), Some(args[0].clone())))
            }
            _ => None,
        },
        _ => None,
    }
}

fn star_span(after_name: Span, elem: &Expr) -> Span {
    // The `*` lies between the name and the element; start at the element
    // minus one byte at least, so the span is never empty.
    Span {
        start: after_name.start.max(elem.span.start.saturating_sub(1)),
        ..elem.span
    }
}

/// Whether `x` can only be a type element (gc's `isTypeElem`).
fn is_type_elem(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::ArrayType { .. }
        | ExprKind::StructType(_)
        | ExprKind::FuncType(_)
        | ExprKind::InterfaceType(_)
        | ExprKind::SliceType(_)
        | ExprKind::MapType { .. }
        | ExprKind::ChanType { .. } => true,
        ExprKind::Binary { x, y, .. } => is_type_elem(x) || is_type_elem(y),
        ExprKind::Unary { op, x } => *op == UnaryOp::Tilde || is_type_elem(x),
        ExprKind::Star(x) | ExprKind::Paren(x) => is_type_elem(x),
        _ => false,
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
    let tag = tag.map(|(_, s)| String::from_utf8_lossy(&unquote_string(s).unwrap_or_default()).into_owned());
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
    if let (UnaryOp::Recv, ExprKind::ChanType { dir: ChanDir::Both, elem }) = (op, &x.kind) {
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

pub fn func_type(file: FileId, params: Vec<Field>, results: Vec<Field>, l: usize, r: usize) -> Expr {
    let params_start = params.first().map_or(l, |_| l);
    let ft = sig(file, params, results, params_start, r);
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
            diags.push(SyntaxError::plain(ml, mr, "middle index required in 3-index slice"));
        }
        if m.is_none() {
            diags.push(SyntaxError::plain(r - 1, r, "final index required in 3-index slice"));
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

pub fn complit_elided(file: FileId, v: LitValue) -> Expr {
    let (l, r) = (v.1, v.2);
    complit(file, None, v, l, r)
}

/// One entry of a parameter list before grouping: a lone name (which may
/// turn out to be a type), a lone type, or a name with a type.
pub enum PDecl {
    Name(Ident),
    Type(Expr),
    Named(Ident, Expr),
}

/// Groups parameter entries into fields with gc's rule.
pub fn params(file: FileId, diags: &mut Vec<SyntaxError>, list: Vec<PDecl>) -> Vec<Field> {
    let named = list.iter().any(|p| matches!(p, PDecl::Named(..)));
    if !named {
        return list.into_iter().map(|p| anon(file, pdecl_type(p))).collect();
    }
    let mut fields = Vec::new();
    let mut pending: Vec<Ident> = Vec::new();
    let mut error_at = None;
    for p in list {
        match p {
            PDecl::Name(n) => pending.push(n),
            PDecl::Named(n, ty) => {
                pending.push(n);
                let l = pending[0].span.start as usize;
                let r = ty.span.end as usize;
                fields.push(field(file, std::mem::take(&mut pending), ty, None, l, r));
            }
            PDecl::Type(ty) => {
                error_at.get_or_insert(ty.span);
                fields.push(anon(file, ty));
            }
        }
    }
    if let Some(n) = pending.first() {
        error_at = Some(error_at.map_or(n.span, |s: Span| s.min(n.span)));
        let (l, r) = (n.span.start as usize, n.span.end as usize);
        let bad = expr(file, ExprKind::Bad, l, r);
        let names = std::mem::take(&mut pending);
        let r = names.last().map_or(r, |n| n.span.end as usize);
        fields.push(field(file, names, bad, None, l, r));
    }
    if let Some(at) = error_at {
        let msg = "mixed named and unnamed parameters";
        diags.push(SyntaxError::new(at.start as usize, at.end as usize, msg));
    }
    fields
}

fn pdecl_type(p: PDecl) -> Expr {
    match p {
        PDecl::Name(n) => name(n),
        PDecl::Type(t) | PDecl::Named(_, t) => t,
    }
}

/// A struct field declaration from a single parameter-like entry.
pub fn struct_field(
    file: FileId,
    diags: &mut Vec<SyntaxError>,
    p: PDecl,
    tag: Option<(usize, &str)>,
    l: usize,
    r: usize,
) -> Field {
    match p {
        PDecl::Name(n) => field(file, vec![], name(n), tag, l, r),
        PDecl::Named(n, t) => field(file, vec![n], t, tag, l, r),
        PDecl::Type(t) => {
            if !is_embeddable(&t) {
                let (a, b) = (t.span.start as usize, t.span.end as usize);
                diags.push(SyntaxError::new(a, b, "expected field name or embedded type").at_token());
            }
            field(file, vec![], t, tag, l, r)
        }
    }
}

fn is_embeddable(t: &Expr) -> bool {
    match &t.kind {
        ExprKind::Star(x) => !matches!(x.kind, ExprKind::Star(_)) && is_embeddable(x),
        ExprKind::Ident(_) | ExprKind::Selector { .. } | ExprKind::Index { .. } => true,
        _ => false,
    }
}

/// A receiver, if present, as a `(fields, start, end)` triple.
pub type Recv = (Vec<Field>, usize, usize);

#[allow(clippy::too_many_arguments)]
pub fn func_decl(
    file: FileId,
    diags: &mut Vec<SyntaxError>,
    recv: Option<Recv>,
    name: Ident,
    tparams: Option<Vec<Field>>,
    sig: FuncType,
    body: Option<Block>,
    l: usize,
    r: usize,
) -> FuncDecl {
    let recv = recv.and_then(|(mut fields, rl, rr)| {
        let count: usize = fields.iter().map(|f| f.names.len().max(1)).sum();
        let (nl, nr) = (name.span.start as usize, name.span.end as usize);
        match count {
            0 => diags.push(SyntaxError::plain(nl, nr, "method has no receiver")),
            1 => {}
            _ => diags.push(SyntaxError::plain(rl, rr, "method has multiple receivers")),
        }
        (!fields.is_empty()).then(|| fields.remove(0))
    });
    FuncDecl {
        recv,
        name,
        tparams: tparams.unwrap_or_default(),
        sig,
        body,
        span: sp(file, l, r),
    }
}
