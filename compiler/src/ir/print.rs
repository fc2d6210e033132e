//! This module implements the text form of the IR (`rgo build --emit=ir`),
//! one instruction per line, for reading and for snapshot tests. It names
//! types as Go spells them and never prints internal ids, so the text of
//! a function depends only on its lowering.
//!
//! ```text
//! func main.f(_0) (int)
//!   let _0: *main.T
//!   let _1: int
//! bb0:
//!   _1 = copy (*_0).0
//!   return _1
//! ```
//!
//! Places: `_3` (local), `@main.g` (global), `(*_2)` (memory at the address
//! in `_2`), `p.1` (field), `p[_4]` (element). Operands: `copy place`, a
//! constant with its type (`7:int`, `"ab"`), `zero T`.

use super::{Callee, Function, Inst, Module, Operand, Place, Rvalue, Terminator};
use crate::syntax::ast::UnaryOp;
use crate::syntax::printer::binary_op;
use crate::types::constant::Const;
use crate::types::ty::TypeTable;
use std::fmt::Write;

pub fn print_module(m: &Module, tt: &TypeTable) -> String {
    print_filtered(m, tt, |_| true)
}

/// The globals and the functions whose symbol `keep` accepts.
pub fn print_filtered(m: &Module, tt: &TypeTable, keep: impl Fn(&str) -> bool) -> String {
    let p = Printer { m, tt };
    let mut s = String::new();
    for g in m.globals.iter().filter(|g| keep(&g.symbol)) {
        let _ = writeln!(s, "global {}: {}", g.symbol, tt.display(g.ty));
    }
    for f in m.funcs.iter().filter(|f| keep(&f.symbol)) {
        p.function(&mut s, f);
    }
    s
}

struct Printer<'a> {
    m: &'a Module,
    tt: &'a TypeTable,
}

impl Printer<'_> {
    fn function(&self, s: &mut String, f: &Function) {
        let params: Vec<String> = f.params.iter().map(|p| format!("_{}", p.0)).collect();
        let results: Vec<String> = f.results.iter().map(|t| self.tt.display(*t)).collect();
        let ctx = f.ctx.map(|c| format!(" ctx _{}", c.0)).unwrap_or_default();
        let _ = writeln!(
            s,
            "\nfunc {}({}) ({}){ctx}",
            f.symbol,
            params.join(", "),
            results.join(", ")
        );
        if f.blocks.is_empty() {
            let _ = writeln!(s, "  external");
            return;
        }
        for (i, t) in f.locals.iter().enumerate() {
            let _ = writeln!(s, "  let _{i}: {}", self.tt.display(*t));
        }
        for (i, b) in f.blocks.iter().enumerate() {
            let _ = writeln!(s, "bb{i}:");
            for inst in b.insts.iter().filter(|i| !matches!(i, Inst::Pos(_))) {
                let _ = writeln!(s, "  {}", self.inst(inst));
            }
            let _ = writeln!(s, "  {}", self.term(&b.term));
        }
    }

    fn place(&self, p: &Place) -> String {
        match p {
            Place::Local(l) => format!("_{}", l.0),
            Place::Global(g) => match self.m.globals.get(*g as usize) {
                Some(g) => format!("@{}", g.symbol),
                None => format!("@{g}"),
            },
            Place::Mem { addr, .. } => format!("(*_{})", addr.0),
            Place::Field(b, i) => format!("{}.{i}", self.place(b)),
            Place::Elem(b, i) => format!("{}[_{}]", self.place(b), i.0),
        }
    }

    fn operand(&self, x: &Operand) -> String {
        match x {
            Operand::Copy(p) => format!("copy {}", self.place(p)),
            Operand::Const(c, t) => constant(c, &self.tt.display(*t)),
            Operand::Zero(t) => format!("zero {}", self.tt.display(*t)),
        }
    }

    fn operands(&self, xs: &[Operand]) -> String {
        xs.iter()
            .map(|x| self.operand(x))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn func_name(&self, f: u32) -> String {
        match self.m.funcs.get(f as usize) {
            Some(f) => f.symbol.clone(),
            None => format!("#{f}"),
        }
    }

    fn rvalue(&self, rv: &Rvalue) -> String {
        let ty = |t| self.tt.display(t);
        match rv {
            Rvalue::Use(x) => self.operand(x),
            Rvalue::Unary(op, x) => format!("{}{}", unary_op(*op), self.operand(x)),
            Rvalue::Binary(op, x, y, t) => format!(
                "{} {} {} ({})",
                self.operand(x),
                binary_op(*op),
                self.operand(y),
                ty(*t)
            ),
            Rvalue::Convert(x, t) => format!("{}({})", ty(*t), self.operand(x)),
            Rvalue::Part(x, i) => format!("part {i} of {}", self.operand(x)),
            Rvalue::Make(t, xs) => format!("make {}{{{}}}", ty(*t), self.operands(xs)),
            Rvalue::PtrAdd(x, y, scale) => {
                format!("ptradd {} + {} * {scale}", self.operand(x), self.operand(y))
            }
            Rvalue::AddrOf(p) => format!("&{}", self.place(p)),
            Rvalue::New(t) => format!("new {}", ty(*t)),
            Rvalue::ConstAddr(c, t) => format!("constaddr {}", constant(c, &ty(*t))),
            Rvalue::TypeDesc(t) => format!("typedesc {}", ty(*t)),
            Rvalue::Itab(i, t) => format!("itab {}, {}", ty(*i), ty(*t)),
            Rvalue::FuncValue(f) => format!("funcvalue {}", self.func_name(*f)),
            Rvalue::CodeAddr(f) => format!("code {}", self.func_name(*f)),
            Rvalue::CallerSp => "caller_sp".to_string(),
            Rvalue::StackPointer => "sp".to_string(),
        }
    }

    fn inst(&self, inst: &Inst) -> String {
        match inst {
            Inst::Assign(p, rv) => format!("{} = {}", self.place(p), self.rvalue(rv)),
            Inst::Call {
                dests,
                callee,
                args,
            } => {
                let call = format!("call {}({})", self.callee(callee), self.operands(args));
                if dests.is_empty() {
                    call
                } else {
                    let ds: Vec<String> = dests.iter().map(|d| self.place(d)).collect();
                    format!("{} = {call}", ds.join(", "))
                }
            }
            Inst::Pos(_) => "pos".to_string(),
        }
    }

    fn callee(&self, c: &Callee) -> String {
        match c {
            Callee::Func(f) => self.func_name(*f),
            Callee::Closure(x) => format!("closure[{}]", self.operand(x)),
            Callee::Code { code, sig } => {
                format!("code[{}: {}]", self.operand(code), self.tt.display(*sig))
            }
            Callee::Runtime { name, sret } => {
                format!("{name}{}", if *sret { " sret" } else { "" })
            }
        }
    }

    fn term(&self, t: &Terminator) -> String {
        match t {
            Terminator::Goto(b) => format!("goto bb{}", b.0),
            Terminator::Branch(x, a, b) => {
                format!("branch {}, bb{}, bb{}", self.operand(x), a.0, b.0)
            }
            Terminator::Return(ls) => {
                let ls: Vec<String> = ls.iter().map(|l| format!("_{}", l.0)).collect();
                format!("return {}", ls.join(", ")).trim_end().to_string()
            }
            Terminator::Unreachable => "unreachable".to_string(),
            Terminator::DeferSetup {
                frame,
                frame_ptr,
                next,
                recovered,
            } => format!(
                "defer_setup frame _{}, next bb{}, recovered bb{} with _{}",
                frame.0, next.0, recovered.0, frame_ptr.0
            ),
        }
    }
}

fn unary_op(op: UnaryOp) -> &'static str {
    match op {
        UnaryOp::Neg => "-",
        UnaryOp::Not => "!",
        UnaryOp::BitNot => "^",
        _ => "+",
    }
}

fn constant(c: &Const, ty: &str) -> String {
    match c {
        Const::Bool(b) => format!("{b}"),
        Const::Int(i) => format!("{i}:{ty}"),
        Const::Float(r) => format!("{r}:{ty}"),
        Const::Complex(re, im) => format!("({re}+{im}i):{ty}"),
        Const::Str(bytes) => format!("{:?}", String::from_utf8_lossy(bytes)),
        Const::Huge(h) => format!("{}:{ty}", h.display()),
    }
}
