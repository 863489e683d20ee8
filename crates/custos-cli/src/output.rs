//! Printing results: JSON when asked (`--json`), otherwise short text for a person.
//!
//! Text for a person goes through [`say!`] (or [`safe`]): what Custos stores is printed as it
//! was typed or imported, and an imported chat may hold terminal escape sequences or
//! characters that reorder a line. JSON stays exact.

use serde::Serialize;

use crate::error::CliResult;

/// `println!` for text a person reads: control and reordering characters are escaped.
macro_rules! say {
    () => { println!() };
    ($($arg:tt)*) => { println!("{}", $crate::output::safe(&format!($($arg)*))) };
}
pub(crate) use say;

/// `text` made safe to print on a terminal: control characters (other than a line break and a
/// tab) and the characters that reorder text (bidi overrides and isolates) are shown as
/// `\u{…}` escapes, so an imported chat cannot move the cursor, change colours or hide text.
pub fn safe(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if needs_escape(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

fn needs_escape(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{061c}')
}

/// Prints `value` as one line of JSON.
pub fn json<T: Serialize>(value: &T) -> CliResult {
    let text =
        serde_json::to_string(value).map_err(|e| custos_core::Error::Internal(format!("JSON output failed: {e}")))?;
    println!("{text}");
    Ok(())
}

/// A day and time in the computer's zone, minutes precision.
pub fn when(t: chrono::DateTime<chrono::Utc>) -> String {
    t.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M").to_string()
}

/// Pads `text` to `width` characters (not bytes).
pub fn pad(text: &str, width: usize) -> String {
    let n = text.chars().count();
    if n >= width {
        let mut t: String = text.chars().take(width.saturating_sub(1)).collect();
        if n > width {
            t.push('…');
            return t;
        }
        return text.to_owned();
    }
    format!("{text}{}", " ".repeat(width - n))
}

/// Prints "label: value" lines, skipping empty values.
pub fn fields(rows: &[(&str, Option<String>)]) {
    let width = rows.iter().map(|(l, _)| l.chars().count()).max().unwrap_or(0);
    for (label, value) in rows {
        if let Some(v) = value {
            say!(
                "{}  {}",
                pad(&format!("{label}:"), width + 1),
                v.replace('\n', &format!("\n{}  ", " ".repeat(width + 1)))
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_and_reordering_characters_are_shown_as_escapes() {
        assert_eq!(safe("Łucja Żółkiewska\tok\nnext"), "Łucja Żółkiewska\tok\nnext");
        assert_eq!(safe("\x1b[31mred\x1b[0m"), "\\u{1b}[31mred\\u{1b}[0m");
        assert_eq!(safe("a\rb\x7f\u{202e}c"), "a\\u{d}b\\u{7f}\\u{202e}c");
        assert_eq!(safe("\u{9b}2J"), "\\u{9b}2J");
    }
}

/// A percentage on standard error while something long runs (a copy, a re-key), on a
/// terminal only and never with `--json`.
#[derive(Debug, Clone, Copy)]
pub struct Progress {
    label: &'static str,
    shown: bool,
}

impl Progress {
    pub fn new(json: bool, label: &'static str) -> Progress {
        Progress { label, shown: !json && std::io::IsTerminal::is_terminal(&std::io::stderr()) }
    }

    /// `done` of `total` (pages, rows).
    pub fn step(&self, done: u64, total: u64) {
        if self.shown && total > 0 {
            eprint!("\r{} {}%", self.label, done * 100 / total);
        }
    }

    /// Ends the line the percentage was on.
    pub fn finish(&self) {
        if self.shown {
            eprintln!();
        }
    }
}
