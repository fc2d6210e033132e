//! This module implements the numeric side of constants: parsing float and
//! imaginary literals into exact rationals, rounding a rational to float32
//! or float64 precision (correctly, half to even, with subnormals), and
//! formatting constants the way gc's messages show them.

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// The exact value of a float literal (`1.5e3`, `.5`, `0x1.8p1`, `1_000.5`),
/// or `None` if it is malformed or its exponent is absurdly large.
pub fn parse_float(raw: &str) -> Option<BigRational> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    let lower = s.to_ascii_lowercase();
    if let Some(hex) = lower.strip_prefix("0x") {
        return parse_hex_float(hex);
    }
    let (mant, exp) = match lower.split_once('e') {
        Some((m, e)) => (m, e.parse::<i64>().ok()?),
        None => (lower.as_str(), 0),
    };
    let (int_part, frac) = mant.split_once('.').unwrap_or((mant, ""));
    let digits = format!("{int_part}{frac}");
    let m: BigInt = if digits.is_empty() {
        return None;
    } else {
        digits.parse().ok()?
    };
    let exp10 = exp.checked_sub(frac.len() as i64)?;
    if exp10.unsigned_abs() > super::huge::MAX_EXACT_EXP10 && !m.is_zero() {
        return None;
    }
    let scale = BigRational::from_integer(super::constant::pow10(exp10.unsigned_abs()));
    let m = BigRational::from_integer(m);
    Some(if exp10 >= 0 { m * scale } else { m / scale })
}

fn parse_hex_float(hex: &str) -> Option<BigRational> {
    let (mant, exp) = match hex.split_once('p') {
        Some((m, e)) => (m, e.parse::<i64>().ok()?),
        None => (hex, 0),
    };
    let (int_part, frac) = mant.split_once('.').unwrap_or((mant, ""));
    let digits = format!("{int_part}{frac}");
    if digits.is_empty() {
        return None;
    }
    let m = BigInt::parse_bytes(digits.as_bytes(), 16)?;
    let exp2 = exp.checked_sub(4 * frac.len() as i64)?;
    if exp2.unsigned_abs() > 20000 && !m.is_zero() {
        return None;
    }
    let scale = BigRational::from_integer(BigInt::one() << exp2.unsigned_abs());
    let m = BigRational::from_integer(m);
    Some(if exp2 >= 0 { m * scale } else { m / scale })
}

/// The value of an imaginary literal (`2i`, `1.5i`, `0x1p2i`): the
/// imaginary part. Digits-only literals are decimal even with a leading 0.
pub fn parse_imag(raw: &str) -> Option<BigRational> {
    let body = raw.strip_suffix('i')?;
    let plain_digits = body.chars().all(|c| c.is_ascii_digit() || c == '_');
    if plain_digits {
        let d: String = body.chars().filter(|&c| c != '_').collect();
        return Some(BigRational::from_integer(d.parse().ok()?));
    }
    if let Some(v) = super::literal::int_value(body)
        && !body.contains(['.', 'e', 'E', 'p', 'P'])
    {
        return Some(BigRational::from_integer(v));
    }
    parse_float(body)
}

/// `r` rounded to float32 (`single`) or float64 precision, half to even,
/// as an exact rational; `None` if it overflows the format.
pub fn round_float(r: &BigRational, single: bool) -> Option<BigRational> {
    let (prec, min_exp, max_exp) = if single {
        (24u64, -149i64, 127i64)
    } else {
        (53u64, -1074i64, 1023i64)
    };
    if r.is_zero() {
        return Some(r.clone());
    }
    let neg = r.is_negative();
    let n = r.numer().abs().to_biguint()?;
    let d = r.denom().to_biguint()?;
    // e: the exponent of the leading bit, so 2^e <= |r| < 2^(e+1).
    let mut e = n.bits() as i64 - d.bits() as i64;
    if shifted_cmp(&n, &d, e) == std::cmp::Ordering::Less {
        e -= 1;
    }
    // Keep `prec` significant bits, fewer for subnormals.
    let lsb = (e - prec as i64 + 1).max(min_exp);
    let (q, rem_cmp) = quotient_at(&n, &d, lsb);
    let q = round_half_even(q, rem_cmp);
    let bits = q.bits() as i64;
    if !q.is_zero() && bits - 1 + lsb > max_exp {
        return None;
    }
    let mut v = BigRational::from_integer(BigInt::from(q));
    let scale = BigRational::from_integer(BigInt::one() << lsb.unsigned_abs());
    v = if lsb >= 0 { v * scale } else { v / scale };
    Some(if neg { -v } else { v })
}

/// Compares `n` with `d * 2^e`.
fn shifted_cmp(n: &BigUint, d: &BigUint, e: i64) -> std::cmp::Ordering {
    if e >= 0 {
        n.cmp(&(d << e as u64))
    } else {
        (n << (-e) as u64).cmp(d)
    }
}

/// `floor(n / (d * 2^lsb))` and how the remainder compares with half a
/// unit: Less, Equal or Greater.
fn quotient_at(n: &BigUint, d: &BigUint, lsb: i64) -> (BigUint, std::cmp::Ordering) {
    let (num, den) = if lsb >= 0 {
        (n.clone(), d << lsb as u64)
    } else {
        (n << (-lsb) as u64, d.clone())
    };
    let (q, r) = num.div_rem(&den);
    (q, (r << 1u32).cmp(&den))
}

fn round_half_even(q: BigUint, rem: std::cmp::Ordering) -> BigUint {
    use std::cmp::Ordering::*;
    let odd = q.bit(0);
    match rem {
        Greater => q + 1u32,
        Equal if odd => q + 1u32,
        _ => q,
    }
}

/// The nearest f64 (infinite when out of range).
pub fn rat_to_f64(r: &BigRational) -> Option<f64> {
    match round_float(r, false) {
        Some(v) => Some(exact_to_f64(&v)),
        None if r.is_negative() => Some(f64::NEG_INFINITY),
        None => Some(f64::INFINITY),
    }
}

/// Converts a rational that is exactly an f64 value.
fn exact_to_f64(v: &BigRational) -> f64 {
    if v.is_integer() {
        return v.to_integer().to_f64().unwrap_or(f64::NAN);
    }
    // v = n / 2^k exactly; n and 2^k both convert exactly while k < 1075.
    let n = v.numer().to_f64().unwrap_or(f64::NAN);
    let k = v.denom().bits() - 1;
    let mut x = n;
    let mut k = k as i32;
    while k > 0 {
        let step = k.min(1000);
        x /= 2f64.powi(step);
        k -= step;
    }
    x
}

/// The exact rational value of an f64 (finite).
pub fn f64_to_rat(x: f64) -> Option<BigRational> {
    BigRational::from_float(x)
}

/// A float constant as gc's messages show it: `%.6g` of the nearest
/// float64, or `%g` (shortest) when `%.6g` would hide that the value is
/// not an integer (go/constant's rule).
pub fn format_rat(r: &BigRational) -> String {
    let x = rat_to_f64(r).unwrap_or(f64::NAN);
    if x.is_infinite() || (x == 0.0 && !r.is_zero()) {
        return format_sci(r);
    }
    let s = format_g(x, Some(6));
    if !r.is_integer() && !s.contains(['.', 'e']) {
        return format_g(x, None);
    }
    s
}

/// A nonzero rational outside float64's range as go/constant shows it:
/// `%.6g` of the decimal mantissa, then the decimal exponent
/// (`1e+400`, `-1.5e-4000`).
fn format_sci(r: &BigRational) -> String {
    let a = r.abs();
    // log10(a) from the parts' bit lengths, then corrected exactly.
    let bits = a.numer().bits() as i64 - a.denom().bits() as i64;
    let mut e = (bits as f64 * std::f64::consts::LOG10_2).floor() as i64;
    let scaled = |e: i64| {
        let p = BigRational::from_integer(super::constant::pow10(e.unsigned_abs()));
        if e >= 0 { &a / p } else { &a * p }
    };
    let mut m = scaled(e);
    while m >= BigRational::from_integer(10.into()) {
        e += 1;
        m = scaled(e);
    }
    while m < BigRational::one() {
        e -= 1;
        m = scaled(e);
    }
    let mut mf = rat_to_f64(&m).unwrap_or(1.0);
    if format_g(mf, Some(6)).starts_with("10") {
        mf /= 10.0;
        e += 1;
    }
    let sign = if r.is_negative() { "-" } else { "" };
    format!("{sign}{}e{e:+}", format_g(mf, Some(6)))
}

/// Go's `%g` (with a precision, or shortest when `None`) for finite x.
pub fn format_g(x: f64, prec: Option<usize>) -> String {
    if x == 0.0 {
        return if x.is_sign_negative() { "-0" } else { "0" }.into();
    }
    // Digits and decimal exponent of x rounded to `prec` significant digits.
    let (digits, exp) = match prec {
        Some(p) => {
            let s = format!("{:.*e}", p.max(1) - 1, x.abs());
            split_exp(&s)
        }
        None => split_exp(&format!("{:e}", x.abs())),
    };
    let digits = digits.trim_end_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    let p = prec.unwrap_or(digits.len()).max(1) as i64;
    let eprec = if prec.is_none() && p < 21 { 21 } else { p };
    let sign = if x < 0.0 { "-" } else { "" };
    if exp < -4 || exp >= eprec {
        let (first, rest) = digits.split_at(1);
        let mant = if rest.is_empty() {
            first.to_string()
        } else {
            format!("{first}.{rest}")
        };
        let es = if exp < 0 { "-" } else { "+" };
        return format!("{sign}{mant}e{es}{:02}", exp.abs());
    }
    let mut out = String::from(sign);
    if exp < 0 {
        out.push_str("0.");
        out.push_str(&"0".repeat((-exp - 1) as usize));
        out.push_str(digits);
    } else {
        let int_len = exp as usize + 1;
        if digits.len() <= int_len {
            out.push_str(digits);
            out.push_str(&"0".repeat(int_len - digits.len()));
        } else {
            out.push_str(&digits[..int_len]);
            out.push('.');
            out.push_str(&digits[int_len..]);
        }
    }
    out
}

/// Splits Rust's `1.2345e-7` into (`12345`, -7).
fn split_exp(s: &str) -> (String, i64) {
    let (m, e) = s.split_once('e').unwrap_or((s, "0"));
    (m.replace('.', ""), e.parse().unwrap_or(0))
}

/// A Go string literal for messages: `"a\n"`, with Go's escapes.
pub fn quote_go(s: &[u8]) -> String {
    let mut out = String::from("\"");
    for c in String::from_utf8_lossy(s).chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rat(s: &str) -> BigRational {
        parse_float(s).unwrap()
    }

    #[test]
    fn literals_parse_exactly() {
        assert_eq!(rat("1.5"), BigRational::new(3.into(), 2.into()));
        assert_eq!(rat("0x1p-2"), BigRational::new(1.into(), 4.into()));
        assert_eq!(rat("1_000.5e1"), BigRational::from_integer(10005.into()));
        assert_eq!(rat(".25"), BigRational::new(1.into(), 4.into()));
        assert_eq!(
            parse_imag("0123i"),
            Some(BigRational::from_integer(123.into()))
        );
    }

    #[test]
    fn rounding_matches_the_hardware() {
        for s in [
            "0.1",
            "1e23",
            "3.4028235e38",
            "2.2250738585072014e-308",
            "5e-324",
            "1e-400",
        ] {
            let x = rat_to_f64(&rat(s)).unwrap();
            assert_eq!(x, s.parse::<f64>().unwrap(), "{s}");
        }
        let f = round_float(&rat("0.1"), true).unwrap();
        assert_eq!(rat_to_f64(&f).unwrap(), 0.1f32 as f64);
        assert!(round_float(&rat("1e39"), true).is_none());
        assert!(round_float(&rat("1e309"), false).is_none());
    }

    #[test]
    fn formats_like_go() {
        assert_eq!(format_g(1e100, Some(6)), "1e+100");
        assert_eq!(format_g(1.5, Some(6)), "1.5");
        assert_eq!(format_g(100000.0, Some(6)), "100000");
        assert_eq!(format_g(1234567.0, Some(6)), "1.23457e+06");
        assert_eq!(format_g(0.0001, Some(6)), "0.0001");
        assert_eq!(format_g(0.00001, Some(6)), "1e-05");
        assert_eq!(format_rat(&rat("0.1")), "0.1");
    }
}
