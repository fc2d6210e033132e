//! This module implements the checks on labels and `goto` that gc does on
//! the syntax tree (cmd/compile/internal/syntax/branches.go), with its
//! wording: labels are function-wide; each must be used; a `goto` may
//! jump backward to a label of its own or an enclosing block, or forward
//! within its block or to an enclosing one, but never into a block and
//! never over a variable declaration of the label's block.
//!
//! The pass walks each function body once, block by block. A backward
//! `goto` is resolved immediately; a forward one is kept until its label
//! appears in the same block (then checked for skipped declarations) or
//! is handed to the enclosing block when the block ends. Forward gotos
//! left at the end jump into a block, or to a label that does not exist.
//!
//! `Labels` also numbers the labels for the typed tree (`LabelId`).

use super::check::Checker;
use super::typed::LabelId;
use crate::source::Span;
use crate::syntax::ast::{self, StmtKind};
use std::collections::HashMap;

/// The labels of one function, numbered for the typed tree.
#[derive(Default)]
pub struct Labels {
    ids: HashMap<String, LabelId>,
    /// Labels whose statements have been reached so far.
    seen: std::collections::HashSet<String>,
}

impl Labels {
    /// Notes that the statement labeled `name` has been reached.
    pub fn reach(&mut self, name: &str) {
        self.seen.insert(name.to_string());
    }

    /// Whether a statement labeled `name` came before (gc words a
    /// misplaced break or continue label by this).
    pub fn reached(&self, name: &str) -> bool {
        self.seen.contains(name)
    }

    /// The id of label `name` (the same for every use of the name).
    pub fn id(&mut self, name: &str) -> LabelId {
        let next = LabelId(self.ids.len() as u32);
        *self.ids.entry(name.to_string()).or_insert(next)
    }
}

struct Label {
    /// The block (index into `Pass::blocks`) the label is declared in.
    block: usize,
    span: Span,
    used: bool,
}

struct Goto<'a> {
    label: &'a ast::Ident,
}

struct Pass<'a> {
    labels: HashMap<String, Label>,
    /// Parent of each block; blocks are numbered as they are entered.
    parents: Vec<Option<usize>>,
    /// Where each block starts, for "jumps into block starting at".
    starts: Vec<Span>,
    errors: Vec<(Span, String)>,
    _marker: std::marker::PhantomData<&'a ()>,
}

impl<'a> Checker<'a> {
    /// Checks labels, break/continue label uses and gotos of a body.
    pub(super) fn check_labels(&mut self, body: &ast::Block) {
        let mut p = Pass {
            labels: HashMap::new(),
            parents: Vec::new(),
            starts: Vec::new(),
            errors: Vec::new(),
            _marker: std::marker::PhantomData,
        };
        let fwd = self.block_branches(&mut p, None, body.span, &body.stmts);
        for g in fwd {
            let msg = match p.labels.get_mut(&g.label.name) {
                Some(l) => {
                    // The goto is wrong, but it does use the label.
                    l.used = true;
                    let start = self.position_of(p.starts[l.block]);
                    format!("goto {} jumps into block starting at {start}", g.label.name)
                }
                None => format!("label {} not defined", g.label.name),
            };
            p.errors.push((g.label.span, msg));
        }
        for (name, l) in &p.labels {
            if !l.used {
                p.errors
                    .push((l.span, format!("label {name} defined and not used")));
            }
        }
        for (span, msg) in p.errors {
            self.error(span, msg);
        }
    }

    fn block_branches<'s>(
        &self,
        p: &mut Pass,
        parent: Option<usize>,
        start: Span,
        stmts: &'s [ast::Stmt],
    ) -> Vec<Goto<'s>> {
        let b = p.parents.len();
        p.parents.push(parent);
        p.starts.push(start);
        let mut fwd: Vec<Goto<'s>> = Vec::new();
        // The last variable declaration seen, and the gotos pending then.
        let mut var: Option<(Span, String)> = None;
        let mut before_var: Vec<*const ast::Ident> = Vec::new();
        for stmt in stmts {
            let mut s = stmt;
            while let StmtKind::Labeled { label, stmt: inner } = &s.kind {
                self.declare_label(p, b, label, &mut fwd, &var, &before_var);
                s = inner;
            }
            match &s.kind {
                StmtKind::Decl(ast::Decl::Var { specs, .. }) => {
                    if let Some(n) = specs.first().and_then(|sp| sp.names.first()) {
                        var = Some((n.span, n.name.clone()));
                        before_var = fwd.iter().map(|g| g.label as *const _).collect();
                    }
                }
                StmtKind::Assign {
                    lhs,
                    op: ast::AssignOp::Define,
                    ..
                } => {
                    let names: Vec<String> = lhs
                        .iter()
                        .map(crate::syntax::printer::expr_string)
                        .collect();
                    var = Some((self.define_op_span(s, lhs), names.join(", ")));
                    before_var = fwd.iter().map(|g| g.label as *const _).collect();
                }
                StmtKind::Goto(label) => self.goto(p, b, label, &mut fwd),
                StmtKind::Break(Some(l)) | StmtKind::Continue(Some(l)) => {
                    if let Some(lab) = p.labels.get_mut(&l.name) {
                        lab.used = true;
                    }
                }
                _ => {
                    for (start, body) in inner_blocks(s) {
                        fwd.extend(self.block_branches(p, Some(b), start, body));
                    }
                }
            }
        }
        fwd
    }

    fn declare_label<'s>(
        &self,
        p: &mut Pass,
        b: usize,
        label: &ast::Ident,
        fwd: &mut Vec<Goto<'s>>,
        var: &Option<(Span, String)>,
        before_var: &[*const ast::Ident],
    ) {
        if label.name == "_" {
            return;
        }
        if let Some(prev) = p.labels.get(&label.name) {
            let at = self.position_of(prev.span);
            p.errors.push((
                label.span,
                format!("label {} already defined at {at}", label.name),
            ));
            return;
        }
        let mut used = false;
        fwd.retain(|g| {
            if g.label.name != label.name {
                return true;
            }
            used = true;
            if let Some((vspan, vname)) = var
                && before_var.contains(&(g.label as *const _))
            {
                let at = self.position_of(*vspan);
                p.errors.push((
                    g.label.span,
                    format!(
                        "goto {} jumps over declaration of {vname} at {at}",
                        label.name
                    ),
                ));
            }
            false
        });
        p.labels.insert(
            label.name.clone(),
            Label {
                block: b,
                span: label.span,
                used,
            },
        );
    }

    fn goto<'s>(&self, p: &mut Pass, b: usize, label: &'s ast::Ident, fwd: &mut Vec<Goto<'s>>) {
        if let Some(l) = p.labels.get_mut(&label.name) {
            // Backward: fine if the label's block encloses this one.
            let mut cur = Some(b);
            while let Some(c) = cur {
                if c == l.block {
                    l.used = true;
                    return;
                }
                cur = p.parents[c];
            }
        }
        fwd.push(Goto { label });
    }

    /// The span of the `:=` of a short variable declaration (gc's
    /// position for it).
    fn define_op_span(&self, s: &ast::Stmt, lhs: &[ast::Expr]) -> Span {
        let after = lhs.last().map_or(s.span.start, |e| e.span.end);
        let text = &self.sources.file(s.span.file).text;
        let rest = &text[after as usize..s.span.end as usize];
        let off = rest.find(":=").unwrap_or(0) as u32;
        Span {
            start: after + off,
            end: after + off + 2,
            ..s.span
        }
    }
}

/// The nested statement lists of a statement, with where each starts.
fn inner_blocks(s: &ast::Stmt) -> Vec<(Span, &[ast::Stmt])> {
    match &s.kind {
        StmtKind::Block(b) => vec![(b.span, &b.stmts)],
        StmtKind::If { then, els, .. } => {
            let mut v = vec![(then.span, then.stmts.as_slice())];
            if let Some(e) = els {
                match &e.kind {
                    StmtKind::Block(b) => v.push((b.span, &b.stmts)),
                    _ => v.push((e.span, std::slice::from_ref(e.as_ref()))),
                }
            }
            v
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            vec![(body.span, &body.stmts)]
        }
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => clauses
            .iter()
            .map(|c| (c.span, c.body.as_slice()))
            .collect(),
        StmtKind::Select(clauses) => clauses
            .iter()
            .map(|c| (c.span, c.body.as_slice()))
            .collect(),
        _ => Vec::new(),
    }
}
