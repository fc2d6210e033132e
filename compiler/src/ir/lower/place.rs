//! This module implements lowering of addressable expressions to places:
//! variables (their cells when boxed), fields, array and slice elements
//! (after a bounds check), and dereferences (after a nil check). An
//! expression that is not addressable (a call's struct result) is first
//! evaluated into a temporary, so `f().x` works the same way.

use super::Builder;
use crate::ir::{Local, Operand, Place, Rvalue};
use crate::syntax::ast::BinaryOp;
use crate::types::ty::{Type, TypeId, ids};
use crate::types::typed::{Expr, ExprKind};

/// A run-time check computed but not yet emitted: if `fail` holds, call
/// the runtime's panic `name` with `args`.
pub struct Check {
    pub fail: Operand,
    pub name: &'static str,
    pub args: Vec<Operand>,
}

impl<'a, 'm> Builder<'a, 'm> {
    /// The place an expression denotes (a temporary for a value).
    pub fn place(&mut self, e: &Expr) -> Place {
        match &e.kind {
            ExprKind::Local(l) => self.var(*l),
            ExprKind::Global(g) => Place::Global(g.0),
            ExprKind::Deref(p) => {
                let ptr = self.expr(p);
                let pt = self.norm(p.ty);
                let a = self.nil_checked(ptr, pt);
                Place::Mem {
                    addr: a,
                    ty: self.norm(e.ty),
                }
            }
            ExprKind::Field { x, index } => self.place(x).field(*index),
            ExprKind::Index { x, index } => self.index_place(x, index, e.ty),
            _ => {
                let t = self.norm(e.ty);
                let v = self.expr(e);
                Place::Local(self.local_of(v, t))
            }
        }
    }

    /// A pointer value checked against nil (a panic if it is), as a local.
    pub fn nil_checked(&mut self, ptr: Operand, t: TypeId) -> Local {
        let (p, check) = self.nil_check(ptr, t);
        self.run_check(check);
        p
    }

    /// The pointer as a local, and the check that it is not nil.
    fn nil_check(&mut self, ptr: Operand, t: TypeId) -> (Local, Check) {
        let p = self.local_of(ptr, t);
        let is_nil = self.eval(
            ids::BOOL,
            Rvalue::Binary(
                BinaryOp::Eq,
                Operand::Copy(Place::Local(p)),
                Operand::Zero(ids::UINTPTR),
                ids::UINTPTR,
            ),
        );
        let check = Check {
            fail: is_nil,
            name: "rgo_panic_nil",
            args: Vec::new(),
        };
        (p, check)
    }

    /// Emits a check computed earlier.
    pub fn run_check(&mut self, c: Check) {
        self.guard(c.fail, c.name, c.args);
    }

    /// The place `e` denotes with the checks that guard the final store
    /// (the nil check of the last pointer, the bounds check of the last
    /// index) left to the caller, as gc does for the left side of a
    /// tuple assignment: `m[k], *p = 1, 2` assigns m[k] before the nil
    /// *p panics. Everything the place depends on is evaluated now.
    pub fn place_checks_later(&mut self, e: &Expr, checks: &mut Vec<Check>) -> Place {
        match &e.kind {
            ExprKind::Deref(p) => {
                let ptr = self.expr(p);
                let pt = self.norm(p.ty);
                let ptr = self.snapshot(ptr, pt);
                let (a, check) = self.nil_check(ptr, pt);
                checks.push(check);
                Place::Mem {
                    addr: a,
                    ty: self.norm(e.ty),
                }
            }
            ExprKind::Field { x, index } => self.place_checks_later(x, checks).field(*index),
            ExprKind::Index { x, index } => {
                let xt = self.norm(x.ty);
                match self.tt.under(xt) {
                    Type::Array(n, _) => {
                        let base = self.place_checks_later(x, checks);
                        let (i, check) = self.index_check(index, Builder::int(n as i64));
                        checks.extend(check);
                        Place::Elem(Box::new(base), i)
                    }
                    _ => {
                        let (addr, check) = self.elem_addr_check(x, index);
                        checks.extend(check);
                        self.mem(addr, self.norm(e.ty))
                    }
                }
            }
            _ => self.place(e),
        }
    }

    /// `x[i]` of an array or slice as a place.
    fn index_place(&mut self, x: &Expr, index: &Expr, elem: TypeId) -> Place {
        let xt = self.norm(x.ty);
        match self.tt.under(xt) {
            Type::Array(n, _) => {
                let base = self.place(x);
                let i = self.checked_index(index, Builder::int(n as i64));
                Place::Elem(Box::new(base), i)
            }
            _ => {
                let addr = self.elem_addr(x, index);
                self.mem(addr, self.norm(elem))
            }
        }
    }

    /// The address of `x[index]` for a string or slice, after the bounds
    /// check `0 <= index < len`.
    pub fn elem_addr(&mut self, x: &Expr, index: &Expr) -> Operand {
        let (addr, check) = self.elem_addr_check(x, index);
        if let Some(c) = check {
            self.run_check(c);
        }
        addr
    }

    /// `elem_addr` with the bounds check returned, not emitted. The
    /// address is computed from the unchecked index; it is used only
    /// after the check.
    fn elem_addr_check(&mut self, x: &Expr, index: &Expr) -> (Operand, Option<Check>) {
        let xt = self.norm(x.ty);
        let elem = match self.tt.under(xt) {
            Type::Slice(e) => e,
            _ => ids::UINT8,
        };
        let base = self.expr(x);
        let base = Operand::Copy(Place::Local(self.local_of(base, xt)));
        let len = self.eval(ids::INT, Rvalue::Part(base.clone(), 1));
        let (i, check) = self.index_check(index, len);
        let ptr = self.eval(ids::UINTPTR, Rvalue::Part(base, 0));
        let size = self.size_of(elem);
        let addr = self.eval(
            ids::UINTPTR,
            Rvalue::PtrAdd(ptr, Operand::Copy(Place::Local(i)), size),
        );
        (addr, check)
    }

    /// Evaluates an index and checks `0 <= i < len`; the index as an int
    /// local. A constant index was checked by the checker when the length
    /// is constant.
    pub fn checked_index(&mut self, index: &Expr, len: Operand) -> Local {
        let (i, check) = self.index_check(index, len);
        if let Some(c) = check {
            self.run_check(c);
        }
        i
    }

    /// The index as a fresh int local, and its bounds check (none when
    /// both are constant).
    fn index_check(&mut self, index: &Expr, len: Operand) -> (Local, Option<Check>) {
        let it = self.norm(index.ty);
        let i = self.expr(index);
        let both_const = matches!(i, Operand::Const(..)) && matches!(len, Operand::Const(..));
        let i = self.index_int(i, it);
        let il = self.temp(ids::INT);
        self.assign(Place::Local(il), Rvalue::Use(i));
        if both_const {
            return (il, None);
        }
        let iv = Operand::Copy(Place::Local(il));
        let out = self.eval(
            ids::BOOL,
            Rvalue::Binary(BinaryOp::Ge, iv.clone(), len.clone(), ids::UINT),
        );
        let name = if self.tt.pred(it, |b| b.is_unsigned()) {
            "rgo_panic_index_unsigned"
        } else {
            "rgo_panic_index"
        };
        let check = Check {
            fail: out,
            name,
            args: vec![iv, len],
        };
        (il, Some(check))
    }

    /// An index of any integer type as an `int`.
    pub fn index_int(&mut self, i: Operand, t: TypeId) -> Operand {
        if t == ids::INT {
            return i;
        }
        if let Operand::Const(c, _) = &i {
            return Operand::Const(c.clone(), ids::INT);
        }
        // A huge unsigned 64-bit index stays huge under the unsigned bounds
        // comparison, so reinterpreting it as int is safe.
        self.eval(ids::INT, Rvalue::Convert(i, ids::INT))
    }
}
