//! What a picture is made of, placed in reading order (`x` runs from the inline start: left in
//! a left-to-right map, right in a right-to-left one), and how it is written as SVG: mirrored
//! for a right-to-left map, every text escaped, every text line one `<text>` element whose
//! base direction is the map's, so each renderer reorders its mixed-direction runs by the same
//! Unicode bidirectional algorithm.

use crate::fonts::{Weight, FAMILY};
use crate::icons;
use base64::Engine;
use safar_core::Direction;
use std::fmt::Write;

/// Where a line of text hangs from its `x`, in reading order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

/// How a line is stroked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dash {
    Solid,
    Dashed,
    Dotted,
}

/// One drawn thing.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    Rect { x: f32, y: f32, w: f32, h: f32, fill: &'static str, stroke: Option<&'static str>, radius: f32 },
    Line { points: Vec<(f32, f32)>, stroke: &'static str, width: f32, dash: Dash, opacity: f32 },
    Dot { x: f32, y: f32, r: f32, fill: &'static str },
    Text { x: f32, y: f32, text: String, size: f32, weight: Weight, fill: &'static str, anchor: Anchor },
    Icon { x: f32, y: f32, size: f32, icon: icons::Icon, fill: &'static str },
}

/// A picture's shapes and size.
#[derive(Clone, Debug, Default)]
pub struct Scene {
    pub width: f32,
    pub height: f32,
    pub shapes: Vec<Shape>,
}

impl Scene {
    pub fn push(&mut self, shape: Shape) {
        self.shapes.push(shape);
    }

    /// The scene's shapes moved by (`dx`, `dy`) and scaled by `scale` around the origin.
    pub fn place(&mut self, other: &Scene, dx: f32, dy: f32, scale: f32) {
        let at = |x: f32, y: f32| (dx + x * scale, dy + y * scale);
        for shape in &other.shapes {
            self.shapes.push(match shape.clone() {
                Shape::Rect { x, y, w, h, fill, stroke, radius } => {
                    let (x, y) = at(x, y);
                    Shape::Rect { x, y, w: w * scale, h: h * scale, fill, stroke, radius: radius * scale }
                }
                Shape::Line { points, stroke, width, dash, opacity } => Shape::Line {
                    points: points.into_iter().map(|(x, y)| at(x, y)).collect(),
                    stroke,
                    width: width * scale,
                    dash,
                    opacity,
                },
                Shape::Dot { x, y, r, fill } => {
                    let (x, y) = at(x, y);
                    Shape::Dot { x, y, r: r * scale, fill }
                }
                Shape::Text { x, y, text, size, weight, fill, anchor } => {
                    let (x, y) = at(x, y);
                    Shape::Text { x, y, text, size: size * scale, weight, fill, anchor }
                }
                Shape::Icon { x, y, size, icon, fill } => {
                    let (x, y) = at(x, y);
                    Shape::Icon { x, y, size: size * scale, icon, fill }
                }
            });
        }
    }

    /// The scene as a standalone SVG document.
    pub fn to_svg(&self, direction: Direction, title: &str, language: &str, fonts: Option<(&[u8], &[u8])>) -> String {
        let rtl = direction == Direction::Rtl;
        let (w, h) = (self.width, self.height);
        // Reading order to the page: a right-to-left map's inline start is on the right.
        let x = |x: f32| if rtl { w - x } else { x };
        let mut out = String::with_capacity(self.shapes.len() * 96 + 1024);
        let _ = write!(
            out,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" xml:lang="{lang}" font-family="{FAMILY}, sans-serif">"#,
            w = n(w),
            h = n(h),
            lang = escape(language),
        );
        let _ = write!(out, "<title>{}</title>", escape(title));
        out.push_str("<defs>");
        if let Some((regular, bold)) = fonts {
            out.push_str("<style>");
            for (bytes, weight) in [(regular, Weight::Regular), (bold, Weight::Bold)] {
                let data = base64::engine::general_purpose::STANDARD.encode(bytes);
                let _ = write!(
                    out,
                    r#"@font-face{{font-family:"{FAMILY}";font-weight:{};src:url(data:font/woff2;base64,{data}) format("woff2")}}"#,
                    weight.css()
                );
            }
            out.push_str("</style>");
        }
        let used: std::collections::BTreeSet<icons::Icon> =
            self.shapes.iter().filter_map(|s| if let Shape::Icon { icon, .. } = s { Some(*icon) } else { None }).collect();
        for icon in used {
            let _ = write!(out, r#"<symbol id="{}" viewBox="0 0 24 24">{}</symbol>"#, icon.id(), icon.drawing());
        }
        out.push_str("</defs>");
        let _ = write!(out, r#"<rect width="{}" height="{}" fill="{}"/>"#, n(w), n(h), crate::palette::PAPER);
        for shape in &self.shapes {
            match shape {
                Shape::Rect { x: rx, y, w: rw, h: rh, fill, stroke, radius } => {
                    let left = if rtl { w - rx - rw } else { *rx };
                    let _ = write!(out, r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{fill}""#, n(left), n(*y), n(*rw), n(*rh));
                    if *radius > 0.0 {
                        let _ = write!(out, r#" rx="{}""#, n(*radius));
                    }
                    if let Some(stroke) = stroke {
                        let _ = write!(out, r#" stroke="{stroke}""#);
                    }
                    out.push_str("/>");
                }
                Shape::Line { points, stroke, width, dash, opacity } => {
                    let points: Vec<String> = points.iter().map(|(px, py)| format!("{},{}", n(x(*px)), n(*py))).collect();
                    let _ = write!(
                        out,
                        r#"<polyline points="{}" fill="none" stroke="{stroke}" stroke-width="{}" stroke-linejoin="round" stroke-linecap="round""#,
                        points.join(" "),
                        n(*width)
                    );
                    match dash {
                        Dash::Solid => {}
                        Dash::Dashed => {
                            let _ = write!(out, r#" stroke-dasharray="{} {}""#, n(width * 3.0), n(width * 2.5));
                        }
                        Dash::Dotted => {
                            let _ = write!(out, r#" stroke-dasharray="0.1 {}""#, n(width * 2.5));
                        }
                    }
                    if *opacity < 1.0 {
                        let _ = write!(out, r#" stroke-opacity="{}""#, n(*opacity));
                    }
                    out.push_str("/>");
                }
                Shape::Dot { x: cx, y, r, fill } => {
                    let _ = write!(out, r#"<circle cx="{}" cy="{}" r="{}" fill="{fill}"/>"#, n(x(*cx)), n(*y), n(*r));
                }
                Shape::Text { x: tx, y, text, size, weight, fill, anchor } => {
                    // The anchor is given for the page (renderers disagree on what `start` means
                    // under `direction="rtl"`: Chromium reads it by the text's direction, resvg
                    // by the page's), and a right-to-left line is a right-to-left isolate
                    // (U+2067 … U+2069), so every renderer orders its mixed runs the same way.
                    let side = match (anchor, rtl) {
                        (Anchor::Middle, _) => "middle",
                        (Anchor::Start, false) | (Anchor::End, true) => "start",
                        (Anchor::End, false) | (Anchor::Start, true) => "end",
                    };
                    let _ = write!(out, r#"<text x="{}" y="{}" font-size="{}" fill="{fill}" text-anchor="{side}""#, n(x(*tx)), n(*y), n(*size));
                    if *weight == Weight::Bold {
                        out.push_str(r#" font-weight="700""#);
                    }
                    if rtl {
                        let _ = write!(out, ">\u{2067}{}\u{2069}</text>", escape(text));
                    } else {
                        let _ = write!(out, ">{}</text>", escape(text));
                    }
                }
                Shape::Icon { x: ix, y, size, icon, fill } => {
                    let left = if rtl { w - ix - size } else { *ix };
                    let _ = write!(
                        out,
                        r##"<use href="#{}" x="{}" y="{}" width="{}" height="{}" color="{fill}"/>"##,
                        icon.id(),
                        n(left),
                        n(*y),
                        n(*size),
                        n(*size)
                    );
                }
            }
        }
        out.push_str("</svg>\n");
        out
    }
}

/// A coordinate with at most two decimals and no trailing zeros.
fn n(value: f32) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    let text = format!("{rounded:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" { "0".to_owned() } else { text.to_owned() }
}

/// `text` as XML character data or an attribute value: markup escaped (the core's HTML
/// attribute escaper), and first the characters XML 1.0 cannot hold (most C0 controls,
/// U+FFFE/FFFF) replaced by U+FFFD, so a hostile string stays text and the document stays
/// well-formed.
pub fn escape(text: &str) -> String {
    let clean: String = text
        .chars()
        .map(|c| match c {
            '\t' => ' ',
            '\u{0}'..='\u{1f}' | '\u{7f}' | '\u{fffe}' | '\u{ffff}' => '\u{fffd}',
            c => c,
        })
        .collect();
    safar_core::embed::attribute(&clean)
}
