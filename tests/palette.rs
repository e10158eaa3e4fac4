//! The chart palette meets WCAG contrast: text ≥ 4.5:1 and the marks that carry meaning
//! (bars, lines, target, axis) ≥ 3:1 against the background, in light and dark.

use planmeter::chart::{Palette, Rgb};

/// WCAG 2 relative luminance.
fn luminance(Rgb(r, g, b): Rgb) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.03928 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

fn check(name: &str, palette: Palette) {
    for (role, colour, minimum) in [
        ("text", palette.text, 4.5),
        ("muted text", palette.muted, 4.5),
        ("actual values", palette.actual, 3.0),
        ("target line", palette.target, 3.0),
        ("expected path", palette.expected, 3.0),
        ("axis", palette.axis, 3.0),
    ] {
        let ratio = contrast(colour, palette.background);
        assert!(ratio >= minimum, "{name} {role}: {ratio:.2}:1 < {minimum}:1");
    }
}

#[test]
fn light_palette_contrast() {
    check("light", Palette::light());
}

#[test]
fn dark_palette_contrast() {
    check("dark", Palette::dark());
}

#[test]
fn the_contrast_formula_is_wcags() {
    assert!((contrast(Rgb(0, 0, 0), Rgb(255, 255, 255)) - 21.0).abs() < 1e-9);
    assert!((contrast(Rgb(118, 118, 118), Rgb(255, 255, 255)) - 4.54).abs() < 0.01);
}
