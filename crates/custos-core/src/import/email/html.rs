//! An HTML mail as the text a person reads in it: tags gone, character references decoded,
//! paragraphs, line breaks, list items and table rows on lines of their own, link texts kept
//! (not their addresses), styles, scripts and comments left out, spaces collapsed as a
//! browser does (but kept in `<pre>`).
//!
//! Written here rather than taken from `mail-parser` (whose `body_text` also converts HTML):
//! that one keeps a `<div>` or `<p>`'s text on the previous line, so a newsletter or an
//! Outlook reply came out as one long line. Only its table of named character references is
//! used. One pass, no tree: the output is never longer than the input.

use mail_parser::decoders::html::add_html_token;

/// Elements whose contents are no text at all.
const SKIPPED: &[&str] = &["style", "script", "title", "template", "noscript", "xml", "o:p"];

/// Elements that stand on lines of their own, and whether a blank line sets them apart.
fn block(name: &str) -> Option<usize> {
    Some(match name {
        "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote" | "table" | "ul" | "ol" | "dl" | "pre" | "hr" => 2,
        "div" | "li" | "tr" | "dt" | "dd" | "section" | "article" | "header" | "footer" | "address" | "center"
        | "form" | "fieldset" | "figure" | "figcaption" | "nav" | "main" | "aside" | "caption" | "tbody" | "thead"
        | "tfoot" => 1,
        _ => return None,
    })
}

/// The readable text of `html` (not yet normalised: see `text::normalise`).
pub(super) fn to_text(html: &str) -> String {
    let mut w = Writer { out: String::with_capacity(html.len() / 2), space: false, breaks: 0, pre: 0 };
    let bytes = html.as_bytes();
    let mut i = 0;
    let mut text_from = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        let Some((end, tag)) = read_tag(html, i) else {
            // "a < b": a lone `<` is text.
            i += 1;
            continue;
        };
        w.text(&html[text_from..i]);
        i = end;
        if let Some(Tag { name, close }) = tag {
            if !close && SKIPPED.contains(&name.as_str()) {
                i = skip_to_close(html, i, &name);
            } else {
                w.tag(&name, close);
            }
        }
        text_from = i;
    }
    w.text(&html[text_from.min(html.len())..]);
    w.out
}

struct Tag {
    /// Lower case.
    name: String,
    close: bool,
}

/// Reads the markup that starts with the `<` at `at`: where it ends, and the element it opens
/// or closes (none for a comment or a declaration); `None` when the `<` starts no markup.
fn read_tag(html: &str, at: usize) -> Option<(usize, Option<Tag>)> {
    let bytes = html.as_bytes();
    let rest = &html[at..];
    if let Some(comment) = rest.strip_prefix("<!--") {
        let end = comment.find("-->").map_or(html.len(), |e| at + 4 + e + 3);
        return Some((end, None));
    }
    let mut i = at + 1;
    let close = bytes.get(i) == Some(&b'/');
    if close {
        i += 1;
    }
    let name_start = i;
    while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b':' || bytes[i] == b'-') {
        i += 1;
    }
    let first = bytes.get(name_start).copied().unwrap_or(b' ');
    if !(first.is_ascii_alphabetic() || (first == b'!' || first == b'?') && !close) {
        return None;
    }
    let name = html[name_start..i].to_ascii_lowercase();
    // Attributes, up to the `>` that is not inside quotes.
    let mut quote: Option<u8> = None;
    while i < bytes.len() {
        match (bytes[i], quote) {
            (b'"' | b'\'', None) => quote = Some(bytes[i]),
            (q, Some(open)) if q == open => quote = None,
            (b'>', None) => {
                let tag = (!name.is_empty()).then_some(Tag { name, close });
                return Some((i + 1, tag));
            }
            _ => {}
        }
        i += 1;
    }
    Some((html.len(), None))
}

/// Where the contents of a skipped element (`<style>…</style>`) end: after its closing tag,
/// or at the end when it is never closed.
fn skip_to_close(html: &str, from: usize, name: &str) -> usize {
    let closing = format!("</{name}");
    let rest = html.get(from..).unwrap_or_default();
    let mut at = 0;
    while let Some(found) = rest[at..].find("</") {
        let start = at + found;
        let candidate = &rest[start..];
        if candidate.len() >= closing.len()
            && candidate.as_bytes()[..closing.len()].eq_ignore_ascii_case(closing.as_bytes())
        {
            return match candidate.find('>') {
                Some(end) => from + start + end + 1,
                None => html.len(),
            };
        }
        at = start + 2;
    }
    html.len()
}

struct Writer {
    out: String,
    /// A space is owed before the next word.
    space: bool,
    /// Line breaks owed before the next word (the largest asked for).
    breaks: usize,
    /// How many `<pre>` elements are open.
    pre: usize,
}

impl Writer {
    fn tag(&mut self, name: &str, close: bool) {
        if name == "br" {
            self.breaks += 1;
            self.space = false;
        } else if let Some(lines) = block(name) {
            self.block(lines);
            if name == "pre" {
                self.pre = if close { self.pre.saturating_sub(1) } else { self.pre + 1 };
            }
            if name == "li" && !close {
                self.word("• ");
                self.space = false;
            }
        } else if matches!(name, "td" | "th") && close {
            self.space = true;
        }
    }

    /// Asks for `lines` line breaks (1: a new line, 2: a blank line) before the next text.
    fn block(&mut self, lines: usize) {
        if !self.out.is_empty() {
            self.breaks = self.breaks.max(lines);
        }
        self.space = false;
    }

    /// Text between tags, with its character references.
    fn text(&mut self, raw: &str) {
        if raw.is_empty() {
            return;
        }
        let mut decoded = String::with_capacity(raw.len());
        let mut rest = raw;
        while let Some(amp) = rest.find('&') {
            decoded.push_str(&rest[..amp]);
            let after = &rest[amp..];
            // A reference is `&name;`, `&#123;` or `&#x1F600;`, at most 32 bytes long.
            let end = after
                .char_indices()
                .take(33)
                .skip(1)
                .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '#'))
                .filter(|&(_, c)| c == ';')
                .map(|(i, _)| i);
            match end {
                Some(end) if end > 1 => {
                    add_html_token(&mut decoded, &after.as_bytes()[..=end], false);
                    rest = &after[end + 1..];
                }
                _ => {
                    decoded.push('&');
                    rest = &after[1..];
                }
            }
        }
        decoded.push_str(rest);
        if self.pre > 0 {
            self.flush();
            self.out.push_str(&decoded);
            return;
        }
        for (i, word) in decoded.split(|c: char| c.is_whitespace()).enumerate() {
            if i > 0 {
                self.space = true;
            }
            // Newsletters pad their hidden preview text with zero-width characters.
            if !word
                .chars()
                .all(|c| matches!(c, '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' | '\u{34f}'))
            {
                self.word(word);
            }
        }
    }

    fn flush(&mut self) {
        if self.breaks > 0 {
            if !self.out.is_empty() {
                for _ in 0..self.breaks.min(2) {
                    self.out.push('\n');
                }
            }
            self.breaks = 0;
            self.space = false;
        } else if self.space {
            if !self.out.is_empty() && !self.out.ends_with('\n') {
                self.out.push(' ');
            }
            self.space = false;
        }
    }

    fn word(&mut self, word: &str) {
        self.flush();
        self.out.push_str(word);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_go_and_blocks_break_lines() {
        let html = "<html><head><title>Oferta</title><style>p { color: red }</style></head>\
            <body><div>Dzień dobry,</div><div>w załączniku <b>oferta</b>.<br>Pozdrawiam</div>\
            <p>Łucja&nbsp;Wróbel &amp; S-ka</p><!-- <p>ukryte</p> --><ul><li>jeden</li><li>dwa</li></ul>\
            <p>Więcej na <a href=\"https://example.pl/?a=1&amp;b=2\">naszej stronie</a>.</p></body></html>";
        assert_eq!(
            to_text(html),
            "Dzień dobry,\nw załączniku oferta.\nPozdrawiam\n\nŁucja Wróbel & S-ka\n\n• jeden\n• dwa\n\nWięcej na naszej stronie."
        );
    }

    #[test]
    fn references_spaces_and_stray_brackets() {
        assert_eq!(to_text("a &lt; b &#x142;&#243;d&#378; &copy &unknown; &"), "a < b łódź &copy &unknown; &");
        assert_eq!(to_text("x < y and\n\n   z"), "x < y and z");
        assert_eq!(to_text("<pre>  a\n  b</pre>c"), "  a\n  b\n\nc");
        assert_eq!(
            to_text("<table><tr><td>Größe</td><td>42</td></tr><tr><td>Farbe</td></tr></table>"),
            "Größe 42\nFarbe"
        );
        assert_eq!(to_text("<p title='a > b'>ok</p><script>alert('<p>')</script><STYLE>x</STYLE>end"), "ok\n\nend");
        assert_eq!(to_text("<style>never closed"), "");
        assert_eq!(to_text("<b"), "");
        assert_eq!(to_text("Podgląd&nbsp;&zwnj;&nbsp;&zwnj;&#8203;<p>Treść</p>"), "Podgląd\n\nTreść");
    }
}
