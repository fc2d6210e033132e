//! This module implements floating-point formatting as Go's
//! strconv.FormatFloat does for the verbs `e`, `E`, `f`, `g` and `G`:
//! decimal digits come from Rust's formatter (shortest round-trip digits
//! for precision -1, correctly rounded, ties to even, for a given
//! precision), and are laid out with Go's rules: at least two exponent
//! digits, `%g` switching to the exponent form when the exponent is below
//! -4 or at least the precision (6 for the shortest form), `+Inf`, `-Inf`
//! and `NaN`. The binary verbs `b` (`4503599627370496p-52`) and `x`/`X`
//! (`0x1.8p+01`) are laid out from the float's bits, as strconv does.

/// Decimal digits (no leading zeros unless the value is 0) and the
/// exponent of the first digit: value = 0.d1d2... * 10^(exp+1).
struct Digits {
    neg: bool,
    digits: Vec<u8>,
    exp: i64,
}

/// The digits of `f` with `n` significant digits, or the shortest that
/// round-trip when `n` is `None`.
fn digits(f: f64, single: bool, n: Option<usize>) -> Digits {
    let s = match (n, single) {
        (None, true) => format!("{:e}", f as f32),
        (None, false) => format!("{:e}", f),
        (Some(n), _) => format!("{:.*e}", n.max(1) - 1, f),
    };
    let neg = s.starts_with('-');
    let s = s.trim_start_matches('-');
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let digits: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).collect();
    Digits {
        neg,
        digits,
        exp: exp.parse().unwrap_or(0),
    }
}

pub fn format_float(f: f64, verb: u8, prec: i64, single: bool) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "+Inf" } else { "-Inf" }.into();
    }
    match verb {
        b'b' => {
            let (neg, mant, exp) = parts(f, single);
            let bits = if single { 23 } else { 52 };
            let sign = if neg { "-" } else { "" };
            let exp = exp - bits;
            let esign = if exp >= 0 { "+" } else { "" };
            format!("{sign}{mant}p{esign}{exp}")
        }
        b'x' | b'X' => {
            let (neg, mant, exp) = parts(f, single);
            fmt_x(neg, mant, exp, prec, verb, single)
        }
        b'e' | b'E' => {
            let d = if prec < 0 {
                digits(f, single, None)
            } else {
                digits(f, single, Some(prec as usize + 1))
            };
            let p = if prec < 0 {
                d.digits.len() as i64 - 1
            } else {
                prec
            };
            fmt_e(&d, p, verb)
        }
        b'f' | b'F' => {
            if prec < 0 {
                let d = digits(f, single, None);
                let p = (d.digits.len() as i64 - 1 - d.exp).max(0);
                fmt_f(&d, p)
            } else {
                fixed(f, prec as usize)
            }
        }
        _ => format_g(f, verb, prec, single),
    }
}

/// Sign, mantissa (with the implicit leading bit) and unbiased binary
/// exponent of a finite float, as strconv's genericFtoa takes them apart.
fn parts(f: f64, single: bool) -> (bool, u64, i64) {
    let (bits, mantbits, expbits, bias) = if single {
        ((f as f32).to_bits() as u64, 23, 8, -127)
    } else {
        (f.to_bits(), 52, 11, -1023)
    };
    let neg = bits >> (mantbits + expbits) != 0;
    let mut exp = ((bits >> mantbits) & ((1 << expbits) - 1)) as i64;
    let mut mant = bits & ((1u64 << mantbits) - 1);
    if exp == 0 {
        exp += 1; // denormal
    } else {
        mant |= 1 << mantbits;
    }
    (neg, mant, exp + bias)
}

/// `%x`: `-0x1.fffp+10`, rounded to `prec` hex digits (ties to even)
/// when `prec` is 0..14, else exact.
fn fmt_x(neg: bool, mant: u64, exp: i64, prec: i64, verb: u8, single: bool) -> String {
    let mantbits = if single { 23 } else { 52 };
    let (mut mant, mut exp) = (mant, if mant == 0 { 0 } else { exp });
    // Shift so that the leading 1 (if any) is at bit 60.
    mant <<= 60 - mantbits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8; 16] = if verb == b'X' {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    out.push('0');
    out.push(verb as char);
    out.push((b'0' + ((mant >> 60) & 1) as u8) as char);
    mant <<= 4;
    let ndigits = if prec < 0 { None } else { Some(prec) };
    if ndigits.is_none() && mant != 0 || ndigits.is_some_and(|n| n > 0) {
        out.push('.');
        let mut i = 0;
        while ndigits.map_or(mant != 0, |n| i < n) {
            out.push(hex[((mant >> 60) & 15) as usize] as char);
            mant <<= 4;
            i += 1;
        }
    }
    out.push(if verb == b'X' { 'P' } else { 'p' });
    out.push(if exp < 0 { '-' } else { '+' });
    out.push_str(&format!("{:02}", exp.abs()));
    out
}

fn format_g(f: f64, verb: u8, prec: i64, single: bool) -> String {
    let shortest = prec < 0;
    let d = if shortest {
        digits(f, single, None)
    } else {
        digits(f, single, Some(prec.max(1) as usize))
    };
    let mut prec = if shortest {
        d.digits.len() as i64
    } else {
        prec.max(1)
    };
    let mut digs = d.digits.clone();
    // Trailing zeros are dropped (%g never shows them).
    while digs.len() > 1 && digs.last() == Some(&b'0') {
        digs.pop();
    }
    let d = Digits { digits: digs, ..d };
    let nd = d.digits.len() as i64;
    let dp = d.exp + 1;
    let mut eprec = prec;
    if eprec > nd && nd >= dp {
        eprec = nd;
    }
    if shortest {
        eprec = 6;
    }
    let exp = dp - 1;
    let e = if verb == b'G' { b'E' } else { b'e' };
    if exp < -4 || exp >= eprec {
        if prec > nd {
            prec = nd;
        }
        return fmt_e(&d, prec - 1, e);
    }
    if prec > dp {
        prec = nd;
    }
    fmt_f(&d, (prec - dp).max(0))
}

/// `d.ddde±XX` with `p` digits after the point.
fn fmt_e(d: &Digits, p: i64, e: u8) -> String {
    let mut s = String::new();
    if d.neg {
        s.push('-');
    }
    let first = d.digits.first().copied().unwrap_or(b'0');
    s.push(first as char);
    if p > 0 {
        s.push('.');
        for i in 1..=p as usize {
            s.push(*d.digits.get(i).unwrap_or(&b'0') as char);
        }
    }
    let exp = if d.digits.iter().all(|&c| c == b'0') {
        0
    } else {
        d.exp
    };
    s.push(e as char);
    s.push(if exp < 0 { '-' } else { '+' });
    let a = exp.unsigned_abs();
    if a < 10 {
        s.push('0');
    }
    s.push_str(&a.to_string());
    s
}

/// Fixed notation from digits, `p` digits after the point.
fn fmt_f(d: &Digits, p: i64) -> String {
    let mut s = String::new();
    if d.neg {
        s.push('-');
    }
    let dp = d.exp + 1;
    let digit = |i: i64| -> char {
        if i < 0 || i as usize >= d.digits.len() {
            '0'
        } else {
            d.digits[i as usize] as char
        }
    };
    if dp > 0 {
        for i in 0..dp {
            s.push(digit(i));
        }
    } else {
        s.push('0');
    }
    if p > 0 {
        s.push('.');
        for i in 0..p {
            s.push(digit(dp + i));
        }
    }
    s
}

/// `%.Nf`: Rust's fixed formatting is correctly rounded (ties to even).
fn fixed(f: f64, p: usize) -> String {
    format!("{:.*}", p, f)
}

#[cfg(test)]
mod tests {
    use super::format_float as ff;

    #[test]
    fn like_strconv() {
        assert_eq!(ff(123456789.0, b'g', -1, false), "1.23456789e+08");
        assert_eq!(ff(1e6, b'g', -1, false), "1e+06");
        assert_eq!(ff(100000.0, b'g', -1, false), "100000");
        assert_eq!(ff(1.5e-5, b'g', -1, false), "1.5e-05");
        assert_eq!(ff(0.0001, b'g', -1, false), "0.0001");
        assert_eq!(ff(0.1f32 as f64, b'g', -1, true), "0.1");
        assert_eq!(ff(1.0 / 3.0, b'g', -1, false), "0.3333333333333333");
        assert_eq!(ff(1234.5678, b'e', 6, false), "1.234568e+03");
        assert_eq!(ff(1234.5678, b'f', 6, false), "1234.567800");
        assert_eq!(ff(1e-7, b'G', -1, false), "1E-07");
        assert_eq!(ff(0.0, b'e', 6, false), "0.000000e+00");
        assert_eq!(ff(-0.0, b'g', -1, false), "-0");
        assert_eq!(ff(2.5, b'f', 0, false), "2");
        assert_eq!(ff(3.0, b'g', -1, false), "3");
        assert_eq!(ff(1e21, b'g', -1, false), "1e+21");
        assert_eq!(ff(12345.678, b'e', 1, false), "1.2e+04");
        assert_eq!(ff(0.000123, b'g', 2, false), "0.00012");
    }

    // Expected strings from Go 1.23's strconv.FormatFloat.
    #[test]
    fn binary_verbs_like_strconv() {
        assert_eq!(ff(3.25, b'x', -1, false), "0x1.ap+01");
        assert_eq!(ff(3.25, b'X', -1, false), "0X1.AP+01");
        assert_eq!(ff(3.25, b'b', -1, false), "7318349394477056p-51");
        assert_eq!(ff(0.0, b'x', -1, false), "0x0p+00");
        assert_eq!(ff(0.0, b'b', -1, false), "0p-1074");
        assert_eq!(ff(1e21, b'x', -1, false), "0x1.b1ae4d6e2ef5p+69");
        assert_eq!(ff(1e21, b'b', -1, false), "7629394531250000p+17");
        assert_eq!(ff(0.1f32 as f64, b'x', -1, true), "0x1.99999ap-04");
        assert_eq!(ff(0.1f32 as f64, b'b', -1, true), "13421773p-27");
        assert_eq!(ff(1.0, b'x', -1, false), "0x1p+00");
        assert_eq!(ff(-2.0, b'x', -1, false), "-0x1p+01");
    }
}
