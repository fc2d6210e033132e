//! This module implements printing an expression back as Go source, the
//! way gc quotes operands in messages (`x + y`, `f(a, b)`, `s[i]`).

use crate::syntax::ast::{BinaryOp, ChanDir, ExprKind, UnaryOp};
use crate::syntax::ast::{Expr, Field, FuncType};

pub fn expr_string(e: &Expr) -> String {
    let mut s = String::new();
    write_expr(&mut s, e);
    s
}

pub fn binary_op_str(op: BinaryOp) -> &'static str {
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

pub fn unary_op_str(op: UnaryOp) -> &'static str {
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

fn write_list(s: &mut String, es: &[Expr]) {
    for (i, e) in es.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        write_expr(s, e);
    }
}

fn write_expr(s: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::Ident(id) => s.push_str(&id.name),
        ExprKind::BasicLit { raw, .. } => s.push_str(raw),
        ExprKind::CompositeLit { ty, .. } => {
            if let Some(t) = ty {
                write_expr(s, t);
            }
            s.push_str("{…}");
        }
        ExprKind::FuncLit { sig, .. } => {
            s.push_str("func");
            write_sig(s, sig);
            s.push_str(" {…}");
        }
        ExprKind::Paren(x) => {
            s.push('(');
            write_expr(s, x);
            s.push(')');
        }
        ExprKind::Selector { x, sel } => {
            write_expr(s, x);
            s.push('.');
            s.push_str(&sel.name);
        }
        ExprKind::Index { x, indices } => {
            write_expr(s, x);
            s.push('[');
            write_list(s, indices);
            s.push(']');
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            write_expr(s, x);
            s.push('[');
            let parts = [lo, hi, max];
            for (i, p) in parts.iter().enumerate() {
                if i == 2 && p.is_none() {
                    break;
                }
                if i > 0 {
                    s.push(':');
                }
                if let Some(p) = p {
                    write_expr(s, p);
                }
            }
            s.push(']');
        }
        ExprKind::TypeAssert { x, ty } => {
            write_expr(s, x);
            s.push_str(".(");
            match ty {
                Some(t) => write_expr(s, t),
                None => s.push_str("type"),
            }
            s.push(')');
        }
        ExprKind::Call {
            func,
            args,
            ellipsis,
        } => {
            write_expr(s, func);
            s.push('(');
            write_list(s, args);
            if ellipsis.is_some() {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Star(x) => {
            s.push('*');
            write_expr(s, x);
        }
        ExprKind::Unary { op, x } => {
            s.push_str(unary_op_str(*op));
            write_expr(s, x);
        }
        ExprKind::Binary { op, x, y } => {
            write_expr(s, x);
            s.push(' ');
            s.push_str(binary_op_str(*op));
            s.push(' ');
            write_expr(s, y);
        }
        ExprKind::ArrayType { len, elem } => {
            s.push('[');
            write_expr(s, len);
            s.push(']');
            write_expr(s, elem);
        }
        ExprKind::SliceType(elem) => {
            s.push_str("[]");
            write_expr(s, elem);
        }
        ExprKind::StructType(_) => s.push_str("struct{…}"),
        ExprKind::FuncType(ft) => {
            s.push_str("func");
            write_sig(s, ft);
        }
        ExprKind::InterfaceType(elems) if elems.is_empty() => s.push_str("interface{}"),
        ExprKind::InterfaceType(_) => s.push_str("interface{…}"),
        ExprKind::MapType { key, value } => {
            s.push_str("map[");
            write_expr(s, key);
            s.push(']');
            write_expr(s, value);
        }
        ExprKind::ChanType { dir, elem } => {
            s.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write_expr(s, elem);
        }
        ExprKind::Ellipsis(x) => {
            s.push_str("...");
            if let Some(x) = x {
                write_expr(s, x);
            }
        }
        ExprKind::Bad => s.push_str("_"),
    }
}

fn write_fields(s: &mut String, fields: &[Field]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        for (j, n) in f.names.iter().enumerate() {
            if j > 0 {
                s.push_str(", ");
            }
            s.push_str(&n.name);
        }
        if !f.names.is_empty() {
            s.push(' ');
        }
        write_expr(s, &f.ty);
    }
}

fn write_sig(s: &mut String, ft: &FuncType) {
    s.push('(');
    write_fields(s, &ft.params);
    s.push(')');
    match ft.results.as_slice() {
        [] => {}
        [f] if f.names.is_empty() => {
            s.push(' ');
            write_expr(s, &f.ty);
        }
        rs => {
            s.push_str(" (");
            write_fields(s, rs);
            s.push(')');
        }
    }
}
