//! `--import-chat N`: a Telegram Desktop full export (`result.json`, "Export Telegram data" as
//! machine-readable JSON) of the firm's account, with N messages in personal chats with about
//! N / 2,000 people (Polish, German and Bulgarian names), laid out as Telegram Desktop writes it
//! (one space of indentation, `text` as a string or as a list of strings and entities beside
//! `text_entities`, photos, voice messages and stickers, edits and replies, calls as service
//! messages). 80 % of the people have a card, found by their whole name as the account saw it;
//! the others' chats match nobody and are left out.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, Offset, Utc};
use custos_core::address_book::ContactDraft;
use custos_core::contact_points::{Label, Labelled};

use crate::conversations::Workload;
use crate::lang::{LANGS, Lang};
use crate::people::person;
use crate::rng::Rng;
use crate::text::message;

/// The seed of the generated export.
const SEED: u64 = 0x7E1E_6A4A_2026;
/// The firm's account, which made the export.
const ME: i64 = 6_098_765_432;
const MY_NAME: &str = "Pracownia Źdźbło";
/// 2024-01-02: the first chat starts.
const FROM: i64 = 1_704_189_600;
const SPAN: i64 = 365 * 24 * 3600;
/// Share of the people who have a card before the import.
const WITH_CARD: f64 = 0.8;
/// Messages per chat, on average.
const PER_CHAT: usize = 2_000;

/// The target: 200,000 messages read, previewed and imported in 5 s.
pub const TARGET: Duration = Duration::from_secs(5);

/// A string as JSON, as Telegram Desktop writes it (UTF-8 as is, `/` escaped).
fn json(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '/' => out.push_str("\\/"),
            '\n' => out.push_str("\\n"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The `date` (wall-clock time where the export was made, Warsaw) and `date_unixtime` fields.
fn dates(secs: i64, prefix: &str, indent: &str, out: &mut String) {
    let warsaw = FixedOffset::east_opt(3600).unwrap_or_else(|| Utc.fix());
    let local = DateTime::<Utc>::from_timestamp(secs, 0).unwrap_or_default().with_timezone(&warsaw);
    let _ = write!(
        out,
        "{indent}\"{prefix}\": \"{}\",\n{indent}\"{prefix}_unixtime\": \"{secs}\",\n",
        local.format("%Y-%m-%dT%H:%M:%S")
    );
}

/// The entities of a text as Telegram splits it: plain runs, a bold word, a link, a mention.
fn entities(rng: &mut Rng, text: &str) -> Vec<(&'static str, String)> {
    let words: Vec<&str> = text.split(' ').collect();
    if words.len() < 4 || rng.chance(0.85) {
        return vec![("plain", text.to_owned())];
    }
    let at = 1 + rng.index(words.len() - 2);
    let (kind, special) = match rng.below(3) {
        0 => ("bold", words[at].to_owned()),
        1 => ("link", format!("https://{}/oferta", "pracownia-zdzblo.pl")),
        _ => ("mention", "@pracownia_zdzblo".to_owned()),
    };
    vec![
        ("plain", format!("{} ", words[..at].join(" "))),
        (kind, special),
        ("plain", format!(" {}", words[at + 1..].join(" "))),
    ]
}

fn write_entities(parts: &[(&'static str, String)], indent: &str, out: &mut String) {
    for (i, (kind, text)) in parts.iter().enumerate() {
        let comma = if i + 1 < parts.len() { "," } else { "" };
        let _ = write!(
            out,
            "{indent} {{\n{indent}  \"type\": \"{kind}\",\n{indent}  \"text\": {}\n{indent} }}{comma}\n",
            json(text)
        );
    }
}

/// One message of a personal chat, at `secs`, from the firm (`mine`) or from `peer`.
#[allow(clippy::too_many_arguments)]
fn write_message(
    rng: &mut Rng,
    id: u64,
    secs: i64,
    mine: bool,
    peer: (&str, i64),
    lang: usize,
    last_id: Option<u64>,
    out: &mut String,
) {
    const IND: &str = "      ";
    let (from, from_id) = if mine { (MY_NAME, ME) } else { peer };
    let _ = write!(out, "     {{\n{IND}\"id\": {id},\n");
    let roll = rng.below(100);
    if roll < 2 {
        // A call: a service message, skipped by the import.
        let _ = writeln!(out, "{IND}\"type\": \"service\",");
        dates(secs, "date", IND, out);
        let _ = write!(
            out,
            "{IND}\"actor\": {},\n{IND}\"actor_id\": \"user{from_id}\",\n{IND}\"action\": \"phone_call\",\n{IND}\"duration_seconds\": {},\n{IND}\"discard_reason\": \"hangup\",\n{IND}\"text\": \"\",\n{IND}\"text_entities\": []\n     }}",
            json(from),
            rng.range(20, 900)
        );
        return;
    }
    let _ = writeln!(out, "{IND}\"type\": \"message\",");
    dates(secs, "date", IND, out);
    if rng.chance(0.05) {
        dates(secs + rng.range(30, 3600), "edited", IND, out);
    }
    let _ = write!(out, "{IND}\"from\": {},\n{IND}\"from_id\": \"user{from_id}\",\n", json(from));
    if let Some(to) = last_id.filter(|_| rng.chance(0.1)) {
        let _ = writeln!(out, "{IND}\"reply_to_message_id\": {to},");
    }
    let stamp = DateTime::<Utc>::from_timestamp(secs, 0).unwrap_or_default().format("%d-%m-%Y_%H-%M-%S");
    let text = match roll {
        2..5 => {
            let _ = write!(
                out,
                "{IND}\"photo\": \"photos\\/photo_{id}@{stamp}.jpg\",\n{IND}\"photo_file_size\": {},\n{IND}\"width\": 1280,\n{IND}\"height\": 960,\n",
                rng.range(40_000, 400_000)
            );
            if rng.chance(0.5) { message(rng, &LANGS[lang].phrases, lang) } else { String::new() }
        }
        5..6 => {
            let _ = write!(
                out,
                "{IND}\"file\": \"voice_messages\\/audio_{id}@{stamp}.ogg\",\n{IND}\"file_size\": {},\n{IND}\"media_type\": \"voice_message\",\n{IND}\"mime_type\": \"audio\\/ogg\",\n{IND}\"duration_seconds\": {},\n",
                rng.range(5_000, 300_000),
                rng.range(2, 120)
            );
            String::new()
        }
        6..7 => {
            let emoji = *rng.pick(&["👍", "🙂", "🙏", "👌"]);
            let _ = write!(
                out,
                "{IND}\"file\": \"(File not included. Change data exporting settings to download.)\",\n{IND}\"file_size\": {},\n{IND}\"thumbnail\": \"(File not included. Change data exporting settings to download.)\",\n{IND}\"thumbnail_file_size\": 4212,\n{IND}\"media_type\": \"sticker\",\n{IND}\"sticker_emoji\": \"{emoji}\",\n{IND}\"width\": 512,\n{IND}\"height\": 512,\n",
                rng.range(10_000, 60_000)
            );
            String::new()
        }
        _ => message(rng, &LANGS[lang].phrases, lang),
    };
    let parts = if text.is_empty() { Vec::new() } else { entities(rng, &text) };
    if parts.len() > 1 {
        let _ = writeln!(out, "{IND}\"text\": [");
        for (i, (kind, t)) in parts.iter().enumerate() {
            let comma = if i + 1 < parts.len() { "," } else { "" };
            if *kind == "plain" {
                let _ = writeln!(out, "{IND} {}{comma}", json(t));
            } else {
                let _ = write!(
                    out,
                    "{IND} {{\n{IND}  \"type\": \"{kind}\",\n{IND}  \"text\": {}\n{IND} }}{comma}\n",
                    json(t)
                );
            }
        }
        let _ = writeln!(out, "{IND}],");
    } else {
        let _ = writeln!(out, "{IND}\"text\": {},", json(&text));
    }
    if parts.is_empty() {
        let _ = write!(out, "{IND}\"text_entities\": []\n     }}");
    } else {
        let _ = writeln!(out, "{IND}\"text_entities\": [");
        write_entities(&parts, IND, out);
        let _ = write!(out, "{IND}]\n     }}");
    }
}

/// The workload: the export of `n` messages and the cards of the people who have one.
pub fn workload(n: usize) -> Workload {
    let start = Instant::now();
    let mut rng = Rng::new(SEED);
    let langs: Vec<usize> = [Lang::Polish, Lang::Polish, Lang::Polish, Lang::German, Lang::Bulgarian]
        .iter()
        .filter_map(|lang| LANGS.iter().position(|l| l.lang == *lang))
        .collect();
    // The people, each a different whole name (a chat's sender is known by it alone).
    let chats = n.div_ceil(PER_CHAT).max(1);
    let mut names = HashSet::new();
    let mut people = Vec::with_capacity(chats);
    while people.len() < chats {
        let lang = *rng.pick(&langs);
        let p = person(&mut rng, lang);
        if names.insert(p.display_name()) {
            people.push((p, rng.chance(WITH_CARD)));
        }
    }
    // Each chat's share of the messages: uneven, adding up to n.
    let weights: Vec<f64> = (0..chats).map(|_| 0.2 + rng.unit() * 1.6).collect();
    let total: f64 = weights.iter().sum();
    let mut sizes: Vec<usize> = weights.iter().map(|w| (n as f64 * w / total) as usize).collect();
    let short = n - sizes.iter().sum::<usize>().min(n);
    if let Some(first) = sizes.first_mut() {
        *first += short;
    }

    let mut out = String::with_capacity(n * 420);
    out.push_str("{\n \"about\": \"Here is the data you requested. Remember: Telegram is ad free, it doesn't use your data for ad targeting and doesn't store it on its servers to deliver advertisement.\",\n");
    let _ = write!(
        out,
        " \"personal_information\": {{\n  \"user_id\": {ME},\n  \"first_name\": \"Pracownia\",\n  \"last_name\": \"Źdźbło\",\n  \"phone_number\": \"+48 42 630 1234\",\n  \"username\": \"@pracownia_zdzblo\",\n  \"bio\": \"Szkolenia i catering • Łódź\"\n }},\n"
    );
    out.push_str(" \"chats\": {\n  \"about\": \"This page lists all chats from this export.\",\n  \"list\": [\n");
    let mut id = 1_000u64;
    for (c, ((p, _), size)) in people.iter().zip(&sizes).enumerate() {
        let peer_id = 7_000_000_000 + c as i64 * 7919;
        let name = p.display_name();
        let _ = write!(
            out,
            "   {{\n    \"name\": {},\n    \"type\": \"personal_chat\",\n    \"id\": {peer_id},\n    \"messages\": [\n",
            json(&name)
        );
        let mut secs = FROM + rng.range(0, SPAN);
        let mut mine = rng.chance(0.3);
        let mut last = None;
        for i in 0..*size {
            id += 1 + rng.below(3);
            write_message(&mut rng, id, secs, mine, (&name, peer_id), p.lang, last, &mut out);
            out.push_str(if i + 1 < *size { ",\n" } else { "\n" });
            last = Some(id);
            secs += if rng.chance(0.8) { rng.range(20, 900) } else { rng.range(3600, 4 * 24 * 3600) };
            if rng.chance(0.45) {
                mine = !mine;
            }
        }
        let comma = if c + 1 < people.len() { "," } else { "" };
        let _ = write!(out, "    ]\n   }}{comma}\n");
    }
    out.push_str("  ]\n }\n}\n");

    let cards = people
        .iter()
        .filter(|(_, has)| *has)
        .enumerate()
        .map(|(i, (p, _))| ContactDraft {
            line: i + 2,
            display_name: Some(p.display_name()),
            given_name: Some(p.first.clone()),
            family_name: Some(p.last.clone()),
            phones: vec![Labelled {
                value: format!(
                    "{} 6{:02} {:03} {:03}",
                    p.data().phone_prefix,
                    i % 100,
                    (i * 37) % 1000,
                    (i * 91) % 1000
                ),
                label: Label::Mobile,
                primary: true,
            }],
            ..Default::default()
        })
        .collect();
    Workload {
        title: "Chat import (Telegram Desktop export)",
        file_name: "bench-telegram-result.json",
        described: format!(
            "a Telegram Desktop export (`result.json`) of {n} messages in {chats} personal chats of the firm's account with people of Polish, German and Bulgarian names (seed {SEED:#x})"
        ),
        file: out.into_bytes(),
        generated: start.elapsed(),
        cards,
        matched_by: "the people's whole names as the firm's Telegram account has them, and a mobile number",
        staff: vec!["biuro@pracownia-zdzblo.pl".into()],
        target: TARGET,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use custos_core::import::telegram;

    #[test]
    fn the_export_reads_back_as_telegram_writes_it() {
        let work = workload(5_000);
        let text = std::str::from_utf8(&work.file).unwrap();
        let export = telegram::parse(text, Utc.fix()).unwrap();
        assert_eq!(export.threads.len(), 3);
        let kept: usize = export.threads.iter().map(|t| t.messages.len()).sum();
        assert_eq!(kept + export.skipped, 5_000, "every message read, calls skipped");
        assert!((40..200).contains(&export.skipped), "{}", export.skipped);
        let all: Vec<_> = export.threads.iter().flat_map(|t| &t.messages).collect();
        assert!(all.iter().any(|m| m.from.staff) && all.iter().any(|m| !m.from.staff));
        assert!(all.iter().any(|m| m.text.contains("@pracownia_zdzblo")), "entities joined");
        assert!(all.iter().any(|m| m.text.contains('ł') || m.text.contains('ą')));
        assert!(all.iter().any(|m| !m.attachments.is_empty()));
        assert!(all.windows(2).all(|w| w[0].at <= w[1].at || w[0].line > w[1].line));
        let title = export.threads[0].title.as_deref().unwrap();
        assert!(work.cards.iter().filter(|c| c.display_name.as_deref() == Some(title)).count() <= 1);
    }
}
