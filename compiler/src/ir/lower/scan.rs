//! This module implements the scan that decides which variables of a
//! function are boxed (live in a cell of their own): those whose address
//! is taken (`&x`, `&x.f`, `&a[i]` of an array, slicing an array
//! variable, a pointer-method call on it) and those a function literal
//! captures, and those the body of a range-over-func loop uses from
//! outside it (the body becomes a function of its own, rangefunc.rs). It
//! also provides the generic walks over a typed body.

use crate::types::ty::{Type, TypeTable};
use crate::types::typed::{Block, Expr, ExprKind, Func, LValue, LocalId, Program, Stmt, StmtKind};
use std::collections::HashSet;

/// The typed-tree locals of `f` that must be boxed.
pub fn boxed_locals(prog: &Program, tt: &TypeTable, f: &Func) -> HashSet<u32> {
    let mut out = HashSet::new();
    let Some(body) = &f.body else {
        return out;
    };
    walk_stmts(body, &mut |s: &Stmt| {
        if let StmtKind::Range {
            key,
            value,
            define,
            x,
            body,
            ..
        } = &s.kind
            && matches!(tt.get(tt.underlying(x.ty)), Type::Func { .. })
        {
            let vars = [key.as_ref(), value.as_ref()];
            out.extend(range_body_free_vars(prog, &f.results, vars, *define, body));
        }
    });
    walk_block(body, &mut |e: &Expr| match &e.kind {
        ExprKind::AddrOf(x) => root_local(tt, x, &mut out),
        ExprKind::SliceExpr { x, .. } => root_local(tt, x, &mut out),
        ExprKind::Closure(id) => {
            for (outer, _) in &prog.funcs[id.0 as usize].captures {
                out.insert(outer.0);
            }
        }
        _ => {}
    });
    out
}

/// The local an addressable expression is part of (not through memory:
/// a slice element or a dereference is already in memory).
fn root_local(tt: &TypeTable, x: &Expr, out: &mut HashSet<u32>) {
    match &x.kind {
        ExprKind::Local(l) => {
            out.insert(l.0);
        }
        ExprKind::Field { x, .. } => root_local(tt, x, out),
        ExprKind::Index { x, .. } if matches!(tt.get(tt.underlying(x.ty)), Type::Array(..)) => {
            root_local(tt, x, out)
        }
        _ => {}
    }
}

/// The variables the body of a range-over-func loop uses but does not
/// declare, sorted: with the loop's variables `vars` when they are
/// assigned (`=`) rather than declared, and the function's `results` when
/// the body returns.
pub fn range_body_free_vars(
    prog: &Program,
    results: &[LocalId],
    vars: [Option<&LValue>; 2],
    define: bool,
    body: &Block,
) -> Vec<u32> {
    let mut used = HashSet::new();
    let mut declared = HashSet::new();
    let lvalue = |l: &LValue, used: &mut HashSet<u32>| {
        if let LValue::Local(id) = l {
            used.insert(id.0);
        }
    };
    for v in vars.into_iter().flatten() {
        match (define, v) {
            (true, LValue::Local(l)) => {
                declared.insert(l.0);
            }
            _ => lvalue(v, &mut used),
        }
    }
    walk_stmts(body, &mut |s: &Stmt| match &s.kind {
        StmtKind::VarDecl(l) => {
            declared.insert(l.0);
        }
        StmtKind::For { vars, .. } => declared.extend(vars.iter().map(|l| l.0)),
        StmtKind::Range {
            key, value, define, ..
        } => {
            for v in [key, value].into_iter().flatten() {
                match (define, v) {
                    (true, LValue::Local(l)) => {
                        declared.insert(l.0);
                    }
                    _ => lvalue(v, &mut used),
                }
            }
        }
        StmtKind::Assign { lhs, .. } => lhs.iter().for_each(|l| lvalue(l, &mut used)),
        StmtKind::OpAssign { lhs, .. } => lvalue(lhs, &mut used),
        StmtKind::TypeSwitch { cases, .. } => {
            declared.extend(cases.iter().filter_map(|c| c.bind).map(|l| l.0))
        }
        StmtKind::Return(_) => used.extend(results.iter().map(|r| r.0)),
        _ => {}
    });
    walk_block(body, &mut |e: &Expr| match &e.kind {
        ExprKind::Local(l) => {
            used.insert(l.0);
        }
        ExprKind::Let { locals, .. } => declared.extend(locals.iter().map(|l| l.0)),
        ExprKind::Closure(id) => {
            used.extend(prog.funcs[id.0 as usize].captures.iter().map(|(o, _)| o.0));
        }
        _ => {}
    });
    let mut free: Vec<u32> = used.difference(&declared).copied().collect();
    free.sort_unstable();
    free
}

/// Calls `f` on every statement of `b`, nested ones included (but not
/// those of function literals, which are functions of their own).
pub fn walk_stmts(b: &Block, f: &mut impl FnMut(&Stmt)) {
    for s in &b.stmts {
        f(s);
        match &s.kind {
            StmtKind::Block(b) => walk_stmts(b, f),
            StmtKind::If { then, els, .. } => {
                walk_stmts(then, f);
                if let Some(e) = els {
                    walk_stmts(e, f);
                }
            }
            StmtKind::For { post, body, .. } => {
                if let Some(p) = post {
                    f(p);
                }
                walk_stmts(body, f);
            }
            StmtKind::Range { body, .. } => walk_stmts(body, f),
            StmtKind::Switch { cases, .. } => cases.iter().for_each(|c| walk_stmts(&c.body, f)),
            StmtKind::TypeSwitch { cases, .. } => cases.iter().for_each(|c| walk_stmts(&c.body, f)),
            _ => {}
        }
    }
}

pub fn walk_block(b: &Block, f: &mut impl FnMut(&Expr)) {
    for s in &b.stmts {
        walk_stmt(s, f);
    }
}

pub fn walk_stmt(s: &Stmt, f: &mut impl FnMut(&Expr)) {
    match &s.kind {
        StmtKind::Expr(e) | StmtKind::Defer(e) => walk_expr(e, f),
        StmtKind::Assign { lhs, rhs } => {
            lhs.iter().for_each(|l| walk_lvalue(l, f));
            rhs.iter().for_each(|e| walk_expr(e, f));
        }
        StmtKind::OpAssign { lhs, rhs, .. } => {
            walk_lvalue(lhs, f);
            walk_expr(rhs, f);
        }
        StmtKind::Block(b) => walk_block(b, f),
        StmtKind::If { cond, then, els } => {
            walk_expr(cond, f);
            walk_block(then, f);
            if let Some(e) = els {
                walk_block(e, f);
            }
        }
        StmtKind::For {
            cond, post, body, ..
        } => {
            if let Some(c) = cond {
                walk_expr(c, f);
            }
            if let Some(p) = post {
                walk_stmt(p, f);
            }
            walk_block(body, f);
        }
        StmtKind::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            key.iter()
                .chain(value.iter())
                .for_each(|l| walk_lvalue(l, f));
            walk_expr(x, f);
            walk_block(body, f);
        }
        StmtKind::Switch { tag, cases, .. } => {
            if let Some(t) = tag {
                walk_expr(t, f);
            }
            for c in cases {
                c.values.iter().for_each(|v| walk_expr(v, f));
                walk_block(&c.body, f);
            }
        }
        StmtKind::TypeSwitch { x, cases, .. } => {
            walk_expr(x, f);
            cases.iter().for_each(|c| walk_block(&c.body, f));
        }
        StmtKind::Return(xs) => xs.iter().for_each(|e| walk_expr(e, f)),
        StmtKind::VarDecl(_)
        | StmtKind::Break(_)
        | StmtKind::Continue(_)
        | StmtKind::Label(_)
        | StmtKind::Goto(_) => {}
    }
}

fn walk_lvalue(l: &LValue, f: &mut impl FnMut(&Expr)) {
    match l {
        LValue::Addr(e) => {
            // An assignment through an addressable expression does not
            // take its address, but its operands are expressions.
            walk_expr_children(e, f);
        }
        LValue::MapIndex { m, key } => {
            walk_expr(m, f);
            walk_expr(key, f);
        }
        LValue::Local(_) | LValue::Global(_) | LValue::Blank => {}
    }
}

pub fn walk_expr(e: &Expr, f: &mut impl FnMut(&Expr)) {
    f(e);
    walk_expr_children(e, f);
}

fn walk_expr_children(e: &Expr, f: &mut impl FnMut(&Expr)) {
    let mut each = |x: &Expr| walk_expr(x, f);
    match &e.kind {
        ExprKind::Call { func, args, .. } => {
            each(func);
            args.iter().for_each(&mut each);
        }
        ExprKind::Builtin { args, .. } => args.iter().for_each(each),
        ExprKind::Let { value, body, .. } => {
            each(value);
            each(body);
        }
        ExprKind::Unary { x, .. }
        | ExprKind::Convert(x)
        | ExprKind::ToIface(x)
        | ExprKind::Field { x, .. }
        | ExprKind::Deref(x)
        | ExprKind::AddrOf(x)
        | ExprKind::IfaceMethod { x, .. }
        | ExprKind::TypeAssert { x, .. } => each(x),
        ExprKind::Method { recv, .. } => each(recv),
        ExprKind::Binary { x, y, .. } => {
            each(x);
            each(y);
        }
        ExprKind::Index { x, index } => {
            each(x);
            each(index);
        }
        ExprKind::MapIndex { m, key, .. } => {
            each(m);
            each(key);
        }
        ExprKind::SliceExpr { x, lo, hi, max } => {
            each(x);
            for b in [lo, hi, max].into_iter().flatten() {
                each(b);
            }
        }
        ExprKind::SliceLit { elems, .. } | ExprKind::ArrayLit(elems) => {
            elems.iter().for_each(|(_, v)| each(v))
        }
        ExprKind::StructLit(fs) => fs.iter().for_each(|(_, v)| each(v)),
        ExprKind::MapLit(kvs) => kvs.iter().for_each(|(k, v)| {
            each(k);
            each(v);
        }),
        ExprKind::Const(_)
        | ExprKind::Zero
        | ExprKind::Local(_)
        | ExprKind::Global(_)
        | ExprKind::Func(_)
        | ExprKind::MethodExpr { .. }
        | ExprKind::Closure(_) => {}
    }
}
