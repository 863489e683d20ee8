//! Physical lines → content lines (`[group.]NAME[;param…]:value`): folded lines are joined,
//! a quoted-printable value runs on over its `=` soft line breaks, a vCard 2.1 base64 value
//! over the lines of base64 that follow it; the name and parameters are read, the value is
//! left as bytes for [`super::value`] to decode.

/// One content line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct ContentLine {
    /// The (first) physical line it is on, 1-based.
    pub line: usize,
    /// The property name in upper case, without its group (`item1.EMAIL` → `EMAIL`).
    pub name: String,
    pub params: Params,
    /// What comes before the colon, as written: to show the line in a message.
    pub head: Vec<u8>,
    /// The value as the file has it: unfolded; a quoted-printable value keeps its soft
    /// line breaks (`=` CR LF) for the decoder.
    pub value: Vec<u8>,
}

/// The parameters Custos reads; the others are skipped.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Params {
    /// `TYPE=` values and vCard 2.1 bare types (`TEL;CELL;PREF`), in lower case.
    pub types: Vec<String>,
    /// How preferred it is: `PREF=n` (4.0), or 1 for `TYPE=pref` / a bare `PREF`. Lower is more.
    pub pref: Option<u32>,
    /// `ENCODING=` or a 2.1 bare encoding (`QUOTED-PRINTABLE`), in upper case.
    pub encoding: Option<String>,
    /// `CHARSET=` as written.
    pub charset: Option<String>,
    /// `VALUE=` in lower case (`uri` for a `tel:` URI).
    pub value_type: Option<String>,
}

impl Params {
    pub fn quoted_printable(&self) -> bool {
        self.encoding.as_deref() == Some("QUOTED-PRINTABLE")
    }

    pub fn base64(&self) -> bool {
        matches!(self.encoding.as_deref(), Some("BASE64" | "B"))
    }

    fn prefer(&mut self, rank: u32) {
        self.pref = Some(self.pref.map_or(rank, |p| p.min(rank)));
    }

    fn add_type(&mut self, t: &str) {
        let t = t.trim().to_ascii_lowercase();
        if t == "pref" {
            self.prefer(1);
        } else if !t.is_empty() {
            self.types.push(t);
        }
    }
}

/// The physical lines of a text, ending at LF, CR LF or a lone CR: each one's number and bytes.
#[derive(Debug, Clone)]
struct Physical<'a> {
    rest: Option<&'a [u8]>,
    number: usize,
}

fn physical_lines(text: &[u8]) -> Physical<'_> {
    Physical { rest: Some(text), number: 0 }
}

impl<'a> Iterator for Physical<'a> {
    type Item = (usize, &'a [u8]);

    fn next(&mut self) -> Option<Self::Item> {
        let current = self.rest?;
        self.number += 1;
        match current.iter().position(|&b| b == b'\n' || b == b'\r') {
            Some(at) => {
                let skip = if current[at] == b'\r' && current.get(at + 1) == Some(&b'\n') { 2 } else { 1 };
                self.rest = Some(&current[at + skip..]);
                Some((self.number, &current[..at]))
            }
            None => {
                self.rest = None;
                Some((self.number, current))
            }
        }
    }
}

fn is_blank(line: &[u8]) -> bool {
    line.iter().all(|b| matches!(b, b' ' | b'\t'))
}

fn is_base64(line: &[u8]) -> bool {
    !is_blank(line) && line.iter().all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=' | b' ' | b'\t'))
}

/// Reads content lines one after another.
#[derive(Debug)]
pub(super) struct Reader<'a> {
    lines: std::iter::Peekable<Physical<'a>>,
    /// The number of the last physical line read.
    last: usize,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a [u8]) -> Self {
        Reader { lines: physical_lines(text).peekable(), last: 0 }
    }

    /// The next content line, skipping blank lines; `None` at the end of the text; a line
    /// that is no property (no colon, or no name before it) as [`Malformed`].
    /// `keep_fold_whitespace` is vCard 2.1's unfolding (RFC 822: only the line break goes);
    /// 3.0 and 4.0 also drop the one space or tab that starts a folded line.
    pub fn next_line(&mut self, keep_fold_whitespace: bool) -> Option<Result<ContentLine, Malformed>> {
        let (start, first) = loop {
            let (n, line) = self.lines.next()?;
            self.last = n;
            if !is_blank(line) {
                break (n, line);
            }
        };
        let mut buf = first.to_vec();
        let mut head = header(&buf);
        loop {
            let quoted = head.as_ref().is_some_and(|(_, p, _)| p.quoted_printable());
            // A quoted-printable soft line break first: the next line goes on with the value
            // even when it starts with a space (which is then a character of the value).
            if quoted && buf.trim_ascii_end().ends_with(b"=") {
                let Some((n, next)) = self.lines.next() else { break };
                self.last = n;
                buf.extend_from_slice(b"\r\n");
                buf.extend_from_slice(next);
            } else if let Some((n, next)) =
                self.lines.next_if(|(_, l)| l.first().is_some_and(|b| matches!(b, b' ' | b'\t')))
            {
                self.last = n;
                let piece = if keep_fold_whitespace { next } else { &next[1..] };
                buf.extend_from_slice(piece);
                if head.is_none() && piece.contains(&b':') {
                    head = header(&buf);
                }
            } else if let Some((n, _)) =
                self.lines.next_if(|(_, l)| head.as_ref().is_some_and(|(_, p, _)| p.base64()) && is_base64(l))
            {
                self.last = n;
            } else {
                break;
            }
        }
        let Some((name, params, colon)) = head else {
            return Some(Err(Malformed { line: start, text: buf }));
        };
        let value = buf.split_off(colon + 1);
        buf.truncate(colon);
        Some(Ok(ContentLine { line: start, name, params, head: buf, value }))
    }

    /// The number of the last physical line read (the file's last line at the end).
    pub fn last_line(&self) -> usize {
        self.last
    }
}

/// A line that is no property: where it starts and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Malformed {
    pub line: usize,
    pub text: Vec<u8>,
}

/// A line as it may be shown in a message: at most 60 characters, controls escaped.
pub(super) fn shown(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut out: String = text.chars().take(60).collect::<String>().escape_debug().collect();
    if text.chars().nth(60).is_some() {
        out.push('…');
    }
    out
}

/// Splits `s` at `sep` where it is not inside double quotes.
fn split_unquoted(s: &[u8], sep: u8) -> Vec<&[u8]> {
    let mut parts = Vec::new();
    let mut quoted = false;
    let mut from = 0;
    for (i, &b) in s.iter().enumerate() {
        if b == b'"' {
            quoted = !quoted;
        } else if b == sep && !quoted {
            parts.push(&s[from..i]);
            from = i + 1;
        }
    }
    parts.push(&s[from..]);
    parts
}

/// Reads `[group.]NAME[;param…]:` at the start of a content line: the name, the parameters
/// and where the colon is; `None` when it is no property.
fn header(line: &[u8]) -> Option<(String, Params, usize)> {
    let mut quoted = false;
    let colon = line.iter().position(|&b| {
        if b == b'"' {
            quoted = !quoted;
        }
        b == b':' && !quoted
    })?;
    let mut parts = split_unquoted(&line[..colon], b';').into_iter();
    let full_name = parts.next().unwrap_or_default();
    let name = full_name.rsplit(|&b| b == b'.').next().unwrap_or_default();
    let valid = |s: &[u8]| !s.is_empty() && s.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'-');
    if !valid(name) || !full_name.split(|&b| b == b'.').all(valid) {
        return None;
    }
    let mut params = Params::default();
    for p in parts {
        let p = p.trim_ascii();
        let Some(eq) = p.iter().position(|&b| b == b'=') else {
            let bare = String::from_utf8_lossy(p).to_ascii_uppercase();
            match bare.as_str() {
                "QUOTED-PRINTABLE" | "BASE64" | "8BIT" | "7BIT" => params.encoding = Some(bare),
                _ => params.add_type(&bare),
            }
            continue;
        };
        let key = String::from_utf8_lossy(&p[..eq]).trim().to_ascii_uppercase();
        let values: Vec<String> = split_unquoted(&p[eq + 1..], b',')
            .into_iter()
            .map(|v| String::from_utf8_lossy(v).trim().trim_matches('"').trim().to_owned())
            .collect();
        let first = || values.first().cloned().unwrap_or_default();
        match key.as_str() {
            "TYPE" => {
                for v in &values {
                    // `TYPE="work,voice"` (4.0): the list is inside the quotes.
                    v.split(',').for_each(|t| params.add_type(t));
                }
            }
            "PREF" => {
                if let Ok(rank) = first().parse::<u32>() {
                    params.prefer(rank);
                }
            }
            "ENCODING" => params.encoding = Some(first().to_ascii_uppercase()),
            "CHARSET" => params.charset = Some(first()),
            "VALUE" => params.value_type = Some(first().to_ascii_lowercase()),
            _ => {}
        }
    }
    Some((String::from_utf8_lossy(name).to_ascii_uppercase(), params, colon))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str, keep: bool) -> Vec<ContentLine> {
        let mut r = Reader::new(text.as_bytes());
        std::iter::from_fn(|| r.next_line(keep)).collect::<Result<_, _>>().unwrap()
    }

    fn value(l: &ContentLine) -> &str {
        std::str::from_utf8(&l.value).unwrap()
    }

    #[test]
    fn physical_lines_end_at_lf_crlf_and_cr() {
        let lines: Vec<(usize, &[u8])> = physical_lines(b"a\r\nb\nc\rd").collect();
        assert_eq!(lines, [(1, &b"a"[..]), (2, b"b"), (3, b"c"), (4, b"d")]);
        let lines: Vec<(usize, &[u8])> = physical_lines(b"a\n").collect();
        assert_eq!(lines, [(1, &b"a"[..]), (2, b"")]);
    }

    #[test]
    fn folded_lines_are_joined_and_blank_lines_skipped() {
        let lines = all("\r\nNOTE:one\r\n  two\r\n\tthree\r\n\r\nFN:x\r\n", false);
        // A folded name and parameters (the colon on a later line) are read too.
        let folded = &all("EMA\n IL;TYPE=wo\n rk\n :a@b\n", false)[0];
        assert_eq!(
            (folded.name.as_str(), folded.params.types.as_slice(), value(folded)),
            ("EMAIL", &["work".to_owned()][..], "a@b")
        );
        assert_eq!(lines.len(), 2);
        assert_eq!((lines[0].line, lines[0].name.as_str(), value(&lines[0])), (2, "NOTE", "one twothree"));
        assert_eq!(lines[1].line, 6);
        // vCard 2.1 unfolds as RFC 822 does: the white space stays.
        assert_eq!(value(&all("NOTE:one\n two\n", true)[0]), "one two");
    }

    #[test]
    fn a_quoted_printable_value_runs_over_its_soft_line_breaks() {
        let text = "NOTE;ENCODING=QUOTED-PRINTABLE:a=\r\n b=\r\n c\r\n d\r\nFN:x\r\n";
        for keep in [false, true] {
            let lines = all(text, keep);
            // A space after a soft line break is the value's; a fold after the last line is a fold.
            assert_eq!(value(&lines[0]), if keep { "a=\r\n b=\r\n c d" } else { "a=\r\n b=\r\n cd" });
            assert_eq!((lines[1].line, lines[1].name.as_str()), (5, "FN"));
        }
        // Without the encoding, a final `=` is only a character.
        assert_eq!(all("NOTE:a=\nFN:x\n", false).len(), 2);
    }

    #[test]
    fn a_base64_value_of_vcard_2_1_takes_the_base64_lines_after_it() {
        let text = "PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQ\nSkZJRgABAQ==\n\nFN:x\n";
        let lines = all(text, true);
        assert_eq!(lines.len(), 2);
        assert_eq!((lines[1].line, lines[1].name.as_str()), (4, "FN"));
    }

    #[test]
    fn names_groups_and_parameters_are_read() {
        let l = &all("item1.email;type=INTERNET;TYPE=\"work,voice\";PREF=3;pref:a@b\n", false)[0];
        assert_eq!(l.name, "EMAIL");
        assert_eq!(l.params.types, ["internet", "work", "voice"]);
        assert_eq!(l.params.pref, Some(1));
        let l = &all("TEL;CELL;PREF;CHARSET=UTF-8;QUOTED-PRINTABLE:1\n", true)[0];
        assert_eq!(l.params.types, ["cell"]);
        assert_eq!(l.params.pref, Some(1));
        assert!(l.params.quoted_printable());
        assert_eq!(l.params.charset.as_deref(), Some("UTF-8"));
        let l = &all("ADR;LABEL=\"a:b;c\";VALUE=URI:x:y\n", false)[0];
        assert_eq!((l.name.as_str(), value(l)), ("ADR", "x:y"));
        assert_eq!(l.params.value_type.as_deref(), Some("uri"));
    }

    #[test]
    fn a_line_that_is_no_property_is_malformed_where_it_starts() {
        for bad in ["no colon here", ":value", "FN NAME:x", "item1.:x", "Ż:x", ".FN:x"] {
            let text = format!("FN:ok\n{bad}\n folded\n");
            let mut r = Reader::new(text.as_bytes());
            assert_eq!(r.next_line(false).unwrap().unwrap().head, b"FN");
            let err = r.next_line(false).unwrap().unwrap_err();
            assert_eq!(err, Malformed { line: 2, text: format!("{bad}folded").into_bytes() });
            assert!(r.next_line(false).is_none());
        }
    }

    #[test]
    fn shown_lines_are_short_and_escaped() {
        assert_eq!(shown(b"a\x1bb"), "a\\u{1b}b");
        assert_eq!(shown("x".repeat(70).as_bytes()).chars().count(), 61);
    }
}
