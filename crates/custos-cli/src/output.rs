//! Printing results: JSON when asked (`--json`), otherwise short text for a person.

use serde::Serialize;

use crate::error::CliResult;

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
            println!(
                "{}  {}",
                pad(&format!("{label}:"), width + 1),
                v.replace('\n', &format!("\n{}  ", " ".repeat(width + 1)))
            );
        }
    }
}
