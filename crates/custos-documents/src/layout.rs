//! The layout engine: blocks (headings, paragraphs, lists, tables) become positioned text
//! and rules on A4 pages. Pure: it knows glyph widths through [`Measure`] and nothing about
//! PDF, so wrapping and pagination are tested without rendering.
//!
//! Pagination keeps things together: a heading never ends a page (it moves to the page where
//! the content after it starts), and a table's header row is always followed on its page by
//! the first row, or by the first part of a row too tall for a page.
//!
//! Coordinates are PostScript points (1/72 inch) from the page's top-left corner; a text
//! item's `y` is its baseline.

/// Which face of the embedded font.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FontKind {
    Regular,
    Bold,
}

/// Glyph widths: the advance of a character in em (1.0 = the font size).
pub trait Measure {
    fn advance(&self, font: FontKind, ch: char) -> f32;

    /// The width of `text` at `size` points.
    fn width(&self, style: Style, text: &str) -> f32 {
        text.chars().map(|c| self.advance(style.font, c)).sum::<f32>() * style.size
    }
}

/// A face and a size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub font: FontKind,
    pub size: f32,
}

impl Style {
    pub const fn regular(size: f32) -> Style {
        Style { font: FontKind::Regular, size }
    }

    pub const fn bold(size: f32) -> Style {
        Style { font: FontKind::Bold, size }
    }

    /// The distance between two baselines.
    pub fn line_height(self) -> f32 {
        self.size * 1.32
    }

    /// From the top of a line to its baseline.
    fn ascent(self) -> f32 {
        self.size * 0.95
    }

    fn with_font(self, font: FontKind) -> Style {
        Style { font, ..self }
    }
}

/// Breaks `text` into lines no wider than `max_width`: at spaces, keeping explicit line
/// breaks ("\n"), and inside a word only when the word alone is too wide. An empty line in
/// the text stays an empty line.
pub fn wrap(measure: &impl Measure, style: Style, text: &str, max_width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for hard in text.split('\n') {
        let mut line = String::new();
        for word in hard.split_whitespace() {
            let candidate = if line.is_empty() { word.to_owned() } else { format!("{line} {word}") };
            if measure.width(style, &candidate) <= max_width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if measure.width(style, word) <= max_width {
                line = word.to_owned();
            } else {
                // A word wider than the line (a German compound, an e-mail address, a URL): break
                // it by characters, with a hyphen where the break falls between two letters.
                // Not in addresses, where a hyphen would read as part of them.
                let hyphenate = !word.contains(['@', '/', ':', '.']);
                let mut chars = word.chars().peekable();
                while let Some(ch) = chars.next() {
                    let mut next = line.clone();
                    next.push(ch);
                    let hyphen = hyphenate && ch.is_alphabetic() && chars.peek().is_some_and(|c| c.is_alphabetic());
                    let room = if hyphen { format!("{next}-") } else { next.clone() };
                    if !line.is_empty() && measure.width(style, &room) > max_width {
                        let mut full = std::mem::replace(&mut line, ch.to_string());
                        if hyphenate && full.chars().last().is_some_and(char::is_alphabetic) && ch.is_alphabetic() {
                            full.push('-');
                        }
                        lines.push(full);
                    } else {
                        line = next;
                    }
                }
            }
        }
        lines.push(line);
    }
    lines
}

/// A column of a table: its title and its share of the width (weights, any scale).
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub title: String,
    pub weight: f32,
}

/// A table cell: paragraphs, each in a face (e.g. a bold name above its description).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cell(pub Vec<(FontKind, String)>);

impl Cell {
    pub fn text(text: impl Into<String>) -> Cell {
        Cell(vec![(FontKind::Regular, text.into())])
    }

    /// A bold first paragraph, then regular text (left out when empty).
    pub fn titled(title: impl Into<String>, body: impl Into<String>) -> Cell {
        let body = body.into();
        let mut parts = vec![(FontKind::Bold, title.into())];
        if !body.trim().is_empty() {
            parts.push((FontKind::Regular, body));
        }
        Cell(parts)
    }
}

/// A table whose header row repeats on every page it spans.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
}

/// What a document is made of.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Title(String),
    Heading(String),
    /// A smaller heading inside a section (e.g. one purpose of a notice).
    Subheading(String),
    Paragraph(String),
    /// A small grey line of text (a reference, a note).
    Note(String),
    Bullets(Vec<String>),
    /// Labels and values in two columns, labels bold.
    Fields(Vec<(String, String)>),
    Table(Table),
    /// One line to be copied character by character (a recovery code): large and bold,
    /// centred in a framed box, never wrapped or hyphenated; made smaller only as far as the
    /// width needs, so it always stays whole on one line.
    Code(String),
}

impl Block {
    /// A title, heading or subheading: it keeps with the content after it.
    fn is_heading(&self) -> bool {
        matches!(self, Block::Title(_) | Block::Heading(_) | Block::Subheading(_))
    }
}

/// Something drawn on a page.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Text {
        x: f32,
        y: f32,
        style: Style,
        grey: f32,
        text: String,
    },
    /// A straight line `width` points thick.
    Rule {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        grey: f32,
    },
    /// A filled rectangle, `y` is its top edge.
    Fill {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        grey: f32,
    },
}

/// One laid-out page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Page {
    pub items: Vec<Item>,
}

impl Page {
    /// The page's text, item by item (for tests).
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.items.iter().filter_map(|i| match i {
            Item::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
    }
}

/// Paper size and margins; the header and footer sit inside the margins' band.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageSetup {
    pub width: f32,
    pub height: f32,
    pub margin_x: f32,
    pub margin_top: f32,
    pub margin_bottom: f32,
    /// Space the running header takes above the body.
    pub header: f32,
    /// Space the footer takes below the body.
    pub footer: f32,
    pub body: Style,
    pub table: Style,
}

/// A4 is 210 × 297 mm.
const A4_SHORT: f32 = 595.28;
const A4_LONG: f32 = 841.89;

impl PageSetup {
    pub fn a4_portrait() -> PageSetup {
        PageSetup {
            width: A4_SHORT,
            height: A4_LONG,
            margin_x: 62.0,
            margin_top: 40.0,
            margin_bottom: 36.0,
            header: 34.0,
            footer: 26.0,
            body: Style::regular(10.0),
            table: Style::regular(8.5),
        }
    }

    pub fn a4_landscape() -> PageSetup {
        PageSetup {
            width: A4_LONG,
            height: A4_SHORT,
            margin_x: 40.0,
            margin_top: 32.0,
            margin_bottom: 30.0,
            header: 30.0,
            footer: 22.0,
            body: Style::regular(9.5),
            table: Style::regular(8.0),
        }
    }

    pub fn content_width(&self) -> f32 {
        self.width - 2.0 * self.margin_x
    }

    fn body_top(&self) -> f32 {
        self.margin_top + self.header
    }

    fn body_bottom(&self) -> f32 {
        self.height - self.margin_bottom - self.footer
    }
}

/// The running header and footer of every page.
#[derive(Debug, Clone, PartialEq)]
pub struct Furniture {
    /// Left of the header: the firm's name.
    pub header_left: String,
    /// Right of the header: the document's date.
    pub header_right: String,
}

const CELL_PAD_X: f32 = 3.5;
const CELL_PAD_Y: f32 = 3.0;
const HEADER_GREY: f32 = 0.9;
const RULE_GREY: f32 = 0.55;
const NOTE_GREY: f32 = 0.35;
const CODE_FILL_GREY: f32 = 0.93;
/// A code's largest size, as a multiple of the body text's.
const CODE_SCALE: f32 = 2.0;
/// A row taller than what is left of the page moves to the next one unless at least this
/// many of its lines fit; then it breaks across the pages.
const MIN_SPLIT_LINES: usize = 3;

/// A point in the layout to come back to: the page, how many items it had, and `y`.
#[derive(Debug, Clone, Copy)]
struct Mark {
    page: usize,
    items: usize,
    y: f32,
    at_top: bool,
}

/// Lays blocks out page by page.
#[derive(Debug)]
pub struct Layout<'m, M: Measure> {
    setup: PageSetup,
    measure: &'m M,
    pages: Vec<Page>,
    y: f32,
}

impl<'m, M: Measure> Layout<'m, M> {
    pub fn new(setup: PageSetup, measure: &'m M) -> Self {
        Layout { setup, measure, pages: vec![Page::default()], y: setup.body_top() }
    }

    /// Lays out `blocks`, then puts the header and "page X of Y" (from `footer(x, y)`) on
    /// every page.
    pub fn run(
        setup: PageSetup,
        measure: &'m M,
        blocks: &[Block],
        furniture: &Furniture,
        footer: impl Fn(usize, usize) -> String,
    ) -> Vec<Page> {
        let mut layout = Layout::new(setup, measure);
        layout.blocks(blocks);
        layout.finish(furniture, footer)
    }

    /// Lays out `blocks` in order. A heading (title, heading or subheading) keeps with what
    /// follows it: when the next content would only start on a later page, the heading (with
    /// the headings just before it) moves to that page too.
    pub fn blocks(&mut self, blocks: &[Block]) {
        // The first heading of the run of headings just laid out, and where it started.
        let mut run: Option<(usize, Mark)> = None;
        for (i, block) in blocks.iter().enumerate() {
            let before = self.mark();
            self.block(block);
            let moved = self.pages.len() > before.page + 1 && self.pages[before.page].items.len() == before.items;
            if let Some((first, start)) = run.as_mut()
                && moved
                && !start.at_top
            {
                // What follows the headings starts on a later page: they go there too.
                self.rewind(start);
                self.new_page();
                *start = self.mark();
                for b in &blocks[*first..=i] {
                    self.block(b);
                }
            }
            if !block.is_heading() {
                run = None;
            } else if run.is_none() {
                run = Some((i, before));
            }
        }
    }

    /// Where the layout is now.
    fn mark(&self) -> Mark {
        let page = self.pages.len().saturating_sub(1);
        Mark { page, items: self.pages.get(page).map_or(0, |p| p.items.len()), y: self.y, at_top: self.at_top() }
    }

    /// Takes back everything laid out since `mark`.
    fn rewind(&mut self, mark: &Mark) {
        self.pages.truncate(mark.page + 1);
        if let Some(page) = self.pages.get_mut(mark.page) {
            page.items.truncate(mark.items);
        }
        self.y = mark.y;
    }

    fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.pages.push(Page::default());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn at_top(&self) -> bool {
        self.y <= self.setup.body_top() + 0.01
    }

    fn room(&self) -> f32 {
        self.setup.body_bottom() - self.y
    }

    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = self.setup.body_top();
    }

    /// Space before a block, dropped at the top of a page.
    fn gap(&mut self, points: f32) {
        if !self.at_top() {
            self.y += points;
        }
    }

    /// Makes sure `height` fits below, else starts a new page.
    fn keep(&mut self, height: f32) {
        if height > self.room() && !self.at_top() {
            self.new_page();
        }
    }

    fn text(&mut self, x: f32, top: f32, style: Style, grey: f32, text: String) {
        if !text.is_empty() {
            let y = top + style.ascent();
            self.page().items.push(Item::Text { x, y, style, grey, text });
        }
    }

    /// Lines of text at the left margin (or indented), page breaks between lines.
    fn lines(&mut self, x: f32, style: Style, grey: f32, lines: Vec<String>) {
        for line in lines {
            self.keep(style.line_height());
            let top = self.y;
            self.text(x, top, style, grey, line);
            self.y += style.line_height();
        }
    }

    pub fn block(&mut self, block: &Block) {
        let s = self.setup;
        let width = s.content_width();
        match block {
            Block::Title(text) => {
                let style = Style::bold(s.body.size * 1.6);
                self.gap(style.size);
                let lines = wrap(self.measure, style, text, width);
                self.keep(style.line_height() * lines.len() as f32 + s.body.line_height() * 3.0);
                self.lines(s.margin_x, style, 0.0, lines);
                self.y += style.size * 0.3;
            }
            Block::Heading(text) => {
                let style = Style::bold(s.body.size * 1.2);
                self.gap(style.size * 0.9);
                let lines = wrap(self.measure, style, text, width);
                // Keep a heading with at least three lines of what follows it.
                self.keep(style.line_height() * lines.len() as f32 + s.body.line_height() * 3.0 + 4.0);
                self.lines(s.margin_x, style, 0.0, lines);
                self.y += 3.0;
            }
            Block::Subheading(text) => {
                let style = Style::bold(s.body.size * 1.05);
                self.gap(style.size * 0.8);
                let lines = wrap(self.measure, style, text, width);
                self.keep(style.line_height() * lines.len() as f32 + s.body.line_height() * 3.0);
                self.lines(s.margin_x, style, 0.0, lines);
                self.y += 1.5;
            }
            Block::Paragraph(text) => {
                self.gap(s.body.size * 0.5);
                let lines = wrap(self.measure, s.body, text, width);
                self.lines(s.margin_x, s.body, 0.0, lines);
            }
            Block::Note(text) => {
                let style = Style::regular(s.body.size * 0.85);
                self.gap(s.body.size * 0.3);
                let lines = wrap(self.measure, style, text, width);
                self.lines(s.margin_x, style, NOTE_GREY, lines);
            }
            Block::Bullets(items) => {
                let indent = s.body.size * 1.3;
                for item in items {
                    self.gap(s.body.size * 0.3);
                    let lines = wrap(self.measure, s.body, item, width - indent);
                    self.keep(s.body.line_height());
                    let top = self.y;
                    self.text(s.margin_x + s.body.size * 0.25, top, s.body, 0.0, "•".to_owned());
                    self.lines(s.margin_x + indent, s.body, 0.0, lines);
                }
            }
            Block::Fields(fields) => self.fields(fields),
            Block::Table(table) => self.table(table),
            Block::Code(text) => self.code(text),
        }
    }

    fn code(&mut self, text: &str) {
        let s = self.setup;
        let pad = s.body.size;
        let inner = s.content_width() - 2.0 * pad;
        let mut style = Style::bold(s.body.size * CODE_SCALE);
        let natural = self.measure.width(style, text);
        if natural > inner {
            style.size *= inner / natural;
        }
        let height = style.line_height() + 2.0 * pad;
        self.gap(s.body.size * 0.8);
        self.keep(height);
        let (left, top, width) = (s.margin_x, self.y, s.content_width());
        let x = left + (width - self.measure.width(style, text)) / 2.0;
        // The line's extra leading split above and below, so the glyphs sit in the middle.
        let baseline = top + pad + (style.line_height() - style.size) / 2.0 + style.ascent();
        let items = &mut self.page().items;
        items.push(Item::Fill { x: left, y: top, w: width, h: height, grey: CODE_FILL_GREY });
        let rule = |x1, y1, x2, y2| Item::Rule { x1, y1, x2, y2, width: 1.2, grey: 0.0 };
        let (right, bottom) = (left + width, top + height);
        items.extend([
            rule(left, top, right, top),
            rule(left, bottom, right, bottom),
            rule(left, top, left, bottom),
            rule(right, top, right, bottom),
        ]);
        if !text.is_empty() {
            items.push(Item::Text { x, y: baseline, style, grey: 0.0, text: text.to_owned() });
        }
        self.y = bottom;
    }

    fn fields(&mut self, fields: &[(String, String)]) {
        let s = self.setup;
        let label_style = s.body.with_font(FontKind::Bold);
        let widest = fields.iter().map(|(l, _)| self.measure.width(label_style, l)).fold(0.0, f32::max);
        let label_width = (widest + s.body.size).min(s.content_width() * 0.35);
        let value_width = s.content_width() - label_width;
        self.gap(s.body.size * 0.5);
        for (label, value) in fields {
            let labels = wrap(self.measure, label_style, label, label_width - s.body.size * 0.5);
            let values = wrap(self.measure, s.body, value, value_width);
            let n = labels.len().max(values.len());
            self.keep(s.body.line_height() * n.min(4) as f32);
            for i in 0..n {
                self.keep(s.body.line_height());
                let top = self.y;
                if let Some(l) = labels.get(i) {
                    self.text(s.margin_x, top, label_style, 0.0, l.clone());
                }
                if let Some(v) = values.get(i) {
                    self.text(s.margin_x + label_width, top, s.body, 0.0, v.clone());
                }
                self.y += s.body.line_height();
            }
            self.y += s.body.size * 0.25;
        }
    }

    /// The x offset and width of each column.
    fn columns(&self, table: &Table) -> Vec<(f32, f32)> {
        let total: f32 = table.columns.iter().map(|c| c.weight.max(0.0)).sum::<f32>().max(f32::EPSILON);
        let mut x = self.setup.margin_x;
        table
            .columns
            .iter()
            .map(|c| {
                let w = self.setup.content_width() * c.weight.max(0.0) / total;
                let col = (x, w);
                x += w;
                col
            })
            .collect()
    }

    /// A cell's lines, each with its face.
    fn cell_lines(&self, cell: &Cell, style: Style, width: f32) -> Vec<(FontKind, String)> {
        let inner = (width - 2.0 * CELL_PAD_X).max(style.size);
        let mut out = Vec::new();
        for (font, text) in &cell.0 {
            for line in wrap(self.measure, style.with_font(*font), text, inner) {
                out.push((*font, line));
            }
        }
        out
    }

    /// A row's cells as lines.
    fn row_lines(&self, row: &[Cell], cols: &[(f32, f32)]) -> Vec<Vec<(FontKind, String)>> {
        row.iter().zip(cols).map(|(c, (_, w))| self.cell_lines(c, self.setup.table, *w)).collect()
    }

    fn table(&mut self, table: &Table) {
        let s = self.setup;
        let style = s.table;
        let lh = style.line_height();
        let cols = self.columns(table);
        let header_cells: Vec<Cell> =
            table.columns.iter().map(|c| Cell(vec![(FontKind::Bold, c.title.clone())])).collect();
        let header: Vec<Vec<(FontKind, String)>> =
            header_cells.iter().zip(&cols).map(|(c, (_, w))| self.cell_lines(c, style, *w)).collect();
        let header_lines = header.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let header_height = header_lines as f32 * lh + 2.0 * CELL_PAD_Y;

        let full_page = fitting_lines(s.body_bottom() - s.body_top() - header_height, lh);

        self.gap(s.body.size * 0.6);
        // The header row never stands alone at the foot of a page: the first row (or, when
        // that row breaks across pages, its first part) follows it on the same page.
        let first = table.rows.first().map_or(0, |row| row_height(&self.row_lines(row, &cols)));
        let fits = fitting_lines(self.room() - header_height, lh);
        let alone = header_height > self.room() || (first > 0 && row_part(first, 0, fits, full_page) == 0);
        if alone && !self.at_top() {
            self.new_page();
        }
        self.table_segment(&cols, &header, 0, header_lines, true);

        for row in &table.rows {
            let cells = self.row_lines(row, &cols);
            let total = row_height(&cells);
            let mut done = 0;
            while done < total {
                let n = row_part(total - done, done, fitting_lines(self.room(), lh), full_page);
                if n > 0 {
                    self.table_segment(&cols, &cells, done, n, false);
                    done += n;
                }
                if done < total {
                    self.new_page();
                    self.table_segment(&cols, &header, 0, header_lines, true);
                }
            }
        }
    }

    /// Draws lines `from..from + n` of a row's cells, with its borders.
    fn table_segment(
        &mut self,
        cols: &[(f32, f32)],
        cells: &[Vec<(FontKind, String)>],
        from: usize,
        n: usize,
        header: bool,
    ) {
        let style = self.setup.table;
        let lh = style.line_height();
        let top = self.y;
        let height = n as f32 * lh + 2.0 * CELL_PAD_Y;
        let left = self.setup.margin_x;
        let right = left + self.setup.content_width();
        let items = &mut self.page().items;
        if header {
            items.push(Item::Fill { x: left, y: top, w: right - left, h: height, grey: HEADER_GREY });
        }
        for (lines, (x, _)) in cells.iter().zip(cols) {
            for (i, (font, text)) in lines.iter().skip(from).take(n).enumerate() {
                if text.is_empty() {
                    continue;
                }
                let st = style.with_font(*font);
                let line_top = top + CELL_PAD_Y + i as f32 * lh;
                items.push(Item::Text {
                    x: x + CELL_PAD_X,
                    y: line_top + st.ascent(),
                    style: st,
                    grey: 0.0,
                    text: text.clone(),
                });
            }
        }
        let bottom = top + height;
        let rule = |x1, y1, x2, y2| Item::Rule { x1, y1, x2, y2, width: 0.5, grey: RULE_GREY };
        items.push(rule(left, top, right, top));
        items.push(rule(left, bottom, right, bottom));
        items.push(rule(left, top, left, bottom));
        for (x, w) in cols {
            items.push(rule(x + w, top, x + w, bottom));
        }
        self.y = bottom;
    }

    /// Adds the running header and the footer, now that the number of pages is known.
    pub fn finish(mut self, furniture: &Furniture, footer: impl Fn(usize, usize) -> String) -> Vec<Page> {
        let s = self.setup;
        let style = Style::regular(8.0);
        let bold = style.with_font(FontKind::Bold);
        let total = self.pages.len();
        let right_width = self.measure.width(style, &furniture.header_right);
        let left_room = s.content_width() - right_width - 12.0;
        let left = wrap(self.measure, bold, &furniture.header_left, left_room).into_iter().next().unwrap_or_default();
        for (i, page) in self.pages.iter_mut().enumerate() {
            let base = s.margin_top + bold.ascent();
            page.items.push(Item::Text { x: s.margin_x, y: base, style: bold, grey: 0.2, text: left.clone() });
            page.items.push(Item::Text {
                x: s.width - s.margin_x - right_width,
                y: base,
                style,
                grey: 0.2,
                text: furniture.header_right.clone(),
            });
            let rule_y = s.margin_top + style.line_height() + 3.0;
            page.items.push(Item::Rule {
                x1: s.margin_x,
                y1: rule_y,
                x2: s.width - s.margin_x,
                y2: rule_y,
                width: 0.6,
                grey: RULE_GREY,
            });
            let text = footer(i + 1, total);
            let w = self.measure.width(style, &text);
            let y = s.height - s.margin_bottom;
            page.items.push(Item::Text { x: (s.width - w) / 2.0, y, style, grey: 0.2, text });
        }
        self.pages
    }
}

/// A row's height in lines: its tallest cell, at least one.
fn row_height(cells: &[Vec<(FontKind, String)>]) -> usize {
    cells.iter().map(Vec::len).max().unwrap_or(1).max(1)
}

/// How many of a row's `left` lines (`done` already drawn) go on this page, where `fits`
/// lines fit and a fresh page takes `full_page`: all of them if they fit; none if the row has
/// not started and fits a fresh page whole (it moves there rather than break); else as many as
/// fit, if that is at least [`MIN_SPLIT_LINES`] (or all that is left).
fn row_part(left: usize, done: usize, fits: usize, full_page: usize) -> usize {
    if left <= fits {
        left
    } else if done == 0 && left <= full_page {
        0
    } else if fits >= MIN_SPLIT_LINES.min(left) {
        fits
    } else {
        0
    }
}

/// How many lines of height `lh` (plus the cell padding) fit in `room`.
fn fitting_lines(room: f32, lh: f32) -> usize {
    let usable = room - 2.0 * CELL_PAD_Y;
    if usable < lh { 0 } else { (usable / lh + 1e-3).floor() as usize }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    /// Every character is half an em wide, bold ones 0.6.
    struct Mono;

    impl Measure for Mono {
        fn advance(&self, font: FontKind, _: char) -> f32 {
            match font {
                FontKind::Regular => 0.5,
                FontKind::Bold => 0.6,
            }
        }
    }

    const S: Style = Style::regular(10.0);

    #[test]
    fn wraps_at_spaces_within_the_width() {
        // 5 pt a character: 40 pt is 8 characters.
        assert_eq!(wrap(&Mono, S, "one two three four", 40.0), ["one two", "three", "four"]);
        assert_eq!(wrap(&Mono, S, "one two", 35.0), ["one two"]);
        assert_eq!(wrap(&Mono, S, "", 40.0), [""]);
    }

    #[test]
    fn breaks_an_address_without_a_hyphen() {
        assert_eq!(wrap(&Mono, S, "biuro@kaluza.pl", 40.0), ["biuro@ka", "luza.pl"]);
    }

    #[test]
    fn keeps_hard_breaks_and_collapses_spaces() {
        assert_eq!(wrap(&Mono, S, "a  b\n\nc", 100.0), ["a b", "", "c"]);
    }

    #[test]
    fn breaks_a_word_wider_than_the_line() {
        assert_eq!(
            wrap(&Mono, S, "ab averyveryverylongword cd", 40.0),
            ["ab", "averyve-", "ryveryl-", "ongword", "cd"]
        );
    }

    #[test]
    fn wraps_by_the_width_of_each_glyph() {
        struct Wide;
        impl Measure for Wide {
            fn advance(&self, _: FontKind, c: char) -> f32 {
                if c == 'W' { 1.0 } else { 0.25 }
            }
        }
        // "WWW iii": 3×10 + 2.5 + 3×2.5 = 40 pt.
        assert_eq!(wrap(&Wide, S, "WWW iii", 40.0), ["WWW iii"]);
        assert_eq!(wrap(&Wide, S, "WWW WWW", 40.0), ["WWW", "WWW"]);
    }

    fn furniture() -> Furniture {
        Furniture { header_left: "Firma Łódź".into(), header_right: "1 March 2026".into() }
    }

    fn run(blocks: &[Block]) -> Vec<Page> {
        Layout::run(PageSetup::a4_portrait(), &Mono, blocks, &furniture(), |p, n| format!("page {p} of {n}"))
    }

    #[test]
    fn every_page_gets_the_header_and_page_x_of_y() {
        let text = "word ".repeat(4000);
        let pages = run(&[Block::Title("T".into()), Block::Paragraph(text)]);
        assert!(pages.len() > 2);
        let n = pages.len();
        for (i, page) in pages.iter().enumerate() {
            let texts: Vec<&str> = page.texts().collect();
            assert!(texts.contains(&"Firma Łódź"), "{texts:?}");
            assert!(texts.contains(&"1 March 2026"));
            assert!(texts.contains(&format!("page {} of {n}", i + 1).as_str()));
        }
    }

    #[test]
    fn body_text_stays_between_header_and_footer() {
        let s = PageSetup::a4_portrait();
        let pages = run(&[Block::Paragraph("word ".repeat(3000)), Block::Bullets(vec!["x ".repeat(300); 20])]);
        for page in &pages {
            for item in &page.items {
                if let Item::Text { y, x, text, style, .. } = item {
                    assert!(*x >= s.margin_x - 0.01);
                    assert!(x + Mono.width(*style, text) <= s.width - s.margin_x + 0.01, "{text}");
                    assert!(*y <= s.height - s.margin_bottom + 0.01);
                }
            }
        }
    }

    #[test]
    fn a_heading_is_not_left_alone_at_the_bottom() {
        let s = PageSetup::a4_portrait();
        // Fill the page so that only a line or two is left, then a heading.
        let per_page = ((s.body_bottom() - s.body_top()) / s.body.line_height()) as usize;
        let filler = vec!["x".to_owned(); per_page - 2].join("\n");
        let pages = run(&[Block::Paragraph(filler), Block::Heading("Heading".into()), Block::Paragraph("body".into())]);
        assert_eq!(pages.len(), 2);
        assert!(pages[1].texts().any(|t| t == "Heading"));
        assert!(!pages[0].texts().any(|t| t == "Heading"));
    }

    fn table(rows: usize, lines_per_cell: usize) -> Table {
        Table {
            columns: vec![Column { title: "No.".into(), weight: 1.0 }, Column { title: "Purpose".into(), weight: 4.0 }],
            rows: (1..=rows)
                .map(|i| {
                    let body = (0..lines_per_cell).map(|l| format!("r{i}l{l}")).collect::<Vec<_>>().join("\n");
                    vec![Cell::text(i.to_string()), Cell::text(body)]
                })
                .collect(),
        }
    }

    #[test]
    fn a_long_table_repeats_its_header_on_every_page() {
        let pages = run(&[Block::Table(table(120, 2))]);
        assert!(pages.len() >= 3, "{}", pages.len());
        for page in &pages {
            let texts: Vec<&str> = page.texts().collect();
            assert_eq!(texts.iter().filter(|t| **t == "Purpose").count(), 1, "{texts:?}");
        }
        // Every row is there once, in order.
        let all: Vec<String> = pages.iter().flat_map(|p| p.texts().map(str::to_owned).collect::<Vec<_>>()).collect();
        let firsts: Vec<&String> = all.iter().filter(|t| t.ends_with("l0")).collect();
        assert_eq!(firsts.len(), 120);
        assert_eq!(firsts[0], "r1l0");
        assert_eq!(firsts[119], "r120l0");
    }

    #[test]
    fn rows_that_fit_move_whole_to_the_next_page() {
        let pages = run(&[Block::Table(table(40, 5))]);
        for page in &pages {
            let texts: Vec<&str> = page.texts().collect();
            for i in 1..=40 {
                let has_first = texts.contains(&format!("r{i}l0").as_str());
                let has_last = texts.contains(&format!("r{i}l4").as_str());
                assert_eq!(has_first, has_last, "row {i} was split");
            }
        }
    }

    #[test]
    fn a_row_taller_than_a_page_breaks_across_pages_under_the_header() {
        let pages = run(&[Block::Paragraph("intro".into()), Block::Table(table(2, 150))]);
        assert!(pages.len() >= 3);
        let all: Vec<String> = pages.iter().flat_map(|p| p.texts().map(str::to_owned).collect::<Vec<_>>()).collect();
        for l in 0..150 {
            assert_eq!(all.iter().filter(|t| **t == format!("r1l{l}")).count(), 1, "line {l}");
        }
        assert!(pages.iter().all(|p| p.texts().any(|t| t == "Purpose")));
    }

    /// `lines` lines of body text, one word each.
    fn filler(lines: usize) -> Block {
        Block::Paragraph(vec!["x".to_owned(); lines].join("\n"))
    }

    fn lines_per_page() -> usize {
        let s = PageSetup::a4_portrait();
        ((s.body_bottom() - s.body_top()) / s.body.line_height()) as usize
    }

    /// Whether a page holds a table's header ("Purpose") with no row of the table after it.
    fn header_alone(page: &Page) -> bool {
        let texts: Vec<&str> = page.texts().collect();
        texts.iter().position(|t| *t == "Purpose").is_some_and(|at| !texts[at..].iter().any(|t| t.starts_with('r')))
    }

    #[test]
    fn a_header_row_is_never_alone_at_the_foot_of_a_page() {
        // Whatever is left of the page, the header is followed by the first row (five lines,
        // which moves whole) or the table starts on the next page.
        for before in 0..lines_per_page() {
            let pages = run(&[filler(before), Block::Table(table(3, 5))]);
            for (i, page) in pages.iter().enumerate() {
                assert!(!header_alone(page), "{before} lines before: page {} has the header alone", i + 1);
            }
            let all: Vec<String> =
                pages.iter().flat_map(|p| p.texts().map(str::to_owned).collect::<Vec<_>>()).collect();
            assert_eq!(all.iter().filter(|t| t.starts_with('r') && t.ends_with("l0")).count(), 3, "{before}");
        }
    }

    #[test]
    fn a_header_row_keeps_the_first_part_of_a_row_that_breaks() {
        // The first row is taller than a page: the header goes where at least its first lines
        // can follow.
        for before in 0..lines_per_page() {
            let pages = run(&[filler(before), Block::Table(table(1, 150))]);
            assert!(pages.iter().all(|p| !header_alone(p)), "{before} lines before: a header alone");
            let all: Vec<String> =
                pages.iter().flat_map(|p| p.texts().map(str::to_owned).collect::<Vec<_>>()).collect();
            for l in 0..150 {
                assert_eq!(all.iter().filter(|t| **t == format!("r1l{l}")).count(), 1, "{before}: line {l}");
            }
        }
    }

    #[test]
    fn a_heading_keeps_with_the_table_after_it() {
        for before in 0..lines_per_page() {
            for blocks in [
                vec![filler(before), Block::Heading("Heading".into()), Block::Table(table(3, 5))],
                vec![
                    filler(before),
                    Block::Heading("Heading".into()),
                    Block::Subheading("Sub".into()),
                    Block::Table(table(1, 150)),
                ],
            ] {
                let pages = run(&blocks);
                let with_heading: Vec<&Page> = pages.iter().filter(|p| p.texts().any(|t| t == "Heading")).collect();
                assert_eq!(with_heading.len(), 1, "{before}");
                let texts: Vec<&str> = with_heading[0].texts().collect();
                assert!(texts.contains(&"Purpose") && texts.contains(&"r1l0"), "{before} lines before: {texts:?}");
                assert!(pages.iter().all(|p| !header_alone(p)), "{before}");
            }
        }
    }

    #[test]
    fn a_heading_at_the_top_of_a_page_stays_before_a_table_taller_than_the_page() {
        let pages = run(&[Block::Heading("Heading".into()), Block::Table(table(1, 150))]);
        assert!(pages[0].texts().any(|t| t == "Heading") && pages[0].texts().any(|t| t == "r1l0"));
    }

    #[test]
    fn a_code_stays_whole_on_one_line_inside_its_frame() {
        let s = PageSetup::a4_portrait();
        let short = "7KQ2M-X9D4P";
        let long = ["7KQ2M", "X9D4P", "0RT8V", "WWWWW", "MMMMM", "H3JK6", "YZ1AB"].join("-").repeat(2);
        for code in [short, long.as_str()] {
            let pages = run(&[Block::Paragraph("intro".into()), Block::Code(code.to_owned())]);
            assert_eq!(pages.len(), 1);
            let drawn: Vec<(&str, f32, f32)> = pages[0]
                .items
                .iter()
                .filter_map(|i| match i {
                    Item::Text { text, x, style, .. } if text.contains('-') => Some((text.as_str(), *x, style.size)),
                    _ => None,
                })
                .collect();
            assert_eq!(drawn.len(), 1, "{drawn:?}");
            let (text, x, size) = drawn[0];
            assert_eq!(text, code);
            assert!(x >= s.margin_x, "{x}");
            assert!(x + Mono.width(Style::bold(size), text) <= s.width - s.margin_x + 0.01);
            assert!(pages[0].items.iter().any(|i| matches!(i, Item::Fill { .. })));
        }
        // A short code is drawn at its full size, a long one smaller.
        let size = |code: &str| {
            run(&[Block::Code(code.to_owned())])[0]
                .items
                .iter()
                .find_map(|i| match i {
                    Item::Text { text, style, .. } if text == code => Some(style.size),
                    _ => None,
                })
                .unwrap()
        };
        assert_eq!(size(short), s.body.size * CODE_SCALE);
        assert!(size(&long) < s.body.size * CODE_SCALE);
    }

    #[test]
    fn fitting_lines_counts_whole_lines_only() {
        assert_eq!(fitting_lines(2.0 * CELL_PAD_Y + 25.0, 10.0), 2);
        assert_eq!(fitting_lines(2.0 * CELL_PAD_Y + 30.0, 10.0), 3);
        assert_eq!(fitting_lines(5.0, 10.0), 0);
    }
}
