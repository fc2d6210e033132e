//! This module implements the statement half of the syntax tree dump.

use super::Dumper;
use crate::syntax::ast::*;

impl Dumper {
    pub(super) fn block(&mut self, b: &Block) {
        self.line("Block", b.span);
        self.nest(|d| b.stmts.iter().for_each(|s| d.stmt(s)));
    }

    fn opt_stmt(&mut self, label: &str, s: &Option<Box<Stmt>>) {
        if let Some(s) = s {
            self.labelled(label, |d| d.stmt(s));
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        let sp = s.span;
        match &s.kind {
            StmtKind::Empty => self.line("Empty", sp),
            StmtKind::Decl(decl) => self.decl(decl),
            StmtKind::Labeled { label, stmt } => {
                self.line(&format!("Labeled {}", label.name), sp);
                self.nest(|d| d.stmt(stmt));
            }
            StmtKind::Expr(x) => {
                self.line("ExprStmt", sp);
                self.nest(|d| d.expr(x));
            }
            StmtKind::Send { ch, value } => {
                self.line("Send", sp);
                self.nest(|d| {
                    d.expr(ch);
                    d.expr(value);
                });
            }
            StmtKind::IncDec { x, inc } => {
                self.line(if *inc { "Inc" } else { "Dec" }, sp);
                self.nest(|d| d.expr(x));
            }
            StmtKind::Assign { lhs, op, rhs } => {
                self.line(&format!("Assign {}", assign_op(op)), sp);
                self.nest(|d| {
                    d.labelled("lhs", |d| d.exprs(lhs));
                    d.labelled("rhs", |d| d.exprs(rhs));
                });
            }
            StmtKind::Go(x) => self.expr_stmt("Go", sp, x),
            StmtKind::Defer(x) => self.expr_stmt("Defer", sp, x),
            StmtKind::Return(xs) => {
                self.line("Return", sp);
                self.nest(|d| d.exprs(xs));
            }
            StmtKind::Break(l) => self.line(&branch("Break", l), sp),
            StmtKind::Continue(l) => self.line(&branch("Continue", l), sp),
            StmtKind::Goto(l) => self.line(&format!("Goto {}", l.name), sp),
            StmtKind::Fallthrough => self.line("Fallthrough", sp),
            StmtKind::Block(b) => self.block(b),
            _ => self.control(s),
        }
    }

    fn expr_stmt(&mut self, head: &str, sp: crate::source::Span, x: &Expr) {
        self.line(head, sp);
        self.nest(|d| d.expr(x));
    }

    fn control(&mut self, s: &Stmt) {
        let sp = s.span;
        match &s.kind {
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.line("If", sp);
                self.nest(|d| {
                    d.opt_stmt("init", init);
                    d.labelled("cond", |d| d.expr(cond));
                    d.block(then);
                    d.opt_stmt("else", els);
                });
            }
            StmtKind::Switch { init, tag, clauses } => {
                self.line("Switch", sp);
                self.nest(|d| {
                    d.opt_stmt("init", init);
                    if let Some(t) = tag {
                        d.labelled("tag", |d| d.expr(t));
                    }
                    clauses.iter().for_each(|c| d.case(c));
                });
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                clauses,
            } => {
                let b = bind
                    .as_ref()
                    .map_or(String::new(), |b| format!(" bind={}", b.name));
                self.line(&format!("TypeSwitch{b}"), sp);
                self.nest(|d| {
                    d.opt_stmt("init", init);
                    d.labelled("x", |d| d.expr(x));
                    clauses.iter().for_each(|c| d.case(c));
                });
            }
            StmtKind::Select(clauses) => {
                self.line("Select", sp);
                self.nest(|d| clauses.iter().for_each(|c| d.comm(c)));
            }
            _ => self.loops(s),
        }
    }

    fn loops(&mut self, s: &Stmt) {
        let sp = s.span;
        match &s.kind {
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.line("For", sp);
                self.nest(|d| {
                    d.opt_stmt("init", init);
                    if let Some(c) = cond {
                        d.labelled("cond", |d| d.expr(c));
                    }
                    d.opt_stmt("post", post);
                    d.block(body);
                });
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => {
                self.line(if *define { "Range :=" } else { "Range =" }, sp);
                self.nest(|d| {
                    if let Some(k) = key {
                        d.labelled("key", |d| d.expr(k));
                    }
                    if let Some(v) = value {
                        d.labelled("value", |d| d.expr(v));
                    }
                    d.labelled("x", |d| d.expr(x));
                    d.block(body);
                });
            }
            _ => self.line("?", sp),
        }
    }

    fn case(&mut self, c: &CaseClause) {
        match &c.exprs {
            Some(xs) => {
                self.line("Case", c.span);
                self.nest(|d| d.labelled("exprs", |d| d.exprs(xs)));
            }
            None => self.line("Default", c.span),
        }
        self.nest(|d| c.body.iter().for_each(|s| d.stmt(s)));
    }

    fn comm(&mut self, c: &CommClause) {
        self.line(
            if c.comm.is_some() {
                "CommCase"
            } else {
                "CommDefault"
            },
            c.span,
        );
        self.nest(|d| {
            d.opt_stmt("comm", &c.comm);
            c.body.iter().for_each(|s| d.stmt(s));
        });
    }
}

fn assign_op(op: &AssignOp) -> String {
    match op {
        AssignOp::Assign => "=".into(),
        AssignOp::Define => ":=".into(),
        AssignOp::Op(b) => format!("{}=", crate::syntax::printer::binary_op(*b)),
    }
}

fn branch(head: &str, label: &Option<Ident>) -> String {
    match label {
        Some(l) => format!("{head} {}", l.name),
        None => head.to_string(),
    }
}
