//! Decimal numbers both ways without core's float formatting (which costs ~30 KB of
//! wasm): [`parse_decimal`] for JSON and CSV, [`format_decimal`] for every figure shown.

const POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
    1e20, 1e21, 1e22,
];

/// A decimal number: `8.3`, `-0.5`, `+12`, `.5`, `1e-3`. `None` for anything else
/// (`inf`, `NaN`, `1,000`, ``). Exact (correctly rounded) whenever the digits fit in 53
/// bits and the decimal exponent in ±22 — every figure a plan or a statistics bureau
/// publishes; beyond that within a few units in the last place. Infinite when too large.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let (negative, mut at) = match bytes.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let mut mantissa: u64 = 0;
    let mut exponent: i64 = 0;
    let mut digits = 0;
    let mut seen_point = false;
    while let Some(&byte) = bytes.get(at) {
        match byte {
            b'0'..=b'9' => {
                digits += 1;
                if mantissa < 1_000_000_000_000_000_000 {
                    mantissa = mantissa * 10 + u64::from(byte - b'0');
                    if seen_point {
                        exponent -= 1;
                    }
                } else if !seen_point {
                    exponent += 1;
                }
            }
            b'.' if !seen_point => seen_point = true,
            _ => break,
        }
        at += 1;
    }
    if digits == 0 {
        return None;
    }
    if let Some(b'e' | b'E') = bytes.get(at) {
        at += 1;
        let (sign, from) = match bytes.get(at) {
            Some(b'-') => (-1, at + 1),
            Some(b'+') => (1, at + 1),
            _ => (1, at),
        };
        let written = text.get(from..)?;
        if written.is_empty() || !written.bytes().all(|byte| byte.is_ascii_digit()) {
            return None;
        }
        let power: i64 = written.parse().unwrap_or(i64::MAX / 2);
        exponent = exponent.saturating_add(sign * power.min(100_000));
        at = text.len();
    }
    if at != bytes.len() {
        return None;
    }
    let mut value = mantissa as f64;
    if mantissa != 0 {
        // Clinger's fast path when both factors are exact; chunks of 10²² otherwise.
        while exponent > 22 && value.is_finite() {
            value *= 1e22;
            exponent -= 22;
        }
        while exponent < -22 && value != 0.0 {
            value /= 1e22;
            exponent += 22;
        }
        let power = POWERS_OF_TEN[exponent.unsigned_abs().min(22) as usize];
        value = if exponent >= 0 { value * power } else { value / power };
    }
    Some(if negative { -value } else { value })
}

/// `value` with at most `decimals` (≤ 10) decimals and no trailing zeros, rounded half
/// away from zero as statistics bureaus round (四舍五入): 7.96 → "8", 8.25 → "8.3" at one
/// decimal, -0.04 → "0". Very large values keep their leading 16 digits. Not finite: "—".
pub fn format_decimal(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "—".to_owned();
    }
    let mut decimals = decimals.min(10);
    let mut scaled = (value.abs() * POWERS_OF_TEN[decimals]).round();
    while scaled >= 9e15 && decimals > 0 {
        decimals -= 1;
        scaled = (value.abs() * POWERS_OF_TEN[decimals]).round();
    }
    let mut zeros = 0;
    while scaled >= 9e15 {
        scaled = (scaled / 10.0).round();
        zeros += 1;
    }
    let units = scaled as u64;
    if units == 0 {
        return "0".to_owned();
    }
    let mut text = if value < 0.0 { String::from("-") } else { String::new() };
    let divisor = 10u64.pow(decimals as u32);
    text.push_str(&(units / divisor).to_string());
    for _ in 0..zeros {
        text.push('0');
    }
    let fraction = units % divisor;
    if fraction != 0 {
        let digits = fraction.to_string();
        text.push('.');
        for _ in digits.len()..decimals {
            text.push('0');
        }
        text.push_str(digits.trim_end_matches('0'));
    }
    text
}
