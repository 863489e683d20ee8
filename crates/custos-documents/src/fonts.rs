//! The embedded font: DejaVu Sans, regular and bold (Bitstream Vera licence, see
//! `fonts/LICENSE-DejaVu.txt`). It covers Latin (incl. Extended-A/B), Greek and Cyrillic, so
//! every European name renders. Each PDF embeds a subset with only the glyphs it uses.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use allsorts::binary::read::ReadScope;
use allsorts::font_data::FontData;
use allsorts::subset::{CmapTarget, SubsetProfile};
use printpdf::ParsedFont;

use crate::error::{Error, Result};
use crate::layout::{FontKind, Measure};

const REGULAR: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");

/// One face, parsed once.
#[derive(Debug)]
struct Face {
    bytes: &'static [u8],
    glyphs: BTreeMap<u32, u16>,
    /// Advance per glyph, in em.
    advances: BTreeMap<u16, f32>,
    notdef: f32,
}

impl Face {
    fn parse(bytes: &'static [u8]) -> Option<Face> {
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut Vec::new())?;
        let upem = f32::from(parsed.units_per_em.max(1));
        let advances: BTreeMap<u16, f32> =
            parsed.glyph_widths.iter().map(|(gid, w)| (*gid, f32::from(*w) / upem)).collect();
        let notdef = advances.get(&0).copied().unwrap_or(0.6);
        Some(Face { bytes, glyphs: parsed.codepoint_to_glyph, advances, notdef })
    }

    fn advance(&self, ch: char) -> f32 {
        self.glyphs.get(&u32::from(ch)).and_then(|g| self.advances.get(g)).copied().unwrap_or(self.notdef)
    }

    /// A font holding only the glyphs of `chars` (and .notdef), with a Unicode cmap, parsed
    /// for embedding.
    fn subset(&self, chars: &BTreeSet<char>) -> Result<ParsedFont> {
        let render = |e: String| Error::Render(format!("font subset: {e}"));
        let gids: BTreeSet<u16> = chars.iter().filter_map(|c| self.glyphs.get(&u32::from(*c)).copied()).collect();
        let ids: Vec<u16> = std::iter::once(0).chain(gids.into_iter().filter(|g| *g != 0)).collect();
        let font = ReadScope::new(self.bytes).read::<FontData<'_>>().map_err(|e| render(e.to_string()))?;
        let provider = font.table_provider(0).map_err(|e| render(e.to_string()))?;
        let bytes = allsorts::subset::subset(&provider, &ids, &SubsetProfile::Pdf, CmapTarget::Unicode)
            .map_err(|e| render(e.to_string()))?;
        ParsedFont::from_bytes(&bytes, 0, &mut Vec::new()).ok_or_else(|| render("cannot parse the subset".into()))
    }
}

/// The two faces documents use.
#[derive(Debug)]
pub(crate) struct Fonts {
    regular: Face,
    bold: Face,
}

static FONTS: LazyLock<Option<Fonts>> =
    LazyLock::new(|| Some(Fonts { regular: Face::parse(REGULAR)?, bold: Face::parse(BOLD)? }));

impl Fonts {
    /// The embedded fonts, parsed on first use.
    pub(crate) fn get() -> Result<&'static Fonts> {
        FONTS.as_ref().ok_or_else(|| Error::Render("the embedded font cannot be read".into()))
    }

    fn face(&self, kind: FontKind) -> &Face {
        match kind {
            FontKind::Regular => &self.regular,
            FontKind::Bold => &self.bold,
        }
    }

    /// Whether the face can draw `ch` (white space always counts as drawable).
    pub(crate) fn covers(&self, kind: FontKind, ch: char) -> bool {
        ch.is_whitespace() || self.face(kind).glyphs.contains_key(&u32::from(ch))
    }

    pub(crate) fn subset(&self, kind: FontKind, chars: &BTreeSet<char>) -> Result<ParsedFont> {
        self.face(kind).subset(chars)
    }
}

impl Measure for Fonts {
    fn advance(&self, font: FontKind, ch: char) -> f32 {
        self.face(font).advance(ch)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::layout::Style;

    #[test]
    fn covers_latin_extended_and_cyrillic() {
        let fonts = Fonts::get().unwrap();
        for ch in "ąćęłńóśźżĄĆĘŁŃÓŚŹŻäöüßÄÖÜéèêëçàùœÆØÅåñáíúčšžőűřůğışțăâîЖжЩщЪъЮюЯяЁёЇїЄє„“”–—€•".chars()
        {
            assert!(fonts.covers(FontKind::Regular, ch) && fonts.covers(FontKind::Bold, ch), "{ch}");
        }
    }

    #[test]
    fn knows_what_it_cannot_draw() {
        let fonts = Fonts::get().unwrap();
        assert!(!fonts.covers(FontKind::Regular, '漢'));
        assert!(!fonts.covers(FontKind::Bold, '🚀'));
    }

    #[test]
    fn widths_come_from_the_glyphs() {
        let fonts = Fonts::get().unwrap();
        let s = Style::regular(10.0);
        assert!(fonts.width(s, "WWW") > fonts.width(s, "iii") * 2.0);
        assert!(fonts.width(Style::bold(10.0), "Custos") > fonts.width(s, "Custos"));
        // DejaVu Sans: a space is 651/2048 em.
        assert!((fonts.advance(FontKind::Regular, ' ') - 651.0 / 2048.0).abs() < 1e-4);
    }

    #[test]
    fn a_subset_keeps_only_what_is_used() {
        let fonts = Fonts::get().unwrap();
        let chars: BTreeSet<char> = "Łódź Жюль".chars().collect();
        let sub = fonts.subset(FontKind::Regular, &chars).unwrap();
        assert!(sub.original_bytes.len() < 40_000, "{}", sub.original_bytes.len());
        for ch in chars {
            assert!(sub.lookup_glyph_index(u32::from(ch)).is_some(), "{ch}");
        }
    }
}
