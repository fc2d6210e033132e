//! This module implements the spec's "terminating statements", which
//! decide whether a function with results needs a "missing return" error.

use crate::source::Span;
use crate::syntax::ast::{CaseClause, Expr, ExprKind, Stmt, StmtKind};
use std::collections::HashSet;

/// The spans of the calls that are calls of the builtin `panic` (not of
/// a function that shadows it), recorded by the checker.
pub type PanicCalls = HashSet<Span>;

/// A statement list terminates if its last non-empty statement does.
pub fn is_terminating_list(stmts: &[Stmt], p: &PanicCalls) -> bool {
    stmts
        .iter()
        .rev()
        .find(|s| !matches!(s.kind, StmtKind::Empty))
        .is_some_and(|s| is_terminating(s, None, p))
}

fn is_terminating(s: &Stmt, label: Option<&str>, p: &PanicCalls) -> bool {
    match &s.kind {
        StmtKind::Return(_) | StmtKind::Goto(_) => true,
        StmtKind::Expr(e) => is_panic_call(e, p),
        StmtKind::Block(b) => is_terminating_list(&b.stmts, p),
        StmtKind::If { then, els, .. } => {
            is_terminating_list(&then.stmts, p)
                && els.as_ref().is_some_and(|e| is_terminating(e, None, p))
        }
        StmtKind::For { cond, body, .. } => cond.is_none() && !has_break(&body.stmts, label, true),
        StmtKind::Labeled { label: l, stmt } => is_terminating(stmt, Some(&l.name), p),
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            clauses_terminate(clauses, label, p)
        }
        StmtKind::Select(clauses) => clauses
            .iter()
            .all(|c| is_terminating_list(&c.body, p) && !has_break(&c.body, label, true)),
        _ => false,
    }
}

fn clauses_terminate(clauses: &[CaseClause], label: Option<&str>, p: &PanicCalls) -> bool {
    let has_default = clauses.iter().any(|c| c.exprs.is_none());
    has_default
        && clauses.iter().all(|c| {
            let ends_in_fallthrough =
                matches!(c.body.last().map(|s| &s.kind), Some(StmtKind::Fallthrough));
            (is_terminating_list(&c.body, p) || ends_in_fallthrough)
                && !has_break(&c.body, label, true)
        })
}

fn is_panic_call(e: &Expr, p: &PanicCalls) -> bool {
    match &e.kind {
        ExprKind::Call { .. } => p.contains(&e.span),
        ExprKind::Paren(x) => is_panic_call(x, p),
        _ => false,
    }
}

/// Whether `stmts` contain a `break` that targets the enclosing statement:
/// an unlabeled one not nested in another breakable statement (`top`), or
/// one naming `label`.
fn has_break(stmts: &[Stmt], label: Option<&str>, top: bool) -> bool {
    stmts.iter().any(|s| stmt_breaks(s, label, top))
}

fn stmt_breaks(s: &Stmt, label: Option<&str>, top: bool) -> bool {
    match &s.kind {
        StmtKind::Break(None) => top,
        StmtKind::Break(Some(l)) => Some(l.name.as_str()) == label,
        StmtKind::Block(b) => has_break(&b.stmts, label, top),
        StmtKind::Labeled { stmt, .. } => stmt_breaks(stmt, label, top),
        StmtKind::If { then, els, .. } => {
            has_break(&then.stmts, label, top)
                || els.as_ref().is_some_and(|e| stmt_breaks(e, label, top))
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            has_break(&body.stmts, label, false)
        }
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            clauses.iter().any(|c| has_break(&c.body, label, false))
        }
        StmtKind::Select(clauses) => clauses.iter().any(|c| has_break(&c.body, label, false)),
        _ => false,
    }
}
