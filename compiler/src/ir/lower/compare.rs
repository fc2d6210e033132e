//! This module implements `==` and `!=` on the types one instruction does
//! not compare: strings and complex numbers (ops.rs), interfaces (type
//! words, then the dynamic type's equality in the runtime, which panics
//! for an uncomparable type), and structs and arrays: field by field for
//! small structs, else through the type descriptor's equality function.

use super::Builder;
use crate::ir::{Local, Operand, Place, Rvalue};
use crate::syntax::ast::BinaryOp;
use crate::types::ty::{Type, TypeId, ids};
use crate::types::typed::Expr;

impl<'a, 'm> Builder<'a, 'm> {
    pub fn equality(&mut self, op: BinaryOp, x: &Expr, y: &Expr) -> Operand {
        let t = self.norm(x.ty);
        let a = self.expr(x);
        let a = self.snapshot_if_place(a, t);
        let b = self.expr(y);
        let eq = self.equal_values(a, b, t);
        self.bool_not_if(eq, op == BinaryOp::Ne)
    }

    /// `a == b` for values of type `t`.
    pub fn equal_values(&mut self, a: Operand, b: Operand, t: TypeId) -> Operand {
        match self.tt.under(t) {
            Type::Basic(bt) if bt.is_string() => {
                let mut args = self.string_parts(a).to_vec();
                args.extend(self.string_parts(b));
                self.rt("rgo_string_eq", ids::BOOL, args)
            }
            Type::Basic(bt) if bt.is_complex() => {
                let ft = self.complex_part_type(t);
                let mut eqs = Vec::new();
                for i in 0..2 {
                    let x = self.eval(ft, Rvalue::Part(a.clone(), i));
                    let y = self.eval(ft, Rvalue::Part(b.clone(), i));
                    eqs.push(self.eval(ids::BOOL, Rvalue::Binary(BinaryOp::Eq, x, y, ft)));
                }
                self.eval(
                    ids::BOOL,
                    Rvalue::Binary(BinaryOp::And, eqs[0].clone(), eqs[1].clone(), ids::BOOL),
                )
            }
            Type::Interface(ms) => self.iface_equal(a, b, ms.is_empty()),
            Type::Struct(fields) if self.inline_struct_compare(t) => {
                let (al, bl) = (self.local_of(a, t), self.local_of(b, t));
                let mut acc: Option<Operand> = None;
                for (i, f) in fields.iter().enumerate() {
                    if f.name == "_" {
                        continue;
                    }
                    let x = self.read(Place::Local(al).field(i as u32), f.ty);
                    let y = self.read(Place::Local(bl).field(i as u32), f.ty);
                    let e = self.equal_values(x, y, f.ty);
                    acc = Some(match acc {
                        None => e,
                        Some(p) => {
                            self.eval(ids::BOOL, Rvalue::Binary(BinaryOp::And, p, e, ids::BOOL))
                        }
                    });
                }
                acc.unwrap_or(Operand::Const(
                    crate::types::constant::Const::Bool(true),
                    ids::BOOL,
                ))
            }
            Type::Struct(_) | Type::Array(..) => self.equal_in_memory(a, b, t),
            _ => self.eval(ids::BOOL, Rvalue::Binary(BinaryOp::Eq, a, b, t)),
        }
    }

    /// Small structs of simple fields compare field by field in registers.
    fn inline_struct_compare(&self, t: TypeId) -> bool {
        if !crate::ir::layout::is_ssa(self.tt, t) {
            return false;
        }
        match self.tt.under(t) {
            Type::Struct(fields) => fields.iter().all(|f| match self.tt.under(f.ty) {
                Type::Basic(_) | Type::Pointer(_) | Type::Chan(..) => true,
                Type::Interface(_) => true,
                Type::Struct(_) => self.inline_struct_compare(f.ty),
                _ => false,
            }),
            _ => false,
        }
    }

    /// Compares two values in memory with the type's equality function.
    fn equal_in_memory(&mut self, a: Operand, b: Operand, t: TypeId) -> Operand {
        let pa = self.addr_of_value(a, t);
        let pb = self.addr_of_value(b, t);
        let desc = self.eval(ids::UINTPTR, Rvalue::TypeDesc(t));
        self.rt("rgo_typed_equal", ids::BOOL, vec![desc, pa, pb])
    }

    /// The address of a value: of its place when it is one in memory,
    /// else of a temporary holding it.
    pub fn addr_of_value(&mut self, v: Operand, t: TypeId) -> Operand {
        let p = match v {
            Operand::Copy(p) => p,
            v => {
                let l: Local = self.local_of(v, t);
                Place::Local(l)
            }
        };
        self.eval(ids::UINTPTR, Rvalue::AddrOf(p))
    }

    /// Interface equality: equal type (or itab) words, then equal values
    /// of the dynamic type (the runtime; comparing with nil needs only the
    /// type word).
    fn iface_equal(&mut self, a: Operand, b: Operand, empty: bool) -> Operand {
        if matches!(b, Operand::Zero(_)) || matches!(a, Operand::Zero(_)) {
            let v = if matches!(a, Operand::Zero(_)) { b } else { a };
            let w = self.eval(ids::UINTPTR, Rvalue::Part(v, 0));
            return self.eval(
                ids::BOOL,
                Rvalue::Binary(BinaryOp::Eq, w, Operand::Zero(ids::UINTPTR), ids::UINTPTR),
            );
        }
        let mut args = Vec::new();
        for v in [a, b] {
            for i in 0..2 {
                args.push(self.eval(ids::UINTPTR, Rvalue::Part(v.clone(), i)));
            }
        }
        let name = if empty { "rgo_efaceeq" } else { "rgo_ifaceeq" };
        self.rt(name, ids::BOOL, args)
    }
}
