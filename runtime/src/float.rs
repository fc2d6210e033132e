//! This module implements the floating-point operations generated code
//! leaves to the runtime: the `min` and `max` builtins on floats (a NaN
//! operand gives NaN; -0 is less than +0) and complex division, which
//! follows gc's algorithm (Smith's method, then C99's corrections for
//! infinities and zeros) so results match gc's bit for bit.

macro_rules! min_max {
    ($min:ident, $max:ident, $t:ty) => {
        /// `min(a, b)` for floats, as the Go spec defines it.
        #[unsafe(no_mangle)]
        pub extern "C" fn $min(a: $t, b: $t) -> $t {
            if a.is_nan() || b.is_nan() {
                return <$t>::NAN;
            }
            if a == b {
                // -0 < +0.
                return if a.is_sign_negative() { a } else { b };
            }
            if a < b { a } else { b }
        }

        /// `max(a, b)` for floats, as the Go spec defines it.
        #[unsafe(no_mangle)]
        pub extern "C" fn $max(a: $t, b: $t) -> $t {
            if a.is_nan() || b.is_nan() {
                return <$t>::NAN;
            }
            if a == b {
                return if a.is_sign_negative() { b } else { a };
            }
            if a > b { a } else { b }
        }
    };
}

min_max!(rgo_fmin32, rgo_fmax32, f32);
min_max!(rgo_fmin64, rgo_fmax64, f64);

/// A complex128 in two registers.
#[repr(C)]
pub struct Complex128 {
    pub re: f64,
    pub im: f64,
}

/// 1 for an infinity and 0 otherwise, with the sign of `f`.
fn inf2one(f: f64) -> f64 {
    let g: f64 = if f.is_infinite() { 1.0 } else { 0.0 };
    g.copysign(f)
}

/// `(a + bi) / (c + di)`.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_complex128div(a: f64, b: f64, c: f64, d: f64) -> Complex128 {
    let (mut e, mut f);
    if c.abs() >= d.abs() {
        let ratio = d / c;
        let denom = c + ratio * d;
        e = (a + b * ratio) / denom;
        f = (b - a * ratio) / denom;
    } else {
        let ratio = c / d;
        let denom = d + ratio * c;
        e = (a * ratio + b) / denom;
        f = (b * ratio - a) / denom;
    }
    if e.is_nan() && f.is_nan() {
        let inf = f64::INFINITY;
        if c == 0.0 && d == 0.0 && (!a.is_nan() || !b.is_nan()) {
            e = inf.copysign(c) * a;
            f = inf.copysign(c) * b;
        } else if (a.is_infinite() || b.is_infinite()) && c.is_finite() && d.is_finite() {
            let (a, b) = (inf2one(a), inf2one(b));
            e = inf * (a * c + b * d);
            f = inf * (b * c - a * d);
        } else if (c.is_infinite() || d.is_infinite()) && a.is_finite() && b.is_finite() {
            let (c, d) = (inf2one(c), inf2one(d));
            e = 0.0 * (a * c + b * d);
            f = 0.0 * (b * c - a * d);
        }
    }
    Complex128 { re: e, im: f }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn min_max_follow_the_spec() {
        assert!(rgo_fmin64(f64::NAN, 1.0).is_nan());
        assert!(rgo_fmin64(0.0, -0.0).is_sign_negative());
        assert!(rgo_fmax64(-0.0, 0.0).is_sign_positive());
        assert_eq!(rgo_fmax32(1.0, 2.0), 2.0);
    }

    #[test]
    fn complex_division() {
        let q = rgo_complex128div(1.0, 2.0, 3.0, 4.0);
        assert!((q.re - 0.44).abs() < 1e-15 && (q.im - 0.08).abs() < 1e-15);
        let z = rgo_complex128div(1.0, 1.0, 0.0, 0.0);
        assert!(z.re.is_infinite() && z.im.is_infinite());
    }
}
