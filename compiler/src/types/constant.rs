//! This module implements compile-time constant values and their
//! arithmetic, exact as the spec requires: integers are arbitrary
//! precision (`BigInt`), floating-point constants are exact rationals, and
//! complex constants are pairs of rationals. Typed float constants are
//! rounded to their type by `number::round_float` when they are checked
//! for representability.
//!
//! Sizes are bounded so that the compiler's work never grows with a
//! constant's value: an integer result beyond `MAX_INT_BITS` or a rational
//! whose parts exceed `MAX_RAT_BITS` is an overflow (gc reports "constant
//! overflow" at 512 bits for integers; floats get more room because
//! `1e300` as a fraction needs ~1000 bits).

use super::ty::Basic;
use crate::syntax::ast::{BinaryOp, UnaryOp};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// Integer constants wider than this overflow (gc: 512 bits).
pub const MAX_INT_BITS: u64 = 512;
/// Rational constants with a numerator or denominator wider than this
/// overflow.
pub const MAX_RAT_BITS: u64 = 1 << 14;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Const {
    Bool(bool),
    Int(BigInt),
    Float(BigRational),
    Complex(BigRational, BigRational),
    /// A float beyond exact rationals (huge.rs).
    Huge(super::huge::Huge),
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
    /// Arithmetic on a `Huge` float, which rgo does not do yet.
    Unsupported,
}

impl Const {
    pub fn int(v: impl Into<BigInt>) -> Const {
        Const::Int(v.into())
    }

    pub fn float(r: BigRational) -> Const {
        Const::Float(r)
    }

    /// The value as a machine integer, if it is an integer (or a float
    /// with an integral value) that fits in 128 bits.
    pub fn as_int(&self) -> Option<i128> {
        self.as_bigint()?.to_i128()
    }

    /// The exact integer value of an integral constant of any numeric kind.
    pub fn as_bigint(&self) -> Option<BigInt> {
        match self {
            Const::Int(v) => Some(v.clone()),
            Const::Float(r) if r.is_integer() => Some(r.to_integer()),
            Const::Complex(re, im) if im.is_zero() && re.is_integer() => Some(re.to_integer()),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Const::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The value as a rational (integers and floats; complex with a zero
    /// imaginary part).
    pub fn as_rat(&self) -> Option<BigRational> {
        match self {
            Const::Int(v) => Some(BigRational::from_integer(v.clone())),
            Const::Float(r) => Some(r.clone()),
            Const::Complex(re, im) if im.is_zero() => Some(re.clone()),
            _ => None,
        }
    }

    fn as_complex(&self) -> Option<(BigRational, BigRational)> {
        match self {
            Const::Complex(re, im) => Some((re.clone(), im.clone())),
            _ => self.as_rat().map(|r| (r, BigRational::zero())),
        }
    }

    pub fn is_numeric(&self) -> bool {
        matches!(
            self,
            Const::Int(_) | Const::Float(_) | Const::Complex(..) | Const::Huge(_)
        )
    }

    /// The value as f64 (nearest), for floats and integers.
    pub fn to_f64(&self) -> Option<f64> {
        super::number::rat_to_f64(&self.as_rat()?)
    }

    /// The constant as gc shows it in messages (`1`, `true`, `"s"`, `1.5`,
    /// `1e+100`, `(1 + 2i)`).
    pub fn display(&self) -> String {
        match self {
            Const::Bool(b) => b.to_string(),
            Const::Int(v) => v.to_string(),
            Const::Float(r) => super::number::format_rat(r),
            Const::Complex(re, im) => format!(
                "({} + {}i)",
                super::number::format_rat(re),
                super::number::format_rat(im)
            ),
            Const::Str(s) => super::number::quote_go(s),
            Const::Huge(h) => h.display(),
        }
    }

    pub fn unary(&self, op: UnaryOp, kind: Basic) -> Result<Const, ConstError> {
        match (op, self) {
            (UnaryOp::Pos, c) if c.is_numeric() => Ok(c.clone()),
            (UnaryOp::Neg, Const::Int(v)) => Ok(Const::Int(-v)),
            (UnaryOp::Neg, Const::Float(r)) => Ok(Const::Float(-r)),
            (UnaryOp::Neg, Const::Complex(re, im)) => Ok(Const::Complex(-re, -im)),
            (UnaryOp::Neg, Const::Huge(h)) => Ok(Const::Huge(h.neg())),
            (UnaryOp::Not, Const::Bool(b)) => Ok(Const::Bool(!b)),
            (UnaryOp::BitNot, Const::Int(v)) => Ok(Const::Int(bit_not(v, kind))),
            _ => Err(ConstError::Mismatch),
        }
    }

    /// `self op y`. Operands of different numeric kinds are promoted to
    /// the larger kind (int < float < complex). `kind` is the result's
    /// basic kind: integer kinds divide with truncation.
    pub fn binary(&self, op: BinaryOp, y: &Const, kind: Basic) -> Result<Const, ConstError> {
        let r = match (self, y) {
            (Const::Huge(_), _) | (_, Const::Huge(_)) => Err(ConstError::Unsupported),
            (Const::Int(a), Const::Int(b)) if !kind.is_float() && !kind.is_complex() => {
                int_binary(op, a, b, kind)
            }
            (Const::Bool(a), Const::Bool(b)) => bool_binary(op, *a, *b),
            (Const::Str(a), Const::Str(b)) => str_binary(op, a, b),
            (a, b) if a.is_numeric() && b.is_numeric() => {
                let complex = matches!(a, Const::Complex(..)) || matches!(b, Const::Complex(..));
                if complex || kind.is_complex() {
                    complex_binary(op, a.as_complex().unwrap(), b.as_complex().unwrap())
                } else {
                    rat_binary(op, &a.as_rat().unwrap(), &b.as_rat().unwrap(), kind)
                }
            }
            _ => Err(ConstError::Mismatch),
        }?;
        check_size(r)
    }

    /// `self << n` or `self >> n` for an integer constant.
    pub fn shift(&self, op: BinaryOp, n: u64, kind: Basic) -> Result<Const, ConstError> {
        if let Const::Huge(_) = self {
            return Err(ConstError::Unsupported);
        }
        let v = self.as_bigint().ok_or(ConstError::Mismatch)?;
        let r = match op {
            BinaryOp::Shl => {
                if n > MAX_INT_BITS + 64 && !v.is_zero() {
                    return Err(ConstError::Overflow);
                }
                v << n
            }
            _ => v >> n.min(MAX_INT_BITS + 64),
        };
        let _ = kind;
        check_size(Const::Int(r))
    }
}

/// An overflow when a result is too large to keep exactly.
fn check_size(c: Const) -> Result<Const, ConstError> {
    let ok = match &c {
        Const::Int(v) => v.bits() <= MAX_INT_BITS,
        Const::Float(r) => rat_small(r),
        Const::Complex(re, im) => rat_small(re) && rat_small(im),
        _ => true,
    };
    if ok { Ok(c) } else { Err(ConstError::Overflow) }
}

fn rat_small(r: &BigRational) -> bool {
    r.numer().bits() <= MAX_RAT_BITS && r.denom().bits() <= MAX_RAT_BITS
}

/// `^x`: for unsigned kinds the complement within the kind's width, for
/// signed and untyped kinds `-x - 1`.
fn bit_not(v: &BigInt, kind: Basic) -> BigInt {
    if kind.is_unsigned() {
        let mask = (BigInt::one() << kind.int_bits()) - 1;
        mask - v
    } else {
        -v - 1
    }
}

fn int_binary(op: BinaryOp, a: &BigInt, b: &BigInt, kind: Basic) -> Result<Const, ConstError> {
    use BinaryOp::*;
    let int = |v: BigInt| Ok(Const::Int(v));
    match op {
        Add => int(a + b),
        Sub => int(a - b),
        Mul => int(a * b),
        Div | Rem if b.is_zero() => Err(ConstError::DivByZero),
        // Untyped integer division by `/` is integer division when both
        // operands are integers; it truncates toward zero, as in Go.
        Div => int(a / b),
        Rem => int(a % b),
        And => int(a & b),
        Or => int(a | b),
        Xor => int(a ^ b),
        AndNot => int(a & &bit_not(b, kind_for_andnot(kind))),
        Shl | Shr => Err(ConstError::Mismatch),
        Eq => Ok(Const::Bool(a == b)),
        Ne => Ok(Const::Bool(a != b)),
        Lt => Ok(Const::Bool(a < b)),
        Le => Ok(Const::Bool(a <= b)),
        Gt => Ok(Const::Bool(a > b)),
        Ge => Ok(Const::Bool(a >= b)),
        LAnd | LOr => Err(ConstError::Mismatch),
    }
}

/// `a &^ b` is `a & ^b` with `^b` taken as a signed (infinite-width)
/// complement, which gives the same low bits for every kind.
fn kind_for_andnot(_kind: Basic) -> Basic {
    Basic::Int
}

fn rat_binary(
    op: BinaryOp,
    a: &BigRational,
    b: &BigRational,
    kind: Basic,
) -> Result<Const, ConstError> {
    use BinaryOp::*;
    let f = |v: BigRational| Ok(Const::Float(v));
    match op {
        Add => f(a + b),
        Sub => f(a - b),
        Mul => f(a * b),
        Div if b.is_zero() => Err(ConstError::DivByZero),
        Div if kind.is_integer() => {
            // Both operands are integral here (the checker ensures it).
            f(BigRational::from_integer((a / b).to_integer()))
        }
        Div => f(a / b),
        Eq => Ok(Const::Bool(a == b)),
        Ne => Ok(Const::Bool(a != b)),
        Lt => Ok(Const::Bool(a < b)),
        Le => Ok(Const::Bool(a <= b)),
        Gt => Ok(Const::Bool(a > b)),
        Ge => Ok(Const::Bool(a >= b)),
        _ => Err(ConstError::Mismatch),
    }
}

type Cx = (BigRational, BigRational);

fn complex_binary(op: BinaryOp, (a, b): Cx, (c, d): Cx) -> Result<Const, ConstError> {
    use BinaryOp::*;
    let cx = |re, im| Ok(Const::Complex(re, im));
    match op {
        Add => cx(a + c, b + d),
        Sub => cx(a - c, b - d),
        Mul => cx(&a * &c - &b * &d, &a * &d + &b * &c),
        Div => {
            let den = &c * &c + &d * &d;
            if den.is_zero() {
                return Err(ConstError::DivByZero);
            }
            cx((&a * &c + &b * &d) / &den, (&b * &c - &a * &d) / &den)
        }
        Eq => Ok(Const::Bool(a == c && b == d)),
        Ne => Ok(Const::Bool(a != c || b != d)),
        _ => Err(ConstError::Mismatch),
    }
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

/// The range of a typed integer kind.
pub fn int_range(kind: Basic) -> Option<(BigInt, BigInt)> {
    use Basic::*;
    let bits = kind.int_bits();
    match kind {
        Int8 | Int16 | Int32 | Int | Int64 => {
            let half = BigInt::one() << (bits - 1);
            Some((-half.clone(), half - 1))
        }
        Uint8 | Uint16 | Uint32 | Uint | Uint64 | Uintptr => {
            Some((BigInt::zero(), (BigInt::one() << bits) - 1))
        }
        _ => None,
    }
}

/// Whether integer `v` is representable in the typed integer kind.
pub fn int_fits(v: &BigInt, kind: Basic) -> bool {
    match int_range(kind) {
        Some((lo, hi)) => lo <= *v && *v <= hi,
        None => true,
    }
}

/// Why a constant is not representable in a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Repr {
    /// Out of range.
    Overflow,
    /// A non-integral value for an integer type.
    Truncated,
    /// The wrong kind altogether (a string for an int).
    Mismatch,
}

/// The constant as a value of basic kind `kind`: integers must be
/// integral and in range, floats are rounded to the kind's precision,
/// complex values need a zero imaginary part unless the kind is complex.
pub fn representable(c: &Const, kind: Basic) -> Result<Const, Repr> {
    use super::number::round_float;
    if kind.is_boolean() {
        return matches!(c, Const::Bool(_))
            .then(|| c.clone())
            .ok_or(Repr::Mismatch);
    }
    if kind.is_string() {
        return matches!(c, Const::Str(_))
            .then(|| c.clone())
            .ok_or(Repr::Mismatch);
    }
    if !c.is_numeric() || !kind.is_numeric() {
        return Err(Repr::Mismatch);
    }
    if let Const::Huge(h) = c {
        return huge_representable(h, kind);
    }
    if kind.is_integer() {
        let Some((re, im)) = c.as_complex() else {
            return Err(Repr::Mismatch);
        };
        if !im.is_zero() || !re.is_integer() {
            return Err(Repr::Truncated);
        }
        let v = re.to_integer();
        if kind.is_untyped() || int_fits(&v, kind) {
            return Ok(Const::Int(v));
        }
        return Err(Repr::Overflow);
    }
    if kind.is_float() {
        let Some((re, im)) = c.as_complex() else {
            return Err(Repr::Mismatch);
        };
        if !im.is_zero() {
            return Err(Repr::Overflow);
        }
        if kind.is_untyped() {
            return Ok(Const::Float(re));
        }
        return round_float(&re, kind == Basic::Float32)
            .map(Const::Float)
            .ok_or(Repr::Overflow);
    }
    // Complex kinds.
    let (re, im) = c.as_complex().ok_or(Repr::Mismatch)?;
    let single = kind == Basic::Complex64;
    let re = round_float(&re, single).ok_or(Repr::Overflow)?;
    let im = round_float(&im, single).ok_or(Repr::Overflow)?;
    Ok(Const::Complex(re, im))
}

/// A huge float truncates in integer kinds; in float and complex kinds
/// it overflows, or rounds to zero when tiny.
fn huge_representable(h: &super::huge::Huge, kind: Basic) -> Result<Const, Repr> {
    if kind.is_integer() {
        return Err(Repr::Truncated);
    }
    if kind.is_untyped() {
        return Ok(Const::Huge(h.clone()));
    }
    if h.is_large() {
        return Err(Repr::Overflow);
    }
    let zero = BigRational::zero();
    Ok(if kind.is_float() {
        Const::Float(zero)
    } else {
        Const::Complex(zero.clone(), zero)
    })
}

/// The sign of a numeric constant: -1, 0 or 1.
pub fn sign(c: &Const) -> i32 {
    if let Const::Huge(h) = c {
        return h.sign();
    }
    match c.as_rat() {
        Some(r) if r.is_negative() => -1,
        Some(r) if r.is_zero() => 0,
        Some(_) => 1,
        None => 0,
    }
}

/// An integer value as i64, wrapping like a conversion to a 64-bit
/// register (for codegen: unsigned values above i64::MAX).
pub fn wrap_i64(v: &BigInt) -> i64 {
    let (sign, digits) = v.to_u64_digits();
    let low = digits.first().copied().unwrap_or(0);
    match sign {
        Sign::Minus => (low as i64).wrapping_neg(),
        _ => low as i64,
    }
}

/// Integer division helper shared by literal parsing.
pub fn pow10(n: u64) -> BigInt {
    num_traits::pow(BigInt::from(10u32), n as usize)
}

/// `a mod b` with the sign of `a` (Go's `%`), for callers outside.
pub fn rem(a: &BigInt, b: &BigInt) -> BigInt {
    a.mod_floor(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn i(v: i64) -> Const {
        Const::int(v)
    }

    #[test]
    fn division_truncates_and_checks_zero() {
        let r = i(-7).binary(BinaryOp::Div, &i(2), Basic::Int);
        assert_eq!(r, Ok(i(-3)));
        let r = i(-7).binary(BinaryOp::Rem, &i(2), Basic::Int);
        assert_eq!(r, Ok(i(-1)));
        let r = i(1).binary(BinaryOp::Div, &i(0), Basic::Int);
        assert_eq!(r, Err(ConstError::DivByZero));
    }

    #[test]
    fn untyped_float_division_is_exact() {
        let r = i(1)
            .binary(BinaryOp::Div, &i(3), Basic::UntypedFloat)
            .unwrap();
        let back = r.binary(BinaryOp::Mul, &i(3), Basic::UntypedFloat).unwrap();
        assert_eq!(back.as_int(), Some(1));
    }

    #[test]
    fn complement_depends_on_signedness() {
        assert_eq!(i(0).unary(UnaryOp::BitNot, Basic::Uint8), Ok(i(255)));
        assert_eq!(i(0).unary(UnaryOp::BitNot, Basic::Int), Ok(i(-1)));
    }

    #[test]
    fn representability() {
        assert!(int_fits(&BigInt::from(255), Basic::Uint8));
        assert!(!int_fits(&BigInt::from(256), Basic::Uint8));
        assert!(!int_fits(&BigInt::from(-1), Basic::Uint));
        assert!(int_fits(&BigInt::from(i64::MIN), Basic::Int));
        let half = Const::Float(BigRational::new(1.into(), 2.into()));
        assert_eq!(representable(&half, Basic::Int), Err(Repr::Truncated));
        assert!(representable(&half, Basic::Float32).is_ok());
    }

    #[test]
    fn huge_shifts_overflow_instead_of_allocating() {
        assert_eq!(
            i(1).shift(BinaryOp::Shl, 1 << 40, Basic::UntypedInt),
            Err(ConstError::Overflow)
        );
        assert_eq!(
            i(1).shift(BinaryOp::Shl, 600, Basic::UntypedInt),
            Err(ConstError::Overflow)
        );
        assert_eq!(i(-8).shift(BinaryOp::Shr, 1 << 40, Basic::Int), Ok(i(-1)));
    }
}
