//! The whole map laid out once, in reading order: the title block, the stage and step headers,
//! and every lane's row of cells, each measured with the picture's own fonts. A picture (or a
//! page of one) is drawn from it by choosing which stages and lanes to show.

use crate::fonts::{Measure, Weight};
use crate::icons::Icon;
use crate::palette;
use crate::scene::{Anchor, Dash, Scene, Shape};
use crate::wrap::wrap;
use safar_core::card::{Blueprint, Emotion, Evidence, Image, Kpi, Note, Opportunity, PainPoint, Touchpoint};
use safar_core::layout::{self, CurveSegment};
use safar_core::template::map_type_name;
use safar_core::{Card, Document, Id, Journey, Language, Lane, LaneKind, Stage};
use safar_i18n::viewer::{self, Label};
use safar_i18n::{Catalog, Locale, Message};

/// The width of one column (a step, or a stage without steps), as in the viewer.
pub const COLUMN: f32 = 224.0;
/// The width of the lane names' column.
pub const LANE_HEADER: f32 = 176.0;
/// The space around the map.
pub const MARGIN: f32 = 24.0;
/// The padding inside a cell.
const PAD: f32 = 8.0;
/// Between cards in a cell.
const GAP: f32 = 6.0;
/// The emotion curve's band, at the top of its lane.
pub const CURVE: f32 = 136.0;
/// The curve's heights stay inside this part of the band (8 % to 92 %), as in the viewer.
const CURVE_TOP: f32 = 0.08;
const CURVE_BOTTOM: f32 = 0.92;

const BODY: f32 = 13.0;
const SMALL: f32 = 11.0;

/// Which part of a map a picture shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct View {
    /// The lanes to show, in the map's order; `None` shows every lane that is not hidden.
    pub lanes: Option<Vec<Id>>,
    /// One stage only.
    pub stage: Option<Id>,
}

/// Drawn content and the height it takes, placed from (0, 0).
#[derive(Clone, Debug, Default)]
pub struct Block {
    pub scene: Scene,
    pub height: f32,
}

/// One lane's row.
pub struct Row {
    pub lane: Lane,
    pub header: Block,
    /// Each slot's first column (in the picture's columns), its span, and its content.
    pub cells: Vec<(usize, usize, Block)>,
    /// The curve's piece in each slot, for an emotion lane.
    pub curve: Option<Vec<CurveSegment>>,
    pub height: f32,
    /// The service blueprint's line of visibility runs along the row's top.
    pub below_line: bool,
}

pub struct Sheet {
    pub direction: safar_core::Direction,
    pub language: Language,
    pub title: String,
    /// Each shown stage's first column and span.
    pub stages: Vec<(usize, usize)>,
    pub columns: usize,
    pub stage_headers: Vec<Block>,
    pub stage_row: f32,
    /// Every column's step header (empty for a stage without steps); `None` without steps.
    pub step_headers: Option<Vec<Block>>,
    pub step_row: f32,
    pub rows: Vec<Row>,
    title_sections: Vec<(String, Vec<(String, Weight)>)>,
    kind_line: String,
}

/// Text set in one style.
struct Style {
    size: f32,
    weight: Weight,
    fill: &'static str,
}

const NAME: Style = Style { size: BODY, weight: Weight::Bold, fill: palette::INK };
const TEXT: Style = Style { size: BODY, weight: Weight::Regular, fill: palette::INK };
const SOFT: Style = Style { size: 12.0, weight: Weight::Regular, fill: palette::INK_SOFT };

fn line_height(size: f32) -> f32 {
    (size * 1.5).round()
}

/// A tag: an icon and a short text on a tinted pill.
struct Chip {
    icon: Option<Icon>,
    text: String,
    fill: &'static str,
    ink: &'static str,
}

struct Writer<'m> {
    measure: &'m Measure<'m>,
}

impl Writer<'_> {
    /// `text` wrapped to `width` from (`x`, `y`); returns the height taken.
    fn paragraph(&self, scene: &mut Scene, x: f32, y: f32, width: f32, text: &str, style: &Style, anchor: Anchor) -> f32 {
        if text.trim().is_empty() {
            return 0.0;
        }
        let lh = line_height(style.size);
        let lines = wrap(self.measure, text, style.size, style.weight, width);
        let x = match anchor {
            Anchor::Start => x,
            Anchor::Middle => x + width / 2.0,
            Anchor::End => x + width,
        };
        for (i, line) in lines.iter().enumerate() {
            if line.is_empty() {
                continue;
            }
            let baseline = y + i as f32 * lh + (lh + style.size * 0.7) / 2.0;
            scene.push(Shape::Text { x, y: baseline, text: line.clone(), size: style.size, weight: style.weight, fill: style.fill, anchor });
        }
        lines.len() as f32 * lh
    }

    /// Chips flowed along a line from (`x`, `y`) within `width`; returns the height taken.
    fn chips(&self, scene: &mut Scene, x: f32, y: f32, width: f32, chips: &[Chip]) -> f32 {
        if chips.is_empty() {
            return 0.0;
        }
        const ICON: f32 = 12.0;
        const INSET: f32 = 6.0;
        let lh = line_height(SMALL);
        let (mut cx, mut cy, mut row) = (0.0_f32, 0.0_f32, 0.0_f32);
        for chip in chips {
            let icon = if chip.icon.is_some() { ICON + 4.0 } else { 0.0 };
            let room = width - 2.0 * INSET - icon;
            let lines = wrap(self.measure, &chip.text, SMALL, Weight::Regular, room);
            let text_width = lines.iter().map(|l| self.measure.width(l, SMALL, Weight::Regular)).fold(0.0, f32::max);
            let w = 2.0 * INSET + icon + text_width;
            let h = lines.len() as f32 * lh + 2.0;
            if cx > 0.0 && cx + w > width {
                cx = 0.0;
                cy += row + 4.0;
                row = 0.0;
            }
            scene.push(Shape::Rect { x: x + cx, y: y + cy, w, h, fill: chip.fill, stroke: None, radius: 8.0 });
            if let Some(kind) = chip.icon {
                scene.push(Shape::Icon { x: x + cx + INSET, y: y + cy + (lh + 2.0 - ICON) / 2.0, size: ICON, icon: kind, fill: chip.ink });
            }
            for (i, line) in lines.iter().enumerate() {
                let baseline = y + cy + 1.0 + i as f32 * lh + (lh + SMALL * 0.7) / 2.0;
                scene.push(Shape::Text {
                    x: x + cx + INSET + icon,
                    y: baseline,
                    text: line.clone(),
                    size: SMALL,
                    weight: Weight::Regular,
                    fill: chip.ink,
                    anchor: Anchor::Start,
                });
            }
            cx += w + 4.0;
            row = row.max(h);
        }
        cy + row
    }
}

impl Sheet {
    pub fn new(document: &Document, view: &View, measure: &Measure) -> Sheet {
        let journey = &document.journey;
        let language = Language::from_tag(&journey.language).unwrap_or(Language::English);
        let catalog = Catalog::new(Locale::new(language));
        let writer = Writer { measure };
        let words = Words { catalog: &catalog, journey };
        let shown_stages: Vec<&Stage> =
            journey.stages.iter().filter(|stage| view.stage.as_ref().is_none_or(|id| *id == stage.id)).collect();
        let shown_lanes: Vec<&Lane> = journey
            .lanes
            .iter()
            .filter(|lane| match &view.lanes {
                Some(ids) => ids.contains(&lane.id),
                None => !lane.hidden,
            })
            .collect();

        // Columns: one per step of each shown stage, or one for a stage without steps.
        let mut stages = Vec::new();
        let mut column = 0;
        for stage in &shown_stages {
            let span = layout::stage_span(stage);
            stages.push((column, span));
            column += span;
        }
        let columns = column;

        let stage_headers: Vec<Block> = shown_stages
            .iter()
            .zip(&stages)
            .map(|(stage, (_, span))| {
                let width = *span as f32 * COLUMN - 2.0 * PAD;
                let mut block = Block::default();
                let mut y = PAD;
                y += writer.paragraph(&mut block.scene, PAD, y, width, &stage.name, &Style { size: 15.0, ..NAME }, Anchor::Start);
                y += writer.paragraph(&mut block.scene, PAD, y, width, &stage.description, &SOFT, Anchor::Start);
                block.height = y + PAD;
                block
            })
            .collect();
        let stage_row = stage_headers.iter().map(|b| b.height).fold(0.0, f32::max);

        let any_steps = shown_stages.iter().any(|stage| !stage.steps.is_empty());
        let step_headers = any_steps.then(|| {
            let mut headers = Vec::new();
            for stage in &shown_stages {
                if stage.steps.is_empty() {
                    headers.push(Block::default());
                }
                for step in &stage.steps {
                    let width = COLUMN - 2.0 * PAD;
                    let mut block = Block::default();
                    let mut y = PAD;
                    y += writer.paragraph(&mut block.scene, PAD, y, width, &step.name, &NAME, Anchor::Start);
                    y += writer.paragraph(&mut block.scene, PAD, y, width, &step.description, &SOFT, Anchor::Start);
                    let mut chips = Vec::new();
                    if let Some(channel) = &step.channel {
                        chips.push(words.channel_chip(channel));
                    }
                    if !step.department.trim().is_empty() {
                        chips.push(words.department_chip(&step.department));
                    }
                    if step.moment_of_truth {
                        chips.push(Chip {
                            icon: Some(Icon::MomentOfTruth),
                            text: words.label(Label::MomentOfTruth),
                            fill: palette::TRUTH_FILL,
                            ink: palette::TRUTH_INK,
                        });
                    }
                    if step.breaking_point {
                        chips.push(Chip {
                            icon: Some(Icon::BreakingPoint),
                            text: words.label(Label::BreakingPoint),
                            fill: palette::BREAK_FILL,
                            ink: palette::BREAK_INK,
                        });
                    }
                    if !chips.is_empty() {
                        y += 4.0 + writer.chips(&mut block.scene, PAD, y + 4.0, width, &chips);
                    }
                    block.height = y + PAD;
                    headers.push(block);
                }
            }
            headers
        });
        let step_row = step_headers.as_ref().map_or(0.0, |h| h.iter().map(|b| b.height).fold(0.0, f32::max));

        let line_lane = layout::line_of_visibility(journey).map(|i| journey.lanes[i].id.clone());
        let rows = shown_lanes
            .iter()
            .map(|lane| {
                // The slots of the shown stages only.
                let slots: Vec<_> = layout::lane_slots(journey, lane)
                    .into_iter()
                    .filter(|slot| view.stage.as_ref().is_none_or(|id| *id == slot.stage.id))
                    .collect();
                let emotions = lane.kind == LaneKind::Emotions;
                let below_line = line_lane.as_ref() == Some(&lane.id);
                let header = words.lane_header(&writer, lane, emotions, below_line);
                let mut cells = Vec::new();
                let mut column = 0;
                for slot in &slots {
                    let width = slot.span as f32 * COLUMN - 2.0 * PAD;
                    let mut block = Block::default();
                    let mut y = PAD + if emotions { CURVE } else { 0.0 };
                    for card in slot.cell.map(|cell| cell.cards.as_slice()).unwrap_or_default() {
                        y += words.card(&writer, &mut block.scene, lane.kind, card, PAD, y, width) + GAP;
                    }
                    block.height = y - if y > PAD { GAP } else { 0.0 } + PAD;
                    cells.push((column, slot.span, block));
                    column += slot.span;
                }
                let curve = emotions.then(|| layout::curve_segments(journey, &slots));
                let content = cells.iter().map(|(.., b)| b.height).fold(header.height, f32::max);
                let height = if emotions { content.max(CURVE + 2.0 * PAD) } else { content.max(48.0) };
                Row { lane: (*lane).clone(), header, cells, curve, height, below_line }
            })
            .collect();

        let mut title_sections = Vec::new();
        if !journey.goal.trim().is_empty() {
            title_sections.push((words.label(Label::Goal), vec![(journey.goal.clone(), Weight::Regular)]));
        }
        if !journey.scenario.trim().is_empty() {
            title_sections.push((words.label(Label::Scenario), vec![(journey.scenario.clone(), Weight::Regular)]));
        }
        for id in &journey.personas {
            if let Some(persona) = document.personas.iter().find(|p| &p.id == id) {
                let mut lines = vec![(persona.name.clone(), Weight::Bold)];
                if !persona.description.trim().is_empty() {
                    lines.push((persona.description.clone(), Weight::Regular));
                }
                title_sections.push((words.label(Label::Persona), lines));
            }
        }
        let kind_line = catalog.format(&Message::new("viewer-map-kind").arg("value", map_type_name(journey.map_type, language)));
        let title = if journey.title.trim().is_empty() { words.label(Label::Untitled) } else { journey.title.clone() };
        Sheet {
            direction: journey.direction,
            language,
            title,
            stages,
            columns,
            stage_headers,
            stage_row,
            step_headers,
            step_row,
            rows,
            title_sections,
            kind_line,
        }
    }

    /// The title block at `width`: the kind of map, its title, then goal, scenario and personas
    /// side by side where there is room.
    pub fn title_block(&self, measure: &Measure, width: f32) -> Block {
        let writer = Writer { measure };
        let mut block = Block::default();
        let mut y = 0.0;
        y += writer.paragraph(&mut block.scene, 0.0, y, width, &self.kind_line, &SOFT, Anchor::Start);
        y += writer.paragraph(&mut block.scene, 0.0, y, width, &self.title, &Style { size: 24.0, ..NAME }, Anchor::Start);
        if !self.title_sections.is_empty() {
            y += 8.0;
            let per_row = ((width / 320.0).floor() as usize).clamp(1, self.title_sections.len().min(4));
            let gap = 24.0;
            let section_width = (width - gap * (per_row as f32 - 1.0)) / per_row as f32;
            for group in self.title_sections.chunks(per_row) {
                let mut tallest: f32 = 0.0;
                for (i, (heading, lines)) in group.iter().enumerate() {
                    let x = i as f32 * (section_width + gap);
                    let mut h = writer.paragraph(&mut block.scene, x, y, section_width, heading, &Style { size: SMALL, ..SOFT }, Anchor::Start);
                    for (text, weight) in lines {
                        let style = Style { size: BODY, weight: *weight, fill: palette::INK };
                        h += writer.paragraph(&mut block.scene, x, y + h, section_width, text, &style, Anchor::Start);
                    }
                    tallest = tallest.max(h);
                }
                y += tallest + 12.0;
            }
        }
        block.height = y + 16.0;
        block
    }

    /// The stages `stages` and rows `rows` drawn from (`x`, `y`): headers, cells, the curve and
    /// the line of visibility. Returns the scene's width and height.
    pub fn draw_grid(&self, scene: &mut Scene, x: f32, y: f32, stages: std::ops::Range<usize>, rows: std::ops::Range<usize>) -> (f32, f32) {
        let first = self.stages.get(stages.start).map_or(0, |(c, _)| *c);
        let last = stages.end.checked_sub(1).and_then(|i| self.stages.get(i)).map_or(first, |(c, s)| c + s);
        let cols = first..last;
        let col_x = |column: usize| x + LANE_HEADER + (column - first) as f32 * COLUMN;
        let width = LANE_HEADER + cols.len() as f32 * COLUMN;
        let header_height = self.stage_row + self.step_row;
        let rows_height: f32 = self.rows[rows.clone()].iter().map(|r| r.height).sum();
        let height = header_height + rows_height;

        // The corner and the header rows.
        scene.push(Shape::Rect { x, y, w: width, h: header_height, fill: palette::HEADER, stroke: None, radius: 0.0 });
        for i in stages.clone() {
            scene.place(&self.stage_headers[i].scene, col_x(self.stages[i].0), y, 1.0);
        }
        if let Some(steps) = &self.step_headers {
            for column in cols.clone() {
                scene.place(&steps[column].scene, col_x(column), y + self.stage_row, 1.0);
            }
            rule(scene, x + LANE_HEADER, y + self.stage_row, x + width, y + self.stage_row);
        }

        // The rows.
        let mut top = y + header_height;
        for row in &self.rows[rows] {
            let (_, tint) = palette::lane(row.lane.kind);
            scene.push(Shape::Rect { x, y: top, w: LANE_HEADER, h: row.height, fill: palette::HEADER, stroke: None, radius: 0.0 });
            if let Some(tint) = tint {
                scene.push(Shape::Rect { x: x + LANE_HEADER, y: top, w: width - LANE_HEADER, h: row.height, fill: tint, stroke: None, radius: 0.0 });
            }
            scene.place(&row.header.scene, x, top, 1.0);
            for (column, _, block) in row.cells.iter().filter(|(column, ..)| cols.contains(column)) {
                scene.place(&block.scene, col_x(*column), top, 1.0);
            }
            if let Some(curve) = &row.curve {
                self.draw_curve(scene, curve, row, &cols, col_x, top);
            }
            rule(scene, x, top, x + width, top);
            if row.below_line {
                scene.push(Shape::Line {
                    points: vec![(x, top), (x + width, top)],
                    stroke: palette::INK_SOFT,
                    width: 2.5,
                    dash: Dash::Dashed,
                    opacity: 1.0,
                });
            }
            top += row.height;
        }

        // Column rules: between stages full height, between steps lighter.
        for (i, (column, span)) in self.stages.iter().enumerate() {
            if !stages.contains(&i) {
                continue;
            }
            let sx = col_x(*column);
            rule(scene, sx, y, sx, y + height);
            for step in 1..*span {
                let stx = col_x(column + step);
                scene.push(Shape::Line {
                    points: vec![(stx, y + self.stage_row), (stx, y + height)],
                    stroke: palette::LINE,
                    width: 1.0,
                    dash: Dash::Dotted,
                    opacity: 1.0,
                });
            }
        }
        scene.push(Shape::Rect { x, y, w: width, h: height, fill: "none", stroke: Some(palette::LINE), radius: 0.0 });
        (width, height)
    }

    fn draw_curve(&self, scene: &mut Scene, curve: &[CurveSegment], row: &Row, cols: &std::ops::Range<usize>, col_x: impl Fn(usize) -> f32, top: f32) {
        let band = |h: f64| top + PAD + CURVE * (CURVE_BOTTOM - (CURVE_BOTTOM - CURVE_TOP) * h as f32);
        let left = col_x(cols.start);
        let right = col_x(cols.end);
        scene.push(Shape::Line {
            points: vec![(left, band(0.5)), (right, band(0.5))],
            stroke: palette::LINE,
            width: 1.0,
            dash: Dash::Dashed,
            opacity: 1.0,
        });
        for ((column, span, _), segment) in row.cells.iter().zip(curve) {
            if !cols.contains(column) {
                continue;
            }
            let (x0, x1) = (col_x(*column), col_x(column + span));
            let xm = (x0 + x1) / 2.0;
            if let Some(average) = segment.stage_average {
                scene.push(Shape::Line {
                    points: vec![(x0, band(average)), (x1, band(average))],
                    stroke: palette::ACCENT,
                    width: 1.5,
                    dash: Dash::Dotted,
                    opacity: 0.6,
                });
            }
            // On a page, the line enters and leaves at the page's own edges: the pieces beyond
            // are on the pages before and after.
            let points: Vec<(f32, f32)> = [(x0, segment.start), (xm, segment.point), (x1, segment.end)]
                .into_iter()
                .filter_map(|(px, h)| h.map(|h| (px, band(h))))
                .collect();
            if points.len() >= 2 {
                let (width, dash) = if segment.bridged { (2.0, Dash::Dashed) } else { (3.0, Dash::Solid) };
                scene.push(Shape::Line { points, stroke: palette::ACCENT, width, dash, opacity: 1.0 });
            }
            if let Some(point) = segment.point {
                scene.push(Shape::Dot { x: xm, y: band(point), r: 6.0, fill: palette::ACCENT });
            }
        }
    }

    /// The height of the header rows.
    pub fn header_height(&self) -> f32 {
        self.stage_row + self.step_row
    }
}

/// A thin rule from one point to another.
fn rule(scene: &mut Scene, x1: f32, y1: f32, x2: f32, y2: f32) {
    scene.push(Shape::Line { points: vec![(x1, y1), (x2, y2)], stroke: palette::LINE, width: 1.0, dash: Dash::Solid, opacity: 1.0 });
}

/// The words around a map's own text, in the map's language.
struct Words<'c> {
    catalog: &'c Catalog,
    journey: &'c Journey,
}

impl Words<'_> {
    fn label(&self, label: Label) -> String {
        self.catalog.text(label.id())
    }

    fn labelled(&self, label: String, value: String) -> String {
        self.catalog.format(&Message::new("picture-labelled").arg("label", label).arg("value", value))
    }

    fn number(&self, value: f64) -> String {
        self.catalog.locale().number(value)
    }

    fn channel_chip(&self, channel: &safar_core::Channel) -> Chip {
        let text = match (viewer::channel(channel), channel) {
            (Some(id), _) => self.catalog.text(id),
            (None, safar_core::Channel::Other(name)) => name.clone(),
            (None, _) => String::new(),
        };
        Chip { icon: Some(Icon::for_channel(channel)), text, fill: "#e3f1f3", ink: "#0e4f58" }
    }

    fn department_chip(&self, department: &str) -> Chip {
        Chip { icon: Some(Icon::Department), text: department.to_owned(), fill: palette::CHIP, ink: palette::INK_SOFT }
    }

    fn lane_header(&self, writer: &Writer, lane: &Lane, emotions: bool, below_line: bool) -> Block {
        let width = LANE_HEADER - 2.0 * PAD;
        let mut block = Block::default();
        let mut y = PAD;
        if below_line {
            y += writer.paragraph(&mut block.scene, PAD, y, width, &self.label(Label::LineOfVisibility), &Style { size: 10.0, ..SOFT }, Anchor::Start);
        }
        let name_width = if emotions { width - 28.0 } else { width };
        y += writer.paragraph(&mut block.scene, PAD, y, name_width, &lane.name, &NAME, Anchor::Start);
        if emotions {
            let scale = self.journey.emotion_scale;
            // The scale's ends and middle beside the curve's band, at the heights they mark.
            let band = |f: f32| PAD + CURVE * (CURVE_BOTTOM - (CURVE_BOTTOM - CURVE_TOP) * f);
            let middle = (f64::from(scale.min) + f64::from(scale.max)) / 2.0;
            for (value, f) in [(f64::from(scale.max), 1.0), (middle, 0.5), (f64::from(scale.min), 0.0)] {
                let text = if value.fract() == 0.0 { self.catalog.locale().digits_in(&scale.signed(value as i8)) } else { self.number(value) };
                block.scene.push(Shape::Text {
                    x: LANE_HEADER - PAD,
                    y: band(f) + SMALL * 0.35,
                    text,
                    size: SMALL,
                    weight: Weight::Bold,
                    fill: palette::INK_SOFT,
                    anchor: Anchor::End,
                });
            }
            // The legend: a sample of each line and what it means.
            y += 6.0;
            for (id, dash, width) in [
                ("picture-legend-scored", Dash::Solid, 3.0),
                ("picture-legend-unscored", Dash::Dashed, 2.0),
                ("picture-legend-average", Dash::Dotted, 1.5),
            ] {
                let mid = y + line_height(SMALL) / 2.0;
                block.scene.push(Shape::Line { points: vec![(PAD, mid), (PAD + 18.0, mid)], stroke: palette::ACCENT, width, dash, opacity: 1.0 });
                y += writer.paragraph(&mut block.scene, PAD + 24.0, y, name_width - 24.0, &self.catalog.text(id), &Style { size: SMALL, ..SOFT }, Anchor::Start);
            }
        }
        block.height = y + PAD;
        block
    }

    /// One card drawn at (`x`, `y`) in a cell `width` wide; returns its height.
    fn card(&self, writer: &Writer, scene: &mut Scene, lane: LaneKind, card: &Card, x: f32, y: f32, width: f32) -> f32 {
        if let Card::Emotion(Emotion { score, text, .. }) = card {
            // Under the curve: the score, large, and what was felt.
            let scale = self.journey.emotion_scale;
            let score = self.catalog.locale().digits_in(&scale.signed(*score));
            let mut h = writer.paragraph(scene, x, y, width, &score, &Style { size: 16.0, ..NAME }, Anchor::Middle);
            h += writer.paragraph(scene, x, y + h, width, text, &SOFT, Anchor::Middle);
            return h;
        }
        let (accent, _) = palette::lane(match card {
            Card::PainPoint(_) => LaneKind::PainPoints,
            Card::Opportunity(_) => LaneKind::Opportunities,
            Card::Touchpoint(_) => LaneKind::Touchpoints,
            Card::Kpi(_) => LaneKind::Kpis,
            _ => lane,
        });
        let inner = width - 2.0 * PAD - 4.0;
        let (ix, iy) = (x + 4.0 + PAD, y + 6.0);
        let mut content = Scene::default();
        let mut h = 0.0;
        let mut chips = Vec::new();
        match card {
            Card::Note(Note { text, .. }) => {
                h += writer.paragraph(&mut content, ix, iy, inner, text, &TEXT, Anchor::Start);
            }
            Card::Touchpoint(Touchpoint { text, channel, department, .. }) => {
                h += writer.paragraph(&mut content, ix, iy, inner, text, &TEXT, Anchor::Start);
                chips.push(self.channel_chip(channel));
                if !department.trim().is_empty() {
                    chips.push(self.department_chip(department));
                }
            }
            Card::PainPoint(PainPoint { text, severity, .. }) => {
                h += writer.paragraph(&mut content, ix, iy, inner, text, &TEXT, Anchor::Start);
                let (fill, ink) = palette::severity(*severity);
                let value = self.catalog.text(viewer::severity(*severity));
                chips.push(Chip { icon: None, text: self.catalog.format(&Message::new("viewer-severity-value").arg("value", value)), fill, ink });
            }
            Card::Opportunity(Opportunity { text, owner, priority, .. }) => {
                h += writer.paragraph(&mut content, ix, iy, inner, text, &TEXT, Anchor::Start);
                let value = self.catalog.text(viewer::priority(*priority));
                chips.push(Chip {
                    icon: None,
                    text: self.catalog.format(&Message::new("viewer-priority-value").arg("value", value)),
                    fill: "#e6f4ea",
                    ink: "#0f4d27",
                });
                if !owner.trim().is_empty() {
                    chips.push(Chip { icon: None, text: self.labelled(self.label(Label::Owner), owner.clone()), fill: palette::CHIP, ink: palette::INK_SOFT });
                }
            }
            Card::Kpi(Kpi { name, unit, current, target, text, .. }) => {
                h += writer.paragraph(&mut content, ix, iy, inner, name, &NAME, Anchor::Start);
                let value = |v: f64| format!("{}{}{unit}", self.number(v), if unit.starts_with('%') || unit.is_empty() { "" } else { " " });
                for (label, v) in [(Label::Current, current), (Label::Target, target)] {
                    if let Some(v) = v {
                        let line = self.labelled(self.label(label), value(*v));
                        h += writer.paragraph(&mut content, ix, iy + h, inner, &line, &TEXT, Anchor::Start);
                    }
                }
                h += writer.paragraph(&mut content, ix, iy + h, inner, text, &SOFT, Anchor::Start);
            }
            Card::Evidence(Evidence { text, source, url, .. }) => {
                h += writer.paragraph(&mut content, ix, iy, inner, text, &TEXT, Anchor::Start);
                chips.push(Chip { icon: None, text: self.catalog.text(viewer::evidence_source(*source)), fill: palette::CHIP, ink: palette::INK_SOFT });
                if let Some(url) = url.as_deref().filter(|u| !u.trim().is_empty()) {
                    h += writer.paragraph(&mut content, ix, iy + h, inner, url, &Style { size: SMALL, ..SOFT }, Anchor::Start);
                }
            }
            Card::Image(Image { alt, caption, .. }) => {
                // A picture is not fetched into an export (it may be remote, or missing): its
                // description stands in for it, beside a picture mark.
                content.push(Shape::Icon { x: ix, y: iy + 2.0, size: 16.0, icon: Icon::Picture, fill: palette::INK_SOFT });
                let described = self.catalog.format(&Message::new("picture-image").arg("alt", alt.clone()));
                h += writer.paragraph(&mut content, ix + 22.0, iy, inner - 22.0, &described, &TEXT, Anchor::Start);
                h += writer.paragraph(&mut content, ix + 22.0, iy + h, inner - 22.0, caption, &SOFT, Anchor::Start);
            }
            Card::Blueprint(Blueprint { text, resource, .. }) => {
                h += writer.paragraph(&mut content, ix, iy, inner, text, &TEXT, Anchor::Start);
                if let Some(resource) = resource {
                    chips.push(Chip { icon: None, text: self.catalog.text(viewer::resource(*resource)), fill: palette::CHIP, ink: palette::INK_SOFT });
                }
            }
            Card::Emotion(_) => unreachable!("drawn above"),
        }
        if !chips.is_empty() {
            h += 4.0 + writer.chips(&mut content, ix, iy + h + 4.0, inner, &chips);
        }
        let height = h + 12.0;
        scene.push(Shape::Rect { x, y, w: width, h: height, fill: palette::PAPER, stroke: Some(palette::LINE), radius: 6.0 });
        scene.push(Shape::Rect { x, y, w: 4.0, h: height, fill: accent, stroke: None, radius: 2.0 });
        scene.shapes.extend(content.shapes);
        height
    }
}
