//! This module implements printing of expressions and simple statements
//! back to Go source form, for the error messages that quote code the way
//! gc does ("cannot use x := 1 as value"). It prints what messages need,
//! not a formatter: composite literal and function bodies are elided.

use super::ast::*;

/// Go source text for `e`.
pub fn expr_string(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e);
    out
}

/// Go source text for a simple statement, in gc's wording for the header
/// check: a plain assignment reads "assignment a = b" with binary operands
/// parenthesized.
pub fn stmt_string(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::Assign {
            lhs,
            op: AssignOp::Assign,
            rhs,
        } => format!("assignment {} = {}", emphasize(lhs), emphasize(rhs)),
        StmtKind::Assign { lhs, op, rhs } => {
            format!("{} {} {}", list(lhs), assign_op(*op), list(rhs))
        }
        StmtKind::Expr(x) => expr_string(x),
        StmtKind::Send { ch, value } => format!("{} <- {}", expr_string(ch), expr_string(value)),
        StmtKind::IncDec { x, inc } => {
            format!("{}{}", expr_string(x), if *inc { "++" } else { "--" })
        }
        _ => String::from("statement"),
    }
}

fn emphasize(xs: &[Expr]) -> String {
    match xs {
        [x] if matches!(x.kind, ExprKind::Binary { .. }) => format!("({})", expr_string(x)),
        _ => list(xs),
    }
}

fn list(xs: &[Expr]) -> String {
    xs.iter().map(expr_string).collect::<Vec<_>>().join(", ")
}

fn assign_op(op: AssignOp) -> String {
    match op {
        AssignOp::Assign => "=".into(),
        AssignOp::Define => ":=".into(),
        AssignOp::Op(b) => format!("{}=", binary_op(b)),
    }
}

pub fn binary_op(op: BinaryOp) -> &'static str {
    use BinaryOp::*;
    match op {
        Add => "+",
        Sub => "-",
        Mul => "*",
        Div => "/",
        Rem => "%",
        And => "&",
        Or => "|",
        Xor => "^",
        Shl => "<<",
        Shr => ">>",
        AndNot => "&^",
        LAnd => "&&",
        LOr => "||",
        Eq => "==",
        Ne => "!=",
        Lt => "<",
        Le => "<=",
        Gt => ">",
        Ge => ">=",
    }
}

pub fn unary_op(op: UnaryOp) -> &'static str {
    match op {
        UnaryOp::Pos => "+",
        UnaryOp::Neg => "-",
        UnaryOp::Not => "!",
        UnaryOp::BitNot => "^",
        UnaryOp::Addr => "&",
        UnaryOp::Recv => "<-",
        UnaryOp::Tilde => "~",
    }
}

fn expr(out: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::Ident(n) => out.push_str(&n.name),
        ExprKind::BasicLit { raw, .. } => out.push_str(raw),
        ExprKind::CompositeLit { ty, elts } => {
            if let Some(t) = ty {
                expr(out, t);
            }
            out.push_str(if elts.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::FuncLit { .. } => out.push_str("func(…) {…}"),
        ExprKind::Paren(x) => wrap(out, "(", x, ")"),
        ExprKind::Selector { x, sel } => {
            expr(out, x);
            out.push('.');
            out.push_str(&sel.name);
        }
        ExprKind::Index { x, indices } => {
            expr(out, x);
            out.push('[');
            out.push_str(&list(indices));
            out.push(']');
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            expr(out, x);
            out.push('[');
            opt(out, lo);
            out.push(':');
            opt(out, hi);
            if max.is_some() {
                out.push(':');
                opt(out, max);
            }
            out.push(']');
        }
        ExprKind::TypeAssert { x, ty } => {
            expr(out, x);
            out.push_str(".(");
            match ty {
                Some(t) => expr(out, t),
                None => out.push_str("type"),
            }
            out.push(')');
        }
        ExprKind::Call {
            func,
            args,
            ellipsis,
        } => {
            expr(out, func);
            out.push('(');
            out.push_str(&list(args));
            if ellipsis.is_some() {
                out.push_str("...");
            }
            out.push(')');
        }
        ExprKind::Star(x) => wrap(out, "*", x, ""),
        ExprKind::Unary { op, x } => wrap(out, unary_op(*op), x, ""),
        ExprKind::Binary { op, x, y } => {
            expr(out, x);
            out.push_str(&format!(" {} ", binary_op(*op)));
            expr(out, y);
        }
        _ => type_expr(out, e),
    }
}

fn type_expr(out: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::ArrayType { len, elem } => {
            wrap(out, "[", len, "]");
            expr(out, elem);
        }
        ExprKind::SliceType(x) => wrap(out, "[]", x, ""),
        ExprKind::StructType(_) => out.push_str("struct{…}"),
        ExprKind::FuncType(_) => out.push_str("func(…)"),
        ExprKind::InterfaceType(elems) if elems.is_empty() => out.push_str("interface{}"),
        ExprKind::InterfaceType(_) => out.push_str("interface{…}"),
        ExprKind::MapType { key, value } => {
            wrap(out, "map[", key, "]");
            expr(out, value);
        }
        ExprKind::ChanType { dir, elem } => {
            out.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            expr(out, elem);
        }
        ExprKind::Ellipsis(x) => {
            out.push_str("...");
            opt(out, x);
        }
        _ => out.push_str("BadExpr"),
    }
}

fn wrap(out: &mut String, pre: &str, x: &Expr, post: &str) {
    out.push_str(pre);
    expr(out, x);
    out.push_str(post);
}

fn opt(out: &mut String, x: &Option<Box<Expr>>) {
    if let Some(x) = x {
        expr(out, x);
    }
}
