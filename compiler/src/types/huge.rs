//! This module implements float constants whose decimal exponent is too
//! large for an exact rational (`1e646456992`, `1e-10000`): go/constant
//! keeps those as big floats, so they are valid untyped constants that
//! overflow every float type (or round to zero in it) and truncate in
//! every integer type. rgo keeps such a literal exactly, as digits and a
//! decimal exponent, shows it as gc does, negates it and converts it;
//! arithmetic on it is not supported yet.

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

/// Literals with a decimal exponent beyond this (after moving the point)
/// are kept as `Huge`.
pub const MAX_EXACT_EXP10: u64 = 5000;

/// The value `mant * 10^exp10`, nonzero.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Huge {
    pub mant: BigInt,
    pub exp10: i64,
}

impl Huge {
    /// A decimal float literal (`1e646456992`, `1.5e-9999`, `1_0e9999`)
    /// whose exponent is too large for an exact rational.
    pub fn parse(raw: &str) -> Option<Huge> {
        let s: String = raw.chars().filter(|&c| c != '_').collect();
        let lower = s.to_ascii_lowercase();
        if lower.starts_with("0x") {
            return None;
        }
        let (mant, exp) = lower.split_once('e')?;
        let exp: i64 = exp.parse().ok()?;
        let (int_part, frac) = mant.split_once('.').unwrap_or((mant, ""));
        let digits = format!("{int_part}{frac}");
        let m: BigInt = digits.parse().ok()?;
        let exp10 = exp.checked_sub(frac.len() as i64)?;
        if m.is_zero() || exp10.unsigned_abs() <= MAX_EXACT_EXP10 {
            return None;
        }
        Some(Huge { mant: m, exp10 })
    }

    /// Whether the magnitude is huge (rather than tiny).
    pub fn is_large(&self) -> bool {
        self.exp10 > 0
    }

    pub fn neg(&self) -> Huge {
        Huge {
            mant: -&self.mant,
            exp10: self.exp10,
        }
    }

    pub fn sign(&self) -> i32 {
        if self.mant.is_negative() { -1 } else { 1 }
    }

    /// As go/constant shows it: `%.6g` of the decimal mantissa, then the
    /// exponent (`1e+646456992`, `-1.23457e-10000`).
    pub fn display(&self) -> String {
        let digits = self.mant.abs().to_string();
        let mut e = self.exp10 + digits.len() as i64 - 1;
        let head = &digits[..digits.len().min(17)];
        let m: f64 = format!("{}.{}0", &head[..1], &head[1..])
            .parse()
            .unwrap_or(1.0);
        let mut s = super::number::format_g(m, Some(6));
        if s.starts_with("10") {
            s = super::number::format_g(m / 10.0, Some(6));
            e += 1;
        }
        let sign = if self.mant.is_negative() { "-" } else { "" };
        format!("{sign}{s}e{e:+}")
    }
}
