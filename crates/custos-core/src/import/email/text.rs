//! A mail's text as stored: `\n` line ends, no control characters, soft-wrapped
//! ("format=flowed") paragraphs joined again, trimmed.

/// `\r\n` and lone `\r` become `\n`; NUL and every other control character except `\n` and
/// `\t` are removed (they are no text, and some break the vault's search or a terminal); the
/// ends of lines and of the whole text are trimmed of spaces.
pub(super) fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                push_line_end(&mut out);
            }
            '\n' => push_line_end(&mut out),
            '\t' => out.push('\t'),
            // The byte-order mark and the invisible format characters that only mark where
            // text came from are no text either.
            c if c.is_control() || c == '\u{feff}' => {}
            c => out.push(c),
        }
    }
    let end = out.trim_end().len();
    out.truncate(end);
    let start = out.len() - out.trim_start().len();
    out.drain(..start);
    out
}

/// Ends a line: the spaces before its end go.
fn push_line_end(out: &mut String) {
    let end = out.trim_end_matches([' ', '\t']).len();
    out.truncate(end);
    out.push('\n');
}

/// Undoes RFC 3676 "format=flowed" (Thunderbird's and Apple Mail's default for plain text): a
/// line ending in a space goes on in the next line of the same quote depth; with `delsp` that
/// space was added by the wrapping and goes. A space that "stuffs" a line (before `>` or
/// `From `) is removed. The signature separator `-- ` is never joined.
pub(super) fn unflow(text: &str, delsp: bool) -> String {
    let mut out = String::with_capacity(text.len());
    // The quote depth of the paragraph being joined, when the last line was soft.
    let mut open: Option<usize> = None;
    for raw in text.split('\n') {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let depth = line.bytes().take_while(|&b| b == b'>').count();
        let body = &line[depth..];
        let body = body.strip_prefix(' ').unwrap_or(body);
        let joins = open == Some(depth);
        if !joins {
            if open.is_some() {
                // A soft line whose paragraph ended with a change of depth: it ends here.
                out.push('\n');
            }
            if !out.is_empty() && open.is_none() {
                out.push('\n');
            }
            for _ in 0..depth {
                out.push('>');
            }
            if depth > 0 {
                out.push(' ');
            }
        }
        let soft = body.ends_with(' ') && body != "-- ";
        if soft {
            out.push_str(if delsp { &body[..body.len() - 1] } else { body });
            open = Some(depth);
        } else {
            out.push_str(body);
            open = None;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_ends_and_controls_are_normalised() {
        assert_eq!(
            normalise("\u{feff}  Dzień dobry,\r\n\r\nżółć\0 \x07\rkoniec\t\n\n"),
            "Dzień dobry,\n\nżółć\nkoniec"
        );
        assert_eq!(normalise("a\u{85}b\tc"), "ab\tc");
        assert_eq!(normalise(" \r\n "), "");
    }

    #[test]
    fn flowed_paragraphs_are_joined_at_their_quote_depth() {
        let flowed = "Dzień dobry, przesyłam \r\nofertę na \r\nsobotę.\r\n\r\n> Czy macie \r\n> wolny termin?\r\n>> Starsze\r\n-- \r\nAnna";
        assert_eq!(
            unflow(flowed, false),
            "Dzień dobry, przesyłam ofertę na sobotę.\n\n> Czy macie wolny termin?\n>> Starsze\n-- \nAnna"
        );
        assert_eq!(unflow("Łódź jest pięk \r\nna.", true), "Łódź jest piękna.");
        // A soft line whose quote depth changes ends its paragraph.
        assert_eq!(unflow("> a \r\nb", false), "> a \nb");
        assert_eq!(unflow(" From here\r\n >not a quote", false), "From here\n>not a quote");
    }
}
