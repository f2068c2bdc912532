//! The viewer in a real browser: each test mounts a map into a fresh element and reads the DOM.

#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use safar_view::JourneyMap;
use safar_core::examples::EXAMPLES;
use safar_core::{Journey, JourneyFile};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn example(language: &str) -> JourneyFile {
    EXAMPLES.iter().find(|e| e.language == language).unwrap().load().unwrap()
}

/// Mounts the first map of `file` into a new element of the page and returns that element.
fn mount(file: JourneyFile) -> HtmlElement {
    let document = document();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let journey = file.journeys[0].clone();
    let personas = file.personas.clone();
    let handle = leptos::mount::mount_to(host.clone(), move || view! { <JourneyMap journey=journey personas=personas/> });
    handle.forget();
    host
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().unchecked_into()).collect()
}

fn texts(root: &Element, selector: &str) -> Vec<String> {
    all(root, selector).iter().map(|e| e.text_content().unwrap_or_default().trim().to_owned()).collect()
}

fn visible_lanes(journey: &Journey) -> usize {
    journey.lanes.iter().filter(|l| !l.hidden).count()
}

#[wasm_bindgen_test]
fn renders_stages_lanes_and_cards() {
    let file = example("en");
    let journey = file.journeys[0].clone();
    let host = mount(file);

    let stage_names = texts(&host, "thead th.stage-header .stage-name");
    let expected: Vec<String> = journey.stages.iter().map(|s| s.name.clone()).collect();
    assert_eq!(stage_names, expected);

    let lane_headers = all(&host, "tbody th[scope=row]");
    assert_eq!(lane_headers.len(), visible_lanes(&journey));

    let card_count: usize = journey.cells.iter().map(|c| c.cards.len()).sum();
    assert_eq!(all(&host, "tbody td .card").len(), card_count);

    // Every data cell names its lane and stage headers, so a screen reader can announce them.
    for cell in all(&host, "tbody td") {
        let headers = cell.get_attribute("headers").unwrap();
        for id in headers.split(' ') {
            assert!(host.query_selector(&format!("[id='{id}']")).unwrap().is_some(), "missing header {id}");
        }
    }
}

#[wasm_bindgen_test]
fn draws_the_emotion_curve_across_the_columns() {
    let file = example("en");
    let host = mount(file);
    let curves = all(&host, "tr.lane-emotions svg.curve");
    assert!(curves.len() >= 6, "one curve piece per emotion cell, got {}", curves.len());
    let dots = all(&host, "tr.lane-emotions .curve-dot");
    let scores = all(&host, "tr.lane-emotions .emotion-score");
    assert_eq!(dots.len(), scores.len().min(curves.len()));
    // Neighbouring pieces meet: each piece's last point has the height of the next one's first.
    let points = curve_points(&host);
    for pair in points.windows(2) {
        if let (Some(end), Some(start)) = (pair[0].last(), pair[1].first()) {
            if end.0 == 100.0 && start.0 == 0.0 {
                assert_eq!(end.1, start.1);
            }
        }
    }
}

/// The emotion row's pieces, as (x, y) points in their own 0..100 boxes, in column order.
fn curve_points(host: &Element) -> Vec<Vec<(f64, f64)>> {
    all(host, "tr.lane-emotions polyline.curve-line")
        .iter()
        .map(|p| {
            p.get_attribute("points")
                .unwrap_or_default()
                .split(' ')
                .filter(|s| !s.is_empty())
                .map(|pair| {
                    let (x, y) = pair.split_once(',').unwrap();
                    (x.parse().unwrap(), y.parse().unwrap())
                })
                .collect()
        })
        .collect()
}

#[wasm_bindgen_test]
fn sparse_scores_still_draw_one_line_in_both_directions() {
    for language in ["en", "fa"] {
        let mut file = example(language);
        let journey = &mut file.journeys[0];
        let emotions = journey.lanes.iter().find(|l| l.kind == safar_core::LaneKind::Emotions).unwrap().id.clone();
        // Leave every other scored step of the emotion row unscored.
        let mut seen = 0;
        journey.cells.retain(|c| {
            if c.lane != emotions || c.step.is_none() {
                return true;
            }
            seen += 1;
            seen % 2 == 1
        });
        let host = mount(file);
        let pieces = curve_points(&host);
        let bridged = all(&host, "tr.lane-emotions polyline.bridged").len();
        assert!(bridged >= 2, "{language}: unscored steps are bridged, dashed ({bridged})");
        // From the first scored piece to the last, every piece runs edge to edge, and meets
        // the next at the same height: one line, however sparse.
        let drawn: Vec<usize> = (0..pieces.len()).filter(|&i| !pieces[i].is_empty()).collect();
        let (first, last) = (drawn[0], *drawn.last().unwrap());
        for i in first..last {
            let (end, start) = (pieces[i].last().copied(), pieces[i + 1].first().copied());
            assert_eq!(end.map(|p| p.0), Some(100.0), "{language}: piece {i} reaches its edge: {pieces:?}");
            assert_eq!(start.map(|p| p.0), Some(0.0), "{language}: piece {} starts at its edge: {pieces:?}", i + 1);
            assert_eq!(end.map(|p| p.1), start.map(|p| p.1), "{language}: pieces {i} and {} meet", i + 1);
        }
    }
}

#[wasm_bindgen_test]
fn a_stage_average_is_said_once_for_screen_readers() {
    for (language, words) in [("en", "Stage average: "), ("fa", "میانگین مرحله: ")] {
        let mut file = example(language);
        let journey = &mut file.journeys[0];
        let emotions = journey.lanes.iter().find(|l| l.kind == safar_core::LaneKind::Emotions).unwrap().clone();
        // Give the first stage with two steps a score on each, so it has an average.
        let stage = journey.stages.iter().find(|s| s.steps.len() >= 2).unwrap().clone();
        journey.cells.retain(|c| !(c.lane == emotions.id && c.stage == stage.id));
        for (step, score) in stage.steps.iter().take(2).zip([2, -1]) {
            let card = safar_core::Card::Emotion(safar_core::card::Emotion { id: format!("avg-{}", step.id).as_str().into(), score, text: String::new() });
            journey.cells.push(safar_core::Cell { lane: emotions.id.clone(), stage: stage.id.clone(), step: Some(step.id.clone()), cards: vec![card] });
        }
        let slots = safar_core::layout::lane_slots(journey, &emotions);
        let curve = safar_core::layout::curve_segments(journey, &slots);
        let expected: Vec<String> = slots
            .iter()
            .zip(&curve)
            .enumerate()
            .filter(|(i, (slot, _))| *i == 0 || slots[i - 1].stage.id != slot.stage.id)
            .filter_map(|(_, (_, segment))| segment.stage_average)
            .map(|h| format!("{words}{}", safar_i18n::Locale::new(safar_core::Language::from_tag(language).unwrap()).digits_in(&journey.emotion_scale.signed_mean(h))))
            .collect();
        assert!(!expected.is_empty(), "{language}: the stage has an average");
        let host = mount(file);
        assert_eq!(texts(&host, "tr.lane-emotions td > p.visually-hidden"), expected, "{language}");
        if language == "fa" {
            assert!(expected.iter().any(|e| e.contains("+۰٫۵")), "2 and -1 average +0.5, in Persian digits: {expected:?}");
        }
    }
}

#[wasm_bindgen_test]
fn channel_and_department_tags_name_their_icons() {
    let file = example("en");
    let journey = file.journeys[0].clone();
    let host = mount(file);
    let channels = all(&host, ".chip.channel");
    assert!(!channels.is_empty());
    // Each tag names the icon of its channel, as the pictures draw it (style/viewer.css).
    let words: Vec<String> = journey.stages.iter().flat_map(|s| &s.steps).filter_map(|s| s.channel.as_ref()).map(|c| match c {
        safar_core::Channel::Other(_) => "other-channel".to_owned(),
        known => known.as_str().to_owned(),
    }).collect();
    for word in &words {
        assert!(!all(&host, &format!("thead .chip.channel.icon-{word}")).is_empty(), "a step's {word} tag");
    }
    assert!(channels.iter().all(|c| c.class_name().split(' ').any(|k| k.starts_with("icon-"))));
    assert!(all(&host, ".chip.department").iter().all(|c| c.class_list().contains("icon-department")));
}

#[wasm_bindgen_test]
fn right_to_left_maps_set_dir_and_lang() {
    for language in ["fa", "ar"] {
        let host = mount(example(language));
        let article = host.query_selector("article.journey-map").unwrap().unwrap();
        assert_eq!(article.get_attribute("dir").as_deref(), Some("rtl"), "{language}");
        assert_eq!(article.get_attribute("lang").as_deref(), Some(language));
        // Stages run right to left: each stage header sits left of the one before it.
        let lefts: Vec<f64> = all(&host, "th.stage-header").iter().map(|e| e.get_bounding_client_rect().left()).collect();
        assert!(lefts.windows(2).all(|w| w[1] < w[0]), "{language}: {lefts:?}");
    }
    let host = mount(example("en"));
    let article = host.query_selector("article.journey-map").unwrap().unwrap();
    assert_eq!(article.get_attribute("dir").as_deref(), Some("ltr"));
}

#[wasm_bindgen_test]
fn user_text_is_never_markup() {
    let mut file = example("en");
    file.journeys[0].title = "<img src=x onerror=alert(1)>".into();
    let host = mount(file);
    let title = host.query_selector("h1").unwrap().unwrap();
    assert_eq!(title.text_content().unwrap(), "<img src=x onerror=alert(1)>");
    assert!(host.query_selector("h1 img").unwrap().is_none());
}

#[wasm_bindgen_test]
fn unsafe_urls_never_become_links_or_images() {
    use safar_core::card::{Evidence, Image};
    use safar_core::{Card, EvidenceSource};
    let mut file = example("en");
    let cell = file.journeys[0].cells.iter_mut().find(|c| !c.cards.is_empty()).unwrap();
    cell.cards.push(Card::Evidence(Evidence {
        id: "x1".into(),
        text: "hostile".into(),
        source: EvidenceSource::Other,
        url: Some("javascript:alert(1)".into()),
    }));
    cell.cards.push(Card::Image(Image {
        id: "x2".into(),
        url: "javascript:alert(2)".into(),
        alt: "hostile".into(),
        caption: String::new(),
    }));
    let host = mount(file);
    for element in all(&host, "a, img") {
        let url = element.get_attribute("href").or_else(|| element.get_attribute("src")).unwrap_or_default();
        assert!(!url.to_ascii_lowercase().starts_with("javascript:"), "{url}");
    }
}

#[wasm_bindgen_test]
fn shows_the_persona() {
    let file = example("fa");
    let name = file.personas[0].name.clone();
    let host = mount(file);
    assert_eq!(texts(&host, ".persona h2"), vec![name]);
}

/// Collects every node a DOM change touches under `root`, until `take` is called.
struct Mutations {
    observer: web_sys::MutationObserver,
    seen: std::rc::Rc<std::cell::RefCell<Vec<web_sys::Node>>>,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
}

fn targets(records: js_sys::Array) -> Vec<web_sys::Node> {
    records.iter().map(|r| r.unchecked_into::<web_sys::MutationRecord>().target().unwrap()).collect()
}

impl Mutations {
    fn watch(root: &Element) -> Self {
        let seen = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
        let sink = seen.clone();
        let callback = wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(move |records: js_sys::Array| {
            sink.borrow_mut().extend(targets(records));
        });
        let observer = web_sys::MutationObserver::new(callback.as_ref().unchecked_ref()).unwrap();
        let options = web_sys::MutationObserverInit::new();
        options.set_subtree(true);
        options.set_child_list(true);
        options.set_character_data(true);
        options.set_attributes(true);
        observer.observe_with_options(root, &options).unwrap();
        Mutations { observer, seen, _callback: callback }
    }

    /// The target of every change so far.
    fn take(&self) -> Vec<web_sys::Node> {
        let mut all = std::mem::take(&mut *self.seen.borrow_mut());
        all.extend(targets(self.observer.take_records()));
        all
    }
}

#[wasm_bindgen_test]
async fn changing_one_card_touches_only_that_card() {
    use safar_core::Card;
    let file = example("en");
    let journey = RwSignal::new(file.journeys[0].clone());
    let personas = file.personas.clone();
    let host: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), move || view! { <JourneyMap journey=journey personas=personas/> }).forget();

    // A note card in the middle of the map.
    let (cell, index) = journey.with_untracked(|j| {
        let c = j.cells.iter().position(|c| c.cards.iter().any(|k| matches!(k, Card::Note(_)))).unwrap();
        let i = j.cells[c].cards.iter().position(|k| matches!(k, Card::Note(_))).unwrap();
        (c, i)
    });
    let old_text = journey.with_untracked(|j| j.cells[cell].cards[index].text().to_owned());
    let card_item = all(&host, "tbody li")
        .into_iter()
        .find(|li| li.text_content().unwrap_or_default().contains(&old_text))
        .expect("the card is on the page");
    let nodes_before = all(&host, "*").len();

    let mutations = Mutations::watch(&host);
    journey.update(|j| {
        if let Card::Note(note) = &mut j.cells[cell].cards[index] {
            note.text.push_str(" and one more word");
        }
    });
    leptos::task::tick().await;

    let targets = mutations.take();
    assert!(!targets.is_empty(), "the change reached the DOM");
    for target in &targets {
        assert!(card_item.contains(Some(target)), "a node outside the edited card changed: {:?}", target.node_name());
    }
    assert!(card_item.text_content().unwrap().contains("and one more word"));
    assert_eq!(all(&host, "*").len(), nodes_before, "no element was added or removed");
}
