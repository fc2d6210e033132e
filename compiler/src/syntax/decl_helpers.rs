//! This module implements the grammar-action helpers for declarations:
//! the grouping of parameter lists (gc's rule: if any parameter has a name
//! and a type, every lone identifier is a name; otherwise all are types),
//! the array-or-type-parameters decision in `type T[...]` declarations
//! (gc's `extractName`), struct fields and function declarations.

use super::ast::*;
use super::error::SyntaxError;
use super::helpers::{anon, array, expr, field, name, prepend, sp};
use crate::source::{FileId, Span};

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
        let param = field(
            file,
            vec![p],
            c,
            None,
            x.span.start as usize,
            x.span.end as usize,
        );
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
        return list
            .into_iter()
            .map(|p| anon(file, pdecl_type(p)))
            .collect();
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
                diags.push(
                    SyntaxError::new(a, b, "expected field name or embedded type").at_token(),
                );
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
