//! The same blocks as a PDF, as one self-contained HTML page (for a firm's website): plain
//! semantic markup, every text escaped, no scripts, no external resources.

use crate::i18n::Language;
use crate::layout::Block;

/// Escapes text for HTML content and attribute values.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Escaped text whose line breaks become `<br>`.
fn lines(text: &str) -> String {
    text.split('\n').map(escape).collect::<Vec<_>>().join("<br>\n")
}

const STYLE: &str = "body{font-family:'DejaVu Sans',Verdana,sans-serif;max-width:46em;margin:2em auto;padding:0 1em;\
line-height:1.45;color:#111}h1{font-size:1.6em}h2{font-size:1.2em;margin-top:1.6em}h3{font-size:1.05em;margin-top:1.2em}\
dl{display:grid;grid-template-columns:minmax(8em,14em) 1fr;gap:.25em 1em}dt{font-weight:bold}dd{margin:0}\
.note{color:#555;font-size:.85em}table{border-collapse:collapse}th,td{border:1px solid #999;padding:.3em;vertical-align:top}";

/// A whole HTML page from `blocks`.
pub(crate) fn page(language: Language, title: &str, blocks: &[Block]) -> String {
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n");
    out.push_str(&format!("<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n", language.code()));
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str(&format!("<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n", escape(title)));
    for block in blocks {
        match block {
            Block::Title(t) => out.push_str(&format!("<h1>{}</h1>\n", escape(t))),
            Block::Heading(t) => out.push_str(&format!("<h2>{}</h2>\n", escape(t))),
            Block::Subheading(t) => out.push_str(&format!("<h3>{}</h3>\n", escape(t))),
            Block::Paragraph(t) => out.push_str(&format!("<p>{}</p>\n", lines(t))),
            Block::Note(t) => out.push_str(&format!("<p class=\"note\">{}</p>\n", lines(t))),
            Block::Bullets(items) => {
                out.push_str("<ul>\n");
                for item in items {
                    out.push_str(&format!("<li>{}</li>\n", lines(item)));
                }
                out.push_str("</ul>\n");
            }
            Block::Fields(fields) => {
                out.push_str("<dl>\n");
                for (label, value) in fields {
                    out.push_str(&format!("<dt>{}</dt><dd>{}</dd>\n", escape(label), lines(value)));
                }
                out.push_str("</dl>\n");
            }
            Block::Table(table) => {
                out.push_str("<table>\n<thead><tr>");
                for c in &table.columns {
                    out.push_str(&format!("<th>{}</th>", escape(&c.title)));
                }
                out.push_str("</tr></thead>\n<tbody>\n");
                for row in &table.rows {
                    out.push_str("<tr>");
                    for cell in row {
                        let parts: Vec<String> = cell
                            .0
                            .iter()
                            .map(|(font, text)| match font {
                                crate::layout::FontKind::Bold => format!("<strong>{}</strong>", lines(text)),
                                crate::layout::FontKind::Regular => lines(text),
                            })
                            .collect();
                        out.push_str(&format!("<td>{}</td>", parts.join("<br>\n")));
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</tbody>\n</table>\n");
            }
            // Preformatted: a browser neither wraps nor hyphenates it.
            Block::Code(t) => out.push_str(&format!("<pre><strong>{}</strong></pre>\n", escape(t))),
        }
    }
    out.push_str("</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(escape(r#"<b>Tom & "Jerry"</b> 'x'"#), "&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt; &#39;x&#39;");
        assert_eq!(escape("Łódź — Щ"), "Łódź — Щ");
    }

    #[test]
    fn blocks_become_semantic_markup() {
        let html = page(
            Language::Pl,
            "Klauzula <informacyjna>",
            &[
                Block::Title("Klauzula".into()),
                Block::Fields(vec![("Cel".into(), "a\nb".into())]),
                Block::Bullets(vec!["x & y".into()]),
            ],
        );
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"pl\">"));
        assert!(html.contains("<title>Klauzula &lt;informacyjna&gt;</title>"));
        assert!(html.contains("<dt>Cel</dt><dd>a<br>\nb</dd>"));
        assert!(html.contains("<li>x &amp; y</li>"));
        assert!(!html.contains("<script"));
    }
}
