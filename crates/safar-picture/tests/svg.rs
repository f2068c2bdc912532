//! The SVG of every example map: well-formed, a plain picture by the publisher's own check, and
//! holding every stage, step and lane name and every card's text, laid out in the map's
//! reading order.

use safar_core::examples::EXAMPLES;
use safar_core::{Card, Direction, Document};
use safar_picture::{Fonts, Paper, Picture, View};

fn documents() -> Vec<Document> {
    EXAMPLES.iter().map(|e| Document::from_file(e.load().expect("an example loads")).expect("a map")).collect()
}

/// Each `<text>`'s x and its content, without the isolate marks of a right-to-left line.
fn texts(svg: &str) -> Vec<(f32, String)> {
    let doc = roxmltree::Document::parse(svg).expect("well-formed XML");
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| {
            let x = n.attribute("x").and_then(|x| x.parse().ok()).unwrap_or(0.0);
            (x, n.text().unwrap_or_default().replace(['\u{2067}', '\u{2069}'], ""))
        })
        .collect()
}

#[test]
fn every_example_is_a_safe_picture_with_all_its_words_in_reading_order() {
    let fonts = Fonts::bundled();
    for document in documents() {
        let picture = Picture::new(&document, &View::default(), &fonts).expect("the bundled fonts");
        let (svg, width, height) = picture.svg();
        assert!(width > 1000.0 && height > 1000.0, "{width} × {height}");
        assert_eq!(safar_core::svg::check(svg.as_bytes()), Ok(()), "{}", document.journey.title);
        let texts = texts(&svg);
        // Wrapped text is in several lines: join them to find a whole text.
        let all: String = texts.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join(" ");
        let squeeze = |s: &str| s.split_whitespace().collect::<String>();
        let joined = squeeze(&all);
        let journey = &document.journey;
        for stage in &journey.stages {
            assert!(joined.contains(&squeeze(&stage.name)), "stage {}", stage.name);
            for step in &stage.steps {
                assert!(joined.contains(&squeeze(&step.name)), "step {}", step.name);
            }
        }
        for lane in journey.lanes.iter().filter(|l| !l.hidden) {
            assert!(joined.contains(&squeeze(&lane.name)), "lane {}", lane.name);
        }
        for cell in &journey.cells {
            for card in &cell.cards {
                if let Card::Note(note) = card {
                    assert!(joined.contains(&squeeze(&note.text)), "card {}", note.text);
                }
            }
        }
        // The stages run across in reading order: rightwards, or leftwards in a right-to-left map.
        let xs: Vec<f32> = journey
            .stages
            .iter()
            .map(|stage| texts.iter().find(|(_, t)| stage.name.starts_with(t.as_str()) && !t.is_empty()).expect("a stage name line").0)
            .collect();
        let ordered = xs.windows(2).all(|w| if journey.direction == Direction::Rtl { w[0] > w[1] } else { w[0] < w[1] });
        assert!(ordered, "{}: stage names at {xs:?}", journey.title);
    }
}

#[test]
fn hostile_text_stays_text() {
    let fonts = Fonts::bundled();
    let mut document = documents().remove(0);
    document.journey.stages[0].name = "<script>alert(1)</script>\u{0}&\u{202e}".to_owned();
    let (svg, ..) = Picture::new(&document, &View::default(), &fonts).unwrap().svg();
    assert_eq!(safar_core::svg::check(svg.as_bytes()), Ok(()));
    assert!(texts(&svg).iter().any(|(_, t)| t.contains("<script>")), "the name is shown as text");
}

#[test]
fn pages_cut_between_stages_and_number_themselves() {
    let fonts = Fonts::bundled();
    for document in documents() {
        let picture = Picture::new(&document, &View::default(), &fonts).unwrap();
        let pages = picture.pages(Paper::A4);
        assert!(pages.len() >= 2, "{}", pages.len());
        for page in &pages {
            assert_eq!(safar_core::svg::check(page.svg.as_bytes()), Ok(()));
            assert!((page.width - 1122.5).abs() < 1.0 && (page.height - 793.7).abs() < 1.0, "{} × {}", page.width, page.height);
        }
        // Every stage is on some page; every page names the lanes it shows.
        let lanes: Vec<&str> = document.journey.lanes.iter().filter(|l| !l.hidden).map(|l| l.name.as_str()).collect();
        for stage in &document.journey.stages {
            assert!(pages.iter().any(|p| texts(&p.svg).iter().any(|(_, t)| stage.name.starts_with(t.as_str()) && !t.is_empty())), "{}", stage.name);
        }
        for (i, page) in pages.iter().enumerate() {
            let named = texts(&page.svg).iter().any(|(_, t)| !t.is_empty() && lanes.iter().any(|l| l.starts_with(t.as_str())));
            assert!(named, "page {} names no lane", i + 1);
        }
    }
}
