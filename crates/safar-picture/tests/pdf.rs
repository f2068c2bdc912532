//! The PDF of every example as a reader's PDF program sees it: poppler's `pdftotext` and
//! `pdfinfo` (scripts/setup.sh installs poppler-utils) find the title, every stage and lane
//! name and the cards' text, Persian and Arabic included, on as many pages as Safar counted.

#![cfg(feature = "pdf")]

use safar_core::examples::EXAMPLES;
use safar_core::{Card, Document};
use safar_picture::{Fonts, Paper, Picture, View};
use std::process::Command;

/// Runs a poppler tool on `pdf` with `args` after the file; the test cannot judge the PDF
/// without it.
fn poppler(tool: &str, pdf: &[u8], name: &str, args: &[&str]) -> String {
    let path = std::env::temp_dir().join(format!("safar-pdf-test-{}-{name}.pdf", std::process::id()));
    std::fs::write(&path, pdf).unwrap();
    let output = Command::new(tool)
        .arg(&path)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{tool} (Debian's poppler-utils, which scripts/setup.sh installs) could not run: {e}"));
    let _ = std::fs::remove_file(&path);
    assert!(output.status.success(), "{tool}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

/// Text as extracted text can be compared: without direction marks and isolates (the PDF's
/// and pdftotext's own), without spaces, and without Arabic-script marks (pdftotext puts a mark
/// such as the hamza of هٔ before its letter).
fn comparable(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .filter(|c| !matches!(c, '\u{064b}'..='\u{065f}' | '\u{0670}'))
        .collect()
}

/// What the PDF draws, as pdftotext gives it back: comparable, with each lam-alef ligature
/// (لا, لأ, لإ, لآ) as its glyph's two letters in drawn order (ال for لا).
fn extracted(text: &str) -> String {
    // Marks go first: a ligature forms across one (the tanween of ريالًا).
    let mut letters: Vec<char> = text.chars().filter(|c| !matches!(c, '\u{064b}'..='\u{065f}' | '\u{0670}')).collect();
    let mut i = 0;
    while i + 1 < letters.len() {
        if letters[i] == 'ل' && matches!(letters[i + 1], 'ا' | 'أ' | 'إ' | 'آ') {
            letters.swap(i, i + 1);
            i += 1;
        }
        i += 1;
    }
    comparable(&letters.into_iter().collect::<String>())
}

/// The lines a page's SVG draws: what its PDF page must hold as text.
fn lines(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).expect("well-formed XML");
    doc.descendants().filter(|n| n.has_tag_name("text")).filter_map(|n| n.text()).map(str::to_owned).collect()
}

#[test]
fn every_example_pdf_holds_every_line_it_draws_on_the_pages_it_counted() {
    let fonts = Fonts::bundled().without_embedding();
    for example in EXAMPLES {
        let document = Document::from_file(example.load().unwrap()).unwrap();
        let journey = &document.journey;
        let picture = Picture::new(&document, &View::default(), &fonts).unwrap();
        for paper in [Paper::A3, Paper::A4] {
            let pages = picture.pages(paper);
            let pdf = safar_picture::pdf::pdf(&pages, picture.title(), &journey.language, &fonts).unwrap();
            let name = format!("{}-{}", example.language, paper.name());
            let info = poppler("pdfinfo", &pdf, &name, &["-enc", "UTF-8"]);
            let counted = info.lines().find_map(|l| l.strip_prefix("Pages:")).map(str::trim);
            assert_eq!(counted, Some(pages.len().to_string().as_str()), "{name}: {info}");
            assert!(info.contains(&journey.title), "{name}: the title is in the metadata: {info}");

            let lanes: Vec<String> = journey.lanes.iter().filter(|l| !l.hidden).map(|l| extracted(&l.name)).collect();
            let mut all = String::new();
            for (index, page) in pages.iter().enumerate() {
                let number = (index + 1).to_string();
                let text = comparable(&poppler("pdftotext", &pdf, &name, &["-f", &number, "-l", &number, "-enc", "UTF-8", "-"]));
                // Every line drawn is selectable text: titles, stage and lane names, cards.
                for line in lines(&page.svg).iter().filter(|l| !comparable(l).is_empty()) {
                    // pdftotext joins a line ending in a hyphen to the next, without the hyphen.
                    let words = line.trim_end();
                    let words = words.strip_suffix('-').unwrap_or(words);
                    if words.starts_with('\u{2067}') {
                        // A right-to-left line (in its isolate): pdftotext rebuilds its order from the glyphs' places
                        // and moves punctuation and signs next to a left-to-right run (".Android"
                        // for "Android.", "٪61" for "61٪"): the line's every run of letters and
                        // digits, then.
                        for word in words.split(|c: char| !(c.is_alphanumeric() || c == '\u{200c}' || matches!(c, '\u{064b}'..='\u{065f}' | '\u{0670}'))).map(extracted).filter(|w| !w.is_empty()) {
                            assert!(text.contains(&word), "{name}, page {number}: “{word}” of “{line}” is not in the PDF's text");
                        }
                    } else {
                        assert!(text.contains(&extracted(words)), "{name}, page {number}: “{line}” is not in the PDF's text");
                    }
                }
                assert!(lanes.iter().any(|lane| text.contains(lane.as_str())), "{name}, page {number} names its lanes");
                if index == 0 {
                    assert!(text.contains(&extracted(&journey.stages[0].name)), "{name}: the first page starts with the first stage");
                }
                all.push_str(&text);
            }
            // Every card's words are on some page.
            let drawn: String = pages.iter().flat_map(|p| lines(&p.svg)).map(|l| extracted(&l)).collect();
            for card in journey.cells.iter().flat_map(|c| &c.cards) {
                let words = match card {
                    Card::Note(n) => &n.text,
                    Card::PainPoint(p) => &p.text,
                    Card::Touchpoint(t) => &t.text,
                    _ => continue,
                };
                // A wrapped card is several lines, each checked above; its first word is here.
                let first = extracted(words.split_whitespace().next().unwrap_or_default());
                assert!(drawn.contains(&first) && all.contains(&first), "{name}: “{words}”");
            }
        }
    }
}
