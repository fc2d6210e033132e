//! This module implements compile-time constant values and their
//! arithmetic. Integer constants are exact within 128 bits (Go requires at
//! least 256; an overflow here is reported as "constant overflow" rather
//! than computed wrongly). Representability checks decide whether a
//! constant fits a typed integer kind.

use super::ty::Basic;
use crate::syntax::ast::{BinaryOp, UnaryOp};

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Const {
    Bool(bool),
    Int(i128),
    /// Go strings are byte sequences, not necessarily UTF-8.
    Str(Vec<u8>),
}

/// Why a constant operation has no result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConstError {
    DivByZero,
    Overflow,
    /// The operator does not apply (the checker reports it with types).
    Mismatch,
}

impl Const {
    pub fn as_int(&self) -> Option<i128> {
        match self {
            Const::Int(v) => Some(*v),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Const::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The constant as gc shows it in messages (`1`, `true`, `"s"`).
    pub fn display(&self) -> String {
        match self {
            Const::Bool(b) => b.to_string(),
            Const::Int(v) => v.to_string(),
            Const::Str(s) => format!("{:?}", String::from_utf8_lossy(s)),
        }
    }

    pub fn unary(&self, op: UnaryOp, kind: Basic) -> Result<Const, ConstError> {
        match (op, self) {
            (UnaryOp::Pos, Const::Int(v)) => Ok(Const::Int(*v)),
            (UnaryOp::Neg, Const::Int(v)) => {
                v.checked_neg().map(Const::Int).ok_or(ConstError::Overflow)
            }
            (UnaryOp::Not, Const::Bool(b)) => Ok(Const::Bool(!b)),
            (UnaryOp::BitNot, Const::Int(v)) => Ok(Const::Int(bit_not(*v, kind))),
            _ => Err(ConstError::Mismatch),
        }
    }

    pub fn binary(&self, op: BinaryOp, y: &Const, kind: Basic) -> Result<Const, ConstError> {
        match (self, y) {
            (Const::Int(a), Const::Int(b)) => int_binary(op, *a, *b, kind),
            (Const::Bool(a), Const::Bool(b)) => bool_binary(op, *a, *b),
            (Const::Str(a), Const::Str(b)) => str_binary(op, a, b),
            _ => Err(ConstError::Mismatch),
        }
    }
}

/// `^x`: for unsigned kinds the complement within the kind's width, for
/// signed and untyped kinds `-x - 1`.
fn bit_not(v: i128, kind: Basic) -> i128 {
    if kind.is_unsigned() {
        let bits = kind.int_bits();
        let mask = if bits == 64 {
            u64::MAX as i128
        } else {
            (1i128 << bits) - 1
        };
        !v & mask
    } else {
        !v
    }
}

fn int_binary(op: BinaryOp, a: i128, b: i128, kind: Basic) -> Result<Const, ConstError> {
    use BinaryOp::*;
    let int = |v: Option<i128>| v.map(Const::Int).ok_or(ConstError::Overflow);
    match op {
        Add => int(a.checked_add(b)),
        Sub => int(a.checked_sub(b)),
        Mul => int(a.checked_mul(b)),
        Div | Rem if b == 0 => Err(ConstError::DivByZero),
        // Integer division truncates toward zero, as in Go.
        Div => int(a.checked_div(b)),
        Rem => int(a.checked_rem(b)),
        And => Ok(Const::Int(a & b)),
        Or => Ok(Const::Int(a | b)),
        Xor => Ok(Const::Int(a ^ b)),
        AndNot => Ok(Const::Int(a & !b)),
        Shl => shift_left(a, b, kind),
        Shr => Ok(Const::Int(if b >= 128 {
            if a < 0 { -1 } else { 0 }
        } else {
            a >> b
        })),
        Eq => Ok(Const::Bool(a == b)),
        Ne => Ok(Const::Bool(a != b)),
        Lt => Ok(Const::Bool(a < b)),
        Le => Ok(Const::Bool(a <= b)),
        Gt => Ok(Const::Bool(a > b)),
        Ge => Ok(Const::Bool(a >= b)),
        LAnd | LOr => Err(ConstError::Mismatch),
    }
}

fn shift_left(a: i128, b: i128, _kind: Basic) -> Result<Const, ConstError> {
    if a == 0 {
        return Ok(Const::Int(0));
    }
    if !(0..127).contains(&b) {
        return Err(ConstError::Overflow);
    }
    let r = a << b;
    if r >> b != a {
        return Err(ConstError::Overflow);
    }
    Ok(Const::Int(r))
}

fn bool_binary(op: BinaryOp, a: bool, b: bool) -> Result<Const, ConstError> {
    use BinaryOp::*;
    match op {
        LAnd => Ok(Const::Bool(a && b)),
        LOr => Ok(Const::Bool(a || b)),
        Eq => Ok(Const::Bool(a == b)),
        Ne => Ok(Const::Bool(a != b)),
        _ => Err(ConstError::Mismatch),
    }
}

fn str_binary(op: BinaryOp, a: &[u8], b: &[u8]) -> Result<Const, ConstError> {
    use BinaryOp::*;
    match op {
        Add => Ok(Const::Str([a, b].concat())),
        Eq => Ok(Const::Bool(a == b)),
        Ne => Ok(Const::Bool(a != b)),
        Lt => Ok(Const::Bool(a < b)),
        Le => Ok(Const::Bool(a <= b)),
        Gt => Ok(Const::Bool(a > b)),
        Ge => Ok(Const::Bool(a >= b)),
        _ => Err(ConstError::Mismatch),
    }
}

/// Whether integer `v` is representable in the typed integer kind.
pub fn int_fits(v: i128, kind: Basic) -> bool {
    use Basic::*;
    let (lo, hi): (i128, i128) = match kind {
        Int8 => (i8::MIN as i128, i8::MAX as i128),
        Int16 => (i16::MIN as i128, i16::MAX as i128),
        Int32 => (i32::MIN as i128, i32::MAX as i128),
        Int | Int64 => (i64::MIN as i128, i64::MAX as i128),
        Uint8 => (0, u8::MAX as i128),
        Uint16 => (0, u16::MAX as i128),
        Uint32 => (0, u32::MAX as i128),
        Uint | Uint64 | Uintptr => (0, u64::MAX as i128),
        _ => return true,
    };
    (lo..=hi).contains(&v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn division_truncates_and_checks_zero() {
        let r = Const::Int(-7).binary(BinaryOp::Div, &Const::Int(2), Basic::Int);
        assert_eq!(r, Ok(Const::Int(-3)));
        let r = Const::Int(-7).binary(BinaryOp::Rem, &Const::Int(2), Basic::Int);
        assert_eq!(r, Ok(Const::Int(-1)));
        let r = Const::Int(1).binary(BinaryOp::Div, &Const::Int(0), Basic::Int);
        assert_eq!(r, Err(ConstError::DivByZero));
    }

    #[test]
    fn complement_depends_on_signedness() {
        assert_eq!(
            Const::Int(0).unary(UnaryOp::BitNot, Basic::Uint8),
            Ok(Const::Int(255))
        );
        assert_eq!(
            Const::Int(0).unary(UnaryOp::BitNot, Basic::Int),
            Ok(Const::Int(-1))
        );
    }

    #[test]
    fn representability() {
        assert!(int_fits(255, Basic::Uint8));
        assert!(!int_fits(256, Basic::Uint8));
        assert!(!int_fits(-1, Basic::Uint));
        assert!(int_fits(i64::MIN as i128, Basic::Int));
    }
}
