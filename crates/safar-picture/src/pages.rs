//! A picture on paper: landscape A4, A3 or A2, or one long page. Pages are cut between stages
//! (never through a card) and, when the lanes do not fit a page's height, between lanes; each
//! page repeats the lane names and the stage headers, the first carries the title block, and
//! every page is numbered.

use crate::fonts::{Measure, Weight};
use crate::palette;
use crate::scene::{Anchor, Scene, Shape};
use crate::sheet::{Sheet, LANE_HEADER, MARGIN};
use safar_i18n::{Catalog, Locale, Message};
use std::ops::Range;

/// The size of the paper.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Paper {
    A4,
    A3,
    A2,
    /// One page as large as the whole map.
    Long,
}

impl Paper {
    pub const ALL: [Paper; 4] = [Paper::A4, Paper::A3, Paper::A2, Paper::Long];

    pub fn name(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::A3 => "a3",
            Paper::A2 => "a2",
            Paper::Long => "long",
        }
    }

    pub fn from_name(name: &str) -> Option<Paper> {
        Paper::ALL.into_iter().find(|p| p.name().eq_ignore_ascii_case(name))
    }

    /// Width and height in millimetres, landscape.
    fn millimetres(self) -> Option<(f32, f32)> {
        match self {
            Paper::A4 => Some((297.0, 210.0)),
            Paper::A3 => Some((420.0, 297.0)),
            Paper::A2 => Some((594.0, 420.0)),
            Paper::Long => None,
        }
    }
}

/// CSS pixels per millimetre (96 per inch).
const PX_PER_MM: f32 = 96.0 / 25.4;
/// PDF points per CSS pixel.
pub const PT_PER_PX: f32 = 0.75;
/// Text is never set smaller than this share of its size to fit a page; past it, lanes go on
/// further pages instead.
const MIN_SCALE: f32 = 0.55;
/// The largest page side a PDF reader is sure to open (Acrobat's 200 inches), in pixels.
const MAX_SIDE: f32 = 14_400.0 / PT_PER_PX;
const FOOTER: f32 = 28.0;

/// One page: its own SVG, the size of the paper.
#[derive(Clone, Debug)]
pub struct Page {
    pub svg: String,
    /// In CSS pixels.
    pub width: f32,
    pub height: f32,
}

/// Which stages and lanes go on one page, and at what scale.
#[derive(Clone, Debug, PartialEq)]
pub struct Cut {
    pub stages: Range<usize>,
    pub rows: Range<usize>,
    pub scale: f32,
    pub title: bool,
}

/// Groups of whole items (stages, lanes) of the given sizes, each group within `budget`; an
/// item larger than the budget is a group of its own.
fn groups(sizes: &[f32], budget: f32) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let (mut start, mut used) = (0, 0.0);
    for (i, size) in sizes.iter().enumerate() {
        if i > start && used + size > budget {
            out.push(start..i);
            start = i;
            used = 0.0;
        }
        used += size;
    }
    if start < sizes.len() || out.is_empty() {
        out.push(start..sizes.len());
    }
    out
}

/// How the sheet is cut for paper of `width` by `height` content pixels, the title block being
/// `title` high at the scale that fits.
pub fn cuts(sheet: &Sheet, width: f32, height: f32, title: impl Fn(f32) -> f32) -> Vec<Cut> {
    let rows: Vec<f32> = sheet.rows.iter().map(|r| r.height).collect();
    let grid = sheet.header_height() + rows.iter().sum::<f32>();
    let full_title = title(width);
    let scale = (height / (full_title + grid)).clamp(MIN_SCALE, 1.0);
    let title_height = title(width / scale);
    let stage_widths: Vec<f32> = sheet.stages.iter().map(|(_, span)| *span as f32 * crate::sheet::COLUMN).collect();
    let row_budget = height / scale - title_height - sheet.header_height();
    let bands = groups(&rows, row_budget);
    let mut out = Vec::new();
    for stages in groups(&stage_widths, width / scale - LANE_HEADER) {
        // A stage wider than the page is drawn smaller rather than cut through its cards.
        let wide: f32 = LANE_HEADER + stage_widths[stages.clone()].iter().sum::<f32>();
        let page_scale = scale.min(width / wide);
        for band in &bands {
            out.push(Cut { stages: stages.clone(), rows: band.clone(), scale: page_scale, title: out.is_empty() });
        }
    }
    out
}

pub fn pages(sheet: &Sheet, measure: &Measure, paper: Paper, fonts: Option<(&[u8], &[u8])>) -> Vec<Page> {
    let Some((w_mm, h_mm)) = paper.millimetres() else {
        return vec![long_page(sheet, measure, fonts)];
    };
    let (width, height) = (w_mm * PX_PER_MM, h_mm * PX_PER_MM);
    let margin = 10.0 * PX_PER_MM;
    let (content_width, content_height) = (width - 2.0 * margin, height - 2.0 * margin - FOOTER);
    let cuts = cuts(sheet, content_width, content_height, |w| sheet.title_block(measure, w).height);
    let catalog = Catalog::new(Locale::new(sheet.language));
    let total = cuts.len();
    cuts.iter()
        .enumerate()
        .map(|(i, cut)| {
            let mut page = Scene { width, height, shapes: Vec::new() };
            let mut inner = Scene::default();
            let mut y = 0.0;
            if cut.title {
                let block = sheet.title_block(measure, content_width / cut.scale);
                inner.place(&block.scene, 0.0, 0.0, 1.0);
                y += block.height;
            }
            sheet.draw_grid(&mut inner, 0.0, y, cut.stages.clone(), cut.rows.clone());
            page.place(&inner, margin, margin, cut.scale);
            let number = catalog.format(&Message::new("picture-page").arg("page", i + 1).arg("pages", total));
            let baseline = height - margin;
            page.push(Shape::Text { x: margin, y: baseline, text: sheet.title.clone(), size: 10.0, weight: Weight::Regular, fill: palette::INK_SOFT, anchor: Anchor::Start });
            page.push(Shape::Text { x: width - margin, y: baseline, text: number, size: 10.0, weight: Weight::Bold, fill: palette::INK_SOFT, anchor: Anchor::End });
            Page { svg: page.to_svg(sheet.direction, &sheet.title, sheet.language.tag(), fonts), width, height }
        })
        .collect()
}

/// The whole map on one page, scaled down only past what PDF readers open.
fn long_page(sheet: &Sheet, measure: &Measure, fonts: Option<(&[u8], &[u8])>) -> Page {
    let whole = whole(sheet, measure);
    let scale = (MAX_SIDE / whole.width.max(whole.height)).min(1.0);
    let mut page = Scene { width: whole.width * scale, height: whole.height * scale, shapes: Vec::new() };
    page.place(&whole, 0.0, 0.0, scale);
    Page { svg: page.to_svg(sheet.direction, &sheet.title, sheet.language.tag(), fonts), width: page.width, height: page.height }
}

/// The whole map as one scene: title block over the grid, with a margin all round.
pub fn whole(sheet: &Sheet, measure: &Measure) -> Scene {
    let grid_width = LANE_HEADER + sheet.columns as f32 * crate::sheet::COLUMN;
    let width = grid_width.max(640.0);
    let mut scene = Scene::default();
    let block = sheet.title_block(measure, width);
    scene.place(&block.scene, MARGIN, MARGIN, 1.0);
    let (_, grid_height) = sheet.draw_grid(&mut scene, MARGIN, MARGIN + block.height, 0..sheet.stages.len(), 0..sheet.rows.len());
    scene.width = width + 2.0 * MARGIN;
    scene.height = block.height + grid_height + 2.0 * MARGIN;
    scene
}
