//! Laid-out pages → PDF bytes (printpdf), with the font subset to the characters used.

use std::collections::BTreeSet;

use printpdf::{
    Color, FontId, Greyscale, Line, LinePoint, Mm, Op, PaintMode, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions,
    Point, Pt, Rect, TextItem,
};

use crate::error::{Error, Result};
use crate::fonts::Fonts;
use crate::layout::{FontKind, Item, Page, PageSetup};

/// The PDF's document information.
#[derive(Debug, Clone)]
pub(crate) struct Info<'a> {
    pub title: &'a str,
    pub author: &'a str,
    pub subject: &'a str,
    /// BCP 47 language tag.
    pub language: &'a str,
}

fn grey(level: f32) -> Color {
    Color::Greyscale(Greyscale { percent: level, icc_profile: None })
}

/// Renders `pages` as a PDF.
pub(crate) fn to_pdf(setup: &PageSetup, pages: &[Page], info: &Info<'_>) -> Result<Vec<u8>> {
    let fonts = Fonts::get()?;
    let mut used: [BTreeSet<char>; 2] = [BTreeSet::new(), BTreeSet::new()];
    let mut lacking = BTreeSet::new();
    let mut example = None;
    for item in pages.iter().flat_map(|p| &p.items) {
        if let Item::Text { style, text, .. } = item {
            used[slot(style.font)].extend(text.chars());
            let before = lacking.len();
            lacking.extend(text.chars().filter(|c| !fonts.covers(style.font, *c)));
            if lacking.len() > before && example.is_none() {
                example = Some(text.clone());
            }
        }
    }
    // A character the font cannot draw would vanish from the document: refuse instead.
    if let Some(text) = example {
        return Err(Error::UnsupportedCharacters { characters: lacking.into_iter().collect(), text });
    }
    let mut doc = PdfDocument::new(info.title);
    doc.metadata.info.author = info.author.to_owned();
    doc.metadata.info.creator = "Custos".to_owned();
    doc.metadata.info.subject = info.subject.to_owned();
    doc.metadata.info.identifier = info.language.to_owned();
    let mut ids: [Option<FontId>; 2] = [None, None];
    for kind in [FontKind::Regular, FontKind::Bold] {
        if !used[slot(kind)].is_empty() {
            ids[slot(kind)] = Some(doc.add_font(&fonts.subset(kind, &used[slot(kind)])?));
        }
    }

    let height = setup.height;
    let pdf_pages = pages
        .iter()
        .map(|page| {
            let mut ops = Vec::with_capacity(page.items.len() * 6);
            for item in &page.items {
                match item {
                    Item::Text { x, y, style, grey: g, text } => {
                        let Some(font) = ids[slot(style.font)].clone() else { continue };
                        ops.extend([
                            Op::StartTextSection,
                            Op::SetFillColor { col: grey(*g) },
                            Op::SetFont { font: PdfFontHandle::External(font), size: Pt(style.size) },
                            Op::SetTextCursor { pos: Point { x: Pt(*x), y: Pt(height - y) } },
                            Op::ShowText { items: vec![TextItem::Text(text.clone())] },
                            Op::EndTextSection,
                        ]);
                    }
                    Item::Rule { x1, y1, x2, y2, width, grey: g } => {
                        let point =
                            |x: f32, y: f32| LinePoint { p: Point { x: Pt(x), y: Pt(height - y) }, bezier: false };
                        ops.extend([
                            Op::SetOutlineColor { col: grey(*g) },
                            Op::SetOutlineThickness { pt: Pt(*width) },
                            Op::DrawLine {
                                line: Line { points: vec![point(*x1, *y1), point(*x2, *y2)], is_closed: false },
                            },
                        ]);
                    }
                    Item::Fill { x, y, w, h, grey: g } => {
                        let mut rect = Rect::from_xywh(Pt(*x), Pt(height - y - h), Pt(*w), Pt(*h));
                        rect.mode = Some(PaintMode::Fill);
                        ops.extend([Op::SetFillColor { col: grey(*g) }, Op::DrawRectangle { rectangle: rect }]);
                    }
                }
            }
            PdfPage::new(Mm::from(Pt(setup.width)), Mm::from(Pt(setup.height)), ops)
        })
        .collect();
    let mut warnings = Vec::new();
    let bytes = doc.with_pages(pdf_pages).save(&PdfSaveOptions::default(), &mut warnings);
    if bytes.is_empty() {
        return Err(Error::Render(format!("printpdf produced no output: {warnings:?}")));
    }
    Ok(bytes)
}

fn slot(kind: FontKind) -> usize {
    match kind {
        FontKind::Regular => 0,
        FontKind::Bold => 1,
    }
}
