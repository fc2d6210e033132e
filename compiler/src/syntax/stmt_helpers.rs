//! This module implements the grammar-action helpers for statements. The
//! headers of `if`, `switch` and `for` are parsed as gc parses them, as
//! `[simple statement] [; simple statement]`, and checked here: the
//! condition must be an expression, a `for` post statement must not
//! declare, and a `switch` whose header is `x.(type)` or `v := x.(type)` is
//! a type switch.

use super::ast::*;
use super::error::SyntaxError;
use super::helpers::{expr, sp};
use super::printer::stmt_string;
use super::token::{SemiKind, Tok};
use crate::source::FileId;

pub fn stmt(file: FileId, kind: StmtKind, l: usize, r: usize) -> Stmt {
    Stmt {
        kind,
        span: sp(file, l, r),
    }
}

pub fn labeled(file: FileId, label: Ident, s: Option<Stmt>, l: usize, r: usize) -> Stmt {
    let inner = s.unwrap_or_else(|| stmt(file, StmtKind::Empty, r, r));
    let kind = StmtKind::Labeled {
        label,
        stmt: Box::new(inner),
    };
    stmt(file, kind, l, r)
}

/// An expression list used as a statement: only one expression is allowed.
pub fn expr_stmt(
    file: FileId,
    diags: &mut Vec<SyntaxError>,
    mut xs: Vec<Expr>,
    l: usize,
    r: usize,
) -> Stmt {
    if xs.len() > 1 {
        diags.push(SyntaxError::new(r, r, "expected := or = or comma").at_token());
    }
    stmt(file, StmtKind::Expr(xs.swap_remove(0)), l, r)
}

/// The header of an if, switch or for statement as parsed.
#[derive(Default)]
pub struct Header {
    pub init: Option<Stmt>,
    pub cond: Option<Stmt>,
    /// The first semicolon, if any.
    pub semi: Option<(usize, usize)>,
    /// Whether that semicolon was inserted at a newline or end of file.
    pub semi_auto: bool,
    pub post: Option<Stmt>,
}

pub fn header(
    init: Option<Stmt>,
    cond: Option<Stmt>,
    semi: (usize, Tok<'_>, usize),
    post: Option<Stmt>,
) -> Header {
    Header {
        init,
        cond,
        semi: Some((semi.0, semi.2)),
        semi_auto: semi.1 != Tok::Semi(SemiKind::Explicit),
        post,
    }
}

/// A for header: three-clause (or condition only), or a range clause.
/// Lives only between two grammar actions, so its size does not matter.
#[allow(clippy::large_enum_variant)]
pub enum ForHeader {
    Cond(Header),
    Range(Option<Vec<Expr>>, bool, Expr),
}

/// A header whose init statement was written as a var declaration: gc
/// accepts it and complains.
/// Stands for "if" or "switch" (the rule is shared) in a message until
/// `messages::fill_token` sees the tokens.
pub const HEADER_KEYWORD: &str = "<if or switch>";

pub fn var_init(diags: &mut Vec<SyntaxError>, at: usize, hd: Header, keyword: &str) -> Header {
    let msg = format!("var declaration not allowed in {keyword} initializer");
    diags.push(SyntaxError::new(at, at, msg).at_next_token());
    hd
}

/// The condition of `hd` as an expression, reporting gc's errors.
fn cond_expr(diags: &mut Vec<SyntaxError>, cond: Option<Stmt>) -> Option<Expr> {
    let s = cond?;
    match s.kind {
        StmtKind::Expr(x) => Some(x),
        _ => {
            let msg = format!("cannot use {} as value", stmt_string(&s));
            diags.push(at_stmt_pos(&s, msg));
            None
        }
    }
}

/// An error at gc's position of a simple statement: the operator of an
/// assignment, the start otherwise.
fn at_stmt_pos(s: &Stmt, msg: String) -> SyntaxError {
    match &s.kind {
        StmtKind::Assign { lhs, .. } if !lhs.is_empty() => {
            let end = lhs[lhs.len() - 1].span.end as usize;
            SyntaxError::new(end, end, msg).at_next_token()
        }
        _ => SyntaxError::new(s.span.start as usize, s.span.end as usize, msg),
    }
}

fn bad(file: FileId, at: usize) -> Expr {
    expr(file, ExprKind::Bad, at, at)
}

#[allow(clippy::too_many_arguments)]
pub fn if_stmt(
    file: FileId,
    diags: &mut Vec<SyntaxError>,
    hd: Header,
    then: Block,
    els: Option<Stmt>,
    l: usize,
    r: usize,
) -> Stmt {
    let lbrace = then.span.start as usize;
    let (init, cond_stmt) = if hd.semi.is_some() {
        (hd.init, hd.cond)
    } else {
        (None, hd.cond)
    };
    let cond = match (cond_stmt.is_some(), hd.semi) {
        (false, Some((sl, sr))) => {
            diags.push(missing_if_condition(sl, sr, hd.semi_auto));
            bad(file, sl)
        }
        (false, None) => {
            diags.push(SyntaxError::new(
                lbrace,
                lbrace + 1,
                "missing condition in if statement",
            ));
            bad(file, lbrace)
        }
        (true, _) => cond_expr(diags, cond_stmt).unwrap_or_else(|| bad(file, lbrace)),
    };
    let kind = StmtKind::If {
        init: init.map(Box::new),
        cond,
        then,
        els: els.map(Box::new),
    };
    stmt(file, kind, l, r)
}

fn missing_if_condition(sl: usize, sr: usize, newline: bool) -> SyntaxError {
    if newline {
        SyntaxError::new(sl, sr, "expected { after if clause").at_token()
    } else {
        SyntaxError::new(sl, sr, "missing condition in if statement")
    }
}

pub fn switch(
    file: FileId,
    diags: &mut Vec<SyntaxError>,
    hd: Header,
    clauses: Vec<CaseClause>,
    l: usize,
    r: usize,
) -> Stmt {
    let (init, tag) = if hd.semi.is_some() {
        (hd.init, hd.cond)
    } else {
        (None, hd.cond)
    };
    let init = init.map(Box::new);
    if let Some((_, rest)) = clauses.split_last() {
        rest.iter().for_each(|c| check_clause_end(diags, c));
    }
    if let Some((bind, x)) = tag.as_ref().and_then(type_switch_guard) {
        let kind = StmtKind::TypeSwitch {
            init,
            bind,
            x,
            clauses,
        };
        return stmt(file, kind, l, r);
    }
    let tag = cond_expr(diags, tag);
    stmt(file, StmtKind::Switch { init, tag, clauses }, l, r)
}

/// A clause other than the last that ends with a label (`L:` right
/// before the next `case`) lacks the labeled statement: only before the
/// closing `}` may it be left out.
fn check_clause_end(diags: &mut Vec<SyntaxError>, c: &CaseClause) {
    let Some(StmtKind::Labeled { stmt, .. }) = c.body.last().map(|s| &s.kind) else {
        return;
    };
    let end = stmt.span.end;
    if matches!(stmt.kind, StmtKind::Empty) && stmt.span.start == end && end == c.span.end {
        let at = end as usize;
        diags.push(SyntaxError::new(
            at - 1,
            at,
            "missing statement after label",
        ));
    }
}

/// Recognizes `x.(type)` and `v := x.(type)`, returning `v` and `x`.
fn type_switch_guard(s: &Stmt) -> Option<(Option<Ident>, Expr)> {
    let inner = |e: &Expr| match &e.kind {
        ExprKind::TypeAssert { x, ty: None } => Some((**x).clone()),
        _ => None,
    };
    match &s.kind {
        StmtKind::Expr(e) => Some((None, inner(e)?)),
        StmtKind::Assign {
            lhs,
            op: AssignOp::Define,
            rhs,
        } if lhs.len() == 1 && rhs.len() == 1 => match &lhs[0].kind {
            ExprKind::Ident(n) => Some((Some(n.clone()), inner(&rhs[0])?)),
            _ => None,
        },
        _ => None,
    }
}

pub fn for_stmt(
    file: FileId,
    diags: &mut Vec<SyntaxError>,
    hd: ForHeader,
    body: Block,
    l: usize,
    r: usize,
) -> Stmt {
    let hd = match hd {
        ForHeader::Range(lhs, define, x) => {
            let mut lhs = lhs.unwrap_or_default().into_iter();
            let kind = StmtKind::Range {
                key: lhs.next(),
                value: lhs.next(),
                define,
                x,
                body,
            };
            return stmt(file, kind, l, r);
        }
        ForHeader::Cond(hd) => hd,
    };
    let (init, cond_stmt) = if hd.semi.is_some() {
        (hd.init, hd.cond)
    } else {
        (None, hd.cond)
    };
    if let Some(p) = &hd.post
        && let StmtKind::Assign {
            op: AssignOp::Define,
            ..
        } = p.kind
    {
        diags.push(at_stmt_pos(
            p,
            "cannot declare in post statement of for loop".into(),
        ));
    }
    let kind = StmtKind::For {
        init: init.map(Box::new),
        cond: cond_expr(diags, cond_stmt),
        post: hd.post.map(Box::new),
        body,
    };
    stmt(file, kind, l, r)
}

/// An assignment; `a, b += x` is rejected as gc does.
pub fn assign(
    file: FileId,
    diags: &mut Vec<SyntaxError>,
    lhs: Vec<Expr>,
    op: AssignOp,
    rhs: Vec<Expr>,
    l: usize,
    r: usize,
) -> Stmt {
    if matches!(op, AssignOp::Op(_)) && lhs.len() > 1 {
        let end = lhs.last().map_or(l, |x| x.span.end as usize);
        diags.push(SyntaxError::new(end, end, "expected := or = or comma").at_token());
    }
    stmt(file, StmtKind::Assign { lhs, op, rhs }, l, r)
}

pub fn case(
    file: FileId,
    exprs: Option<Vec<Expr>>,
    body: Vec<Stmt>,
    l: usize,
    r: usize,
) -> CaseClause {
    CaseClause {
        exprs,
        body,
        span: sp(file, l, r),
    }
}

pub fn comm(file: FileId, comm: Option<Stmt>, body: Vec<Stmt>, l: usize, r: usize) -> CommClause {
    CommClause {
        comm: comm.map(Box::new),
        body,
        span: sp(file, l, r),
    }
}
