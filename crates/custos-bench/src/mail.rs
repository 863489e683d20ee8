//! `--import-mail N`: an mbox of N mails between a Polish firm and about 2,000 people
//! (Polish, German and Bulgarian), as Thunderbird keeps one: threads of 1–8 mails whose
//! replies quote what came before, names and subjects in RFC 2047 (UTF-8 or the sender's own
//! charset, Q or B), bodies in quoted-printable or base64, some with an HTML alternative, some
//! HTML only, and a few with files attached as base64 parts. About 10 KB a mail: 20,000 mails
//! make about 200 MB. 80 % of the people have a card (with their one or two addresses): the
//! others' threads match nobody and are left out, as an import would leave them without a
//! choice.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, Offset, TimeZone, Utc};
use custos_core::address_book::ContactDraft;
use custos_core::contact_points::{Label, Labelled};

use crate::conversations::Workload;
use crate::lang::{LANGS, Lang, STAFF};
use crate::people::{ascii_handle, person};
use crate::rng::Rng;
use crate::text::message;

/// The firm whose mailbox it is.
pub const FIRM: &str = "Pracownia Źdźbło sp. z o.o.";
const DOMAIN: &str = "pracownia-zdzblo.pl";
const SIGNATURE: &str = "Pracownia Źdźbło sp. z o.o.\nul. Piotrkowska 120, 90-006 Łódź\ntel. +48 42 630 12 34";
/// The seed of the generated mailbox.
const SEED: u64 = 0x3A11_B0C5_2026;
/// 2024-01-02: the first thread starts; threads start over the two years after.
const FROM: i64 = 1_704_189_600;
const SPAN: i64 = 2 * 365 * 24 * 3600;
/// Share of the people who have a card before the import.
const WITH_CARD: f64 = 0.8;

/// The target: 20,000 mails (about 200 MB) read, previewed and imported in 20 s.
pub const TARGET: Duration = Duration::from_secs(20);

/// Someone who writes or is written to.
#[derive(Debug, Clone)]
struct Someone {
    name: String,
    /// The first is the one on the card first; most people have one.
    addresses: Vec<String>,
    /// Index into [`LANGS`].
    lang: usize,
}

/// How each language writes the parts of a mail around its text.
struct Style {
    greetings: &'static [&'static str],
    closings: &'static [&'static str],
    /// `{date}` and `{name}` are filled.
    attribution: &'static str,
    /// A reply's subject prefix.
    reply: &'static [&'static str],
    /// `{place}` and `{n}` are filled.
    subjects: &'static [&'static str],
    attachments: &'static [&'static str],
    /// The legacy charset some of its mail programs still write.
    legacy: &'static encoding_rs::Encoding,
    offset_hours: i32,
}

fn style(lang: Lang) -> Style {
    match lang {
        Lang::German => Style {
            greetings: &["Guten Tag,", "Sehr geehrte Damen und Herren,", "Hallo zusammen,", "Liebe Frau Wiśniewska,"],
            closings: &["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße aus Görlitz"],
            attribution: "Am {date} schrieb {name}:",
            reply: &["Re: ", "AW: ", "Re: "],
            subjects: &[
                "Anfrage: Termin in {place}",
                "Rechnung Nr. {n}",
                "Bestellung – Rückfrage",
                "Angebot für die Schulung in {place}",
                "Lieferung nach {place}",
                "Änderungen am Vertrag",
                "Besprechung nächste Woche",
            ],
            attachments: &["Rechnung_{n}.pdf", "Übersicht_Lieferungen.xlsx", "Angebot {place}.pdf", "Foto_Büro.jpg"],
            legacy: encoding_rs::ISO_8859_15,
            offset_hours: 1,
        },
        Lang::Bulgarian => Style {
            greetings: &["Здравейте,", "Уважаеми колеги,", "Добър ден,"],
            closings: &["Поздрави", "С уважение", "Хубав ден"],
            attribution: "На {date}, {name} написа:",
            reply: &["Re: ", "Отг: ", "RE: "],
            subjects: &[
                "Запитване за среща в {place}",
                "Фактура № {n}",
                "Поръчка – въпрос",
                "Оферта за обучение в {place}",
                "Доставка до {place}",
                "Промени в договора",
                "Среща следващата седмица",
            ],
            attachments: &["Фактура_{n}.pdf", "Договор {place}.pdf", "снимка_обект.jpg", "Оферта.docx"],
            legacy: encoding_rs::WINDOWS_1251,
            offset_hours: 2,
        },
        _ => Style {
            greetings: &["Dzień dobry,", "Szanowni Państwo,", "Witam serdecznie,", "Dzień dobry Pani Łucjo,"],
            closings: &["Z poważaniem", "Pozdrawiam serdecznie", "Łączę pozdrowienia"],
            attribution: "W dniu {date}, {name} pisze:",
            reply: &["Re: ", "ODP: ", "Re: "],
            subjects: &[
                "Zapytanie o termin w {place}",
                "Faktura nr FV/{n}/2025",
                "Zamówienie – pytanie o dostawę",
                "Oferta na szkolenie w {place}",
                "Dostawa do {place}",
                "Umowa – poprawki",
                "Spotkanie w przyszłym tygodniu",
            ],
            attachments: &[
                "Oferta_{place}_2025.pdf",
                "Faktura FV-{n}-2025.pdf",
                "zdjęcie_sali.jpg",
                "Umowa_źródło.docx",
            ],
            legacy: encoding_rs::ISO_8859_2,
            offset_hours: 1,
        },
    }
}

fn fill(template: &str, rng: &mut Rng, lang: usize) -> String {
    template.replace("{place}", rng.word(LANGS[lang].places)).replace("{n}", &rng.range(100, 4800).to_string())
}

/// The indexes in [`LANGS`] of Polish, German and Bulgarian, and how often each is drawn.
fn languages() -> Vec<(usize, u64)> {
    [(Lang::Polish, 60), (Lang::German, 25), (Lang::Bulgarian, 15)]
        .iter()
        .filter_map(|(lang, weight)| LANGS.iter().position(|l| l.lang == *lang).map(|i| (i, *weight)))
        .collect()
}

fn pick_language(rng: &mut Rng, langs: &[(usize, u64)]) -> usize {
    let mut x = rng.below(langs.iter().map(|(_, w)| w).sum());
    for (i, w) in langs {
        if x < *w {
            return *i;
        }
        x -= w;
    }
    langs.first().map_or(0, |(i, _)| *i)
}

/// `people` people (each a distinct address), then the firm's staff.
fn people(rng: &mut Rng, count: usize) -> (Vec<Someone>, Vec<Someone>) {
    let langs = languages();
    let mut taken = HashSet::new();
    let mut unique = |base: String, domain: &str| {
        let mut address = format!("{base}@{domain}");
        let mut n = 2;
        while !taken.insert(address.clone()) {
            address = format!("{base}{n}@{domain}");
            n += 1;
        }
        address
    };
    let mut out = Vec::with_capacity(count);
    for _ in 0..count {
        let lang = pick_language(rng, &langs);
        let p = person(rng, lang);
        let (first, last) = (ascii_handle(&p.first), ascii_handle(&p.last));
        let domain = rng.word(LANGS[lang].email_domains);
        let mut addresses = vec![unique(format!("{first}.{last}"), domain)];
        // Some write from work too.
        if rng.chance(0.15) {
            let org = ascii_handle(rng.word(LANGS[lang].organisations));
            let org: String = org.chars().take(14).collect();
            addresses.push(unique(format!("{}.{last}", &first[..first.len().min(1)]), &format!("{org}.eu")));
        }
        out.push(Someone { name: p.display_name(), addresses, lang });
    }
    let polish = langs.first().map_or(0, |(i, _)| *i);
    let mut staff = vec![Someone { name: FIRM.into(), addresses: vec![format!("biuro@{DOMAIN}")], lang: polish }];
    for name in STAFF {
        let mut parts = name.split(' ');
        let (first, last) = (parts.next().unwrap_or(name), parts.next().unwrap_or(name));
        let address = format!("{}.{}@{DOMAIN}", ascii_handle(first), ascii_handle(last));
        staff.push(Someone { name: (*name).to_owned(), addresses: vec![address], lang: polish });
    }
    (out, staff)
}

/// One mail before it is written out.
struct Mail {
    at: i64,
    from: (String, String),
    to: Vec<(String, String)>,
    cc: Vec<(String, String)>,
    subject: String,
    id: String,
    /// The Message-IDs before it in its thread, oldest first.
    references: Vec<String>,
    text: String,
    lang: usize,
    dated: bool,
}

fn own_text(rng: &mut Rng, lang: usize, from: &Someone, staff: bool) -> String {
    let s = style(LANGS[lang].lang);
    let mut text = String::with_capacity(2048);
    text.push_str(rng.word(s.greetings));
    text.push_str("\n\n");
    for _ in 0..rng.range(3, 7) {
        text.push_str(&message(rng, &LANGS[lang].phrases, lang));
        text.push(' ');
        text.push_str(&message(rng, &LANGS[lang].phrases, lang));
        text.push_str("\n\n");
    }
    text.push_str(rng.word(s.closings));
    text.push('\n');
    text.push_str(&from.name);
    if staff {
        text.push_str("\n-- \n");
        text.push_str(SIGNATURE);
    }
    text
}

/// The text of a reply: its own, then the mail it answers quoted.
fn quoted(own: String, lang: usize, previous: &Mail, offset: FixedOffset) -> String {
    let date = offset.timestamp_opt(previous.at, 0).single().map(|d| d.format("%d.%m.%Y %H:%M").to_string());
    let attribution = style(LANGS[lang].lang)
        .attribution
        .replace("{date}", &date.unwrap_or_default())
        .replace("{name}", &previous.from.0);
    let mut out = String::with_capacity(own.len() + previous.text.len() + 256);
    out.push_str(&own);
    out.push_str("\n\n");
    out.push_str(&attribution);
    out.push('\n');
    for line in previous.text.lines() {
        out.push_str(if line.starts_with('>') { ">" } else { "> " });
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The mails of the mailbox, oldest first (as they came in), and who has a card.
fn mails(n: usize, rng: &mut Rng) -> (Vec<Mail>, Vec<Someone>, Vec<Someone>, Vec<bool>) {
    let (people, staff) = people(rng, (n / 10).clamp(20, 2000));
    let has_card: Vec<bool> = people.iter().map(|_| rng.chance(WITH_CARD)).collect();
    let addr = |s: &Someone, rng: &mut Rng| {
        let a = if s.addresses.len() > 1 && rng.chance(0.5) { &s.addresses[1] } else { &s.addresses[0] };
        (s.name.clone(), a.clone())
    };
    let mut out: Vec<Mail> = Vec::with_capacity(n);
    let mut thread = 0u64;
    while out.len() < n {
        thread += 1;
        let len = match rng.below(100) {
            0..25 => 1,
            25..50 => 2,
            50..65 => 3,
            65..75 => 4,
            75..83 => 5,
            83..90 => 6,
            90..95 => 7,
            _ => 8,
        }
        .min(n - out.len());
        let who = &people[((people.len() as f64 * rng.unit().powf(1.5)) as usize).min(people.len() - 1)];
        let lang = who.lang;
        let s = style(LANGS[lang].lang);
        let offset = FixedOffset::east_opt(3600 * s.offset_hours).unwrap_or_else(|| Utc.fix());
        let clerk = &staff[1 + rng.index(staff.len() - 1)];
        let colleague = rng.chance(0.1).then(|| &people[rng.index(people.len())]);
        let copy_office = rng.chance(0.15);
        let subject = fill(rng.word(s.subjects), rng, lang);
        let mut at = FROM + rng.range(0, SPAN);
        let mut theirs = rng.chance(0.75);
        let mut thread_mails: Vec<Mail> = Vec::with_capacity(len);
        for i in 0..len {
            let (from, to) = if theirs {
                (addr(who, rng), vec![if i == 0 { addr(&staff[0], rng) } else { addr(clerk, rng) }])
            } else {
                (addr(clerk, rng), vec![addr(who, rng)])
            };
            let mut cc = Vec::new();
            if let Some(c) = colleague {
                cc.push(addr(c, rng));
            }
            if !theirs && copy_office {
                cc.push(addr(&staff[0], rng));
            }
            let writer = if theirs { who } else { clerk };
            let own = own_text(rng, lang, writer, !theirs);
            let (text, subject, references) = match thread_mails.last() {
                Some(previous) => {
                    let mut refs = previous.references.clone();
                    refs.push(previous.id.clone());
                    (quoted(own, lang, previous, offset), format!("{}{subject}", rng.word(s.reply)), refs)
                }
                None => (own, subject.clone(), Vec::new()),
            };
            let domain = from.1.rsplit('@').next().unwrap_or(DOMAIN).to_owned();
            let id = format!("{:08x}-{:04x}-{thread:x}.{i}@{domain}", rng.next_u64() as u32, rng.below(0x10000));
            thread_mails.push(Mail { at, from, to, cc, subject, id, references, text, lang, dated: rng.chance(0.99) });
            at += rng.range(600, 3 * 24 * 3600);
            theirs = if rng.chance(0.8) { !theirs } else { theirs };
        }
        out.extend(thread_mails);
    }
    out.sort_by_key(|m| m.at);
    (out, people, staff, has_card)
}

// Encodings, as mail programs write them.

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], chunk.get(1).copied().unwrap_or(0), chunk.get(2).copied().unwrap_or(0)];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(B64[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Base64 in lines of 76, as a MIME body.
fn base64_lines(bytes: &[u8], out: &mut String) {
    for chunk in bytes.chunks(57) {
        out.push_str(&base64(chunk));
        out.push('\n');
    }
}

/// Quoted-printable (RFC 2045): lines of at most 76, soft breaks, `=XX` for the rest.
fn quoted_printable(bytes: &[u8], out: &mut String) {
    for line in bytes.split(|&b| b == b'\n') {
        let mut width = 0;
        for (i, &b) in line.iter().enumerate() {
            let last = i + 1 == line.len();
            let plain = (b.is_ascii_graphic() && b != b'=') || (b == b' ' && !last);
            let piece = if plain { 1 } else { 3 };
            if width + piece > 75 {
                out.push_str("=\n");
                width = 0;
            }
            if plain {
                out.push(b as char);
            } else {
                out.push_str(&format!("={b:02X}"));
            }
            width += piece;
        }
        out.push('\n');
    }
}

/// An RFC 2047 encoded word (or several, for a long text), in `charset` with Q or B.
fn encoded_words(text: &str, rng: &mut Rng, legacy: &'static encoding_rs::Encoding) -> String {
    if text.is_ascii() {
        return text.to_owned();
    }
    let (bytes, charset) = match legacy.encode(text) {
        (bytes, _, false) if rng.chance(0.25) => (bytes.into_owned(), legacy.name()),
        _ => (text.as_bytes().to_vec(), "UTF-8"),
    };
    let q = rng.chance(0.6);
    let mut words = Vec::new();
    let mut pending: Vec<u8> = Vec::new();
    // Whole characters per word (a UTF-8 sequence is never split), each word short enough for
    // RFC 2047's 75 characters.
    let mut flush = |pending: &mut Vec<u8>| {
        if !pending.is_empty() {
            let encoded = if q { q_encode(pending) } else { base64(pending) };
            words.push(format!("=?{charset}?{}?{encoded}?=", if q { "Q" } else { "B" }));
        }
        pending.clear();
    };
    let mut i = 0;
    while i < bytes.len() {
        let width = if charset == "UTF-8" { utf8_width(bytes[i]) } else { 1 };
        let next = &bytes[i..(i + width).min(bytes.len())];
        pending.extend_from_slice(next);
        if pending.len() > 18 {
            flush(&mut pending);
        }
        i += width;
    }
    flush(&mut pending);
    words.join("\n ")
}

fn utf8_width(first: u8) -> usize {
    match first {
        0xF0.. => 4,
        0xE0.. => 3,
        0xC0.. => 2,
        _ => 1,
    }
}

fn q_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 3);
    for &b in bytes {
        match b {
            b' ' => out.push('_'),
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'!' | b'*' | b'+' | b'-' | b'/' => out.push(b as char),
            _ => out.push_str(&format!("={b:02X}")),
        }
    }
    out
}

fn mailbox((name, address): &(String, String), rng: &mut Rng, legacy: &'static encoding_rs::Encoding) -> String {
    if name.is_ascii() {
        if name.contains(['.', ',']) { format!("\"{name}\" <{address}>") } else { format!("{name} <{address}>") }
    } else {
        format!("{} <{address}>", encoded_words(name, rng, legacy))
    }
}

fn html(text: &str) -> String {
    let escape = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    let mut out = String::from(
        "<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">\n  </head>\n  <body>\n",
    );
    let mut in_quote = false;
    for paragraph in text.split("\n\n") {
        let quote = paragraph.starts_with('>');
        if quote && !in_quote {
            out.push_str("    <blockquote type=\"cite\">\n");
        }
        in_quote |= quote;
        let lines: Vec<String> = paragraph.lines().map(|l| escape(l.trim_start_matches(['>', ' ']))).collect();
        out.push_str(&format!("    <p>{}</p>\n", lines.join("<br>\n")));
    }
    if in_quote {
        out.push_str("    </blockquote>\n");
    }
    out.push_str("  </body>\n</html>\n");
    out
}

/// A text part: UTF-8 or the language's own charset, quoted-printable or base64.
fn text_part(text: &str, rng: &mut Rng, legacy: &'static encoding_rs::Encoding, out: &mut String) {
    let (bytes, charset) = match legacy.encode(text) {
        (bytes, _, false) if rng.chance(0.2) => (bytes.into_owned(), legacy.name()),
        _ => (text.as_bytes().to_vec(), "UTF-8"),
    };
    if rng.chance(0.25) {
        out.push_str(&format!("Content-Type: text/plain; charset={charset}\nContent-Transfer-Encoding: base64\n\n"));
        base64_lines(&bytes, out);
    } else {
        out.push_str(&format!(
            "Content-Type: text/plain; charset={charset}; format=flowed\nContent-Transfer-Encoding: quoted-printable\n\n"
        ));
        quoted_printable(&bytes, out);
    }
}

fn html_part(text: &str, out: &mut String) {
    out.push_str("Content-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n");
    quoted_printable(html(text).as_bytes(), out);
}

/// A file attached: random bytes behind the kind's magic number, 10–120 KB.
fn attachment(rng: &mut Rng, lang: usize, legacy: &'static encoding_rs::Encoding, out: &mut String) {
    let name = fill(rng.word(style(LANGS[lang].lang).attachments), rng, lang);
    let (mime, magic): (&str, &[u8]) = match name.rsplit('.').next() {
        Some("pdf") => ("application/pdf", b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n"),
        Some("jpg") => ("image/jpeg", b"\xFF\xD8\xFF\xE0\x00\x10JFIF\x00"),
        Some("xlsx") => ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b"PK\x03\x04"),
        _ => ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", b"PK\x03\x04"),
    };
    let size = rng.range(10_000, 120_000) as usize;
    let mut bytes = Vec::with_capacity(size + 8);
    bytes.extend_from_slice(magic);
    while bytes.len() < size {
        bytes.extend_from_slice(&rng.next_u64().to_le_bytes());
    }
    bytes.truncate(size);
    if name.is_ascii() {
        out.push_str(&format!(
            "Content-Type: {mime}; name=\"{name}\"\nContent-Disposition: attachment; filename=\"{name}\"\n"
        ));
    } else if rng.chance(0.5) {
        // Thunderbird: RFC 2231.
        let pct: String = name
            .bytes()
            .map(|b| {
                if b.is_ascii_alphanumeric() || b"._-".contains(&b) {
                    (b as char).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect();
        out.push_str(&format!(
            "Content-Type: {mime}; name*=UTF-8''{pct}\nContent-Disposition: attachment;\n filename*=UTF-8''{pct}\n"
        ));
    } else {
        // Outlook: RFC 2047 inside the quotes.
        let encoded = encoded_words(&name, rng, legacy).replace("\n ", "");
        out.push_str(&format!(
            "Content-Type: {mime}; name=\"{encoded}\"\nContent-Disposition: attachment; filename=\"{encoded}\"\n"
        ));
    }
    out.push_str("Content-Transfer-Encoding: base64\n\n");
    base64_lines(&bytes, out);
}

const AGENTS: &[&str] = &[
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.8.0",
    "Microsoft Outlook 16.0",
    "Apple Mail (2.3774.500.171.1.1)",
    "Roundcube Webmail/1.6.5",
];

/// One mail as the mbox holds it, its "From " line first.
fn render(m: &Mail, rng: &mut Rng, out: &mut String) {
    let s = style(LANGS[m.lang].lang);
    let offset = FixedOffset::east_opt(3600 * s.offset_hours).unwrap_or_else(|| Utc.fix());
    let local = offset.timestamp_opt(m.at, 0).single().unwrap_or_else(|| DateTime::<Utc>::UNIX_EPOCH.fixed_offset());
    let mut mail = String::with_capacity(m.text.len() * 2 + 2048);
    mail.push_str(&format!("From - {}\n", local.with_timezone(&Utc).format("%a %b %d %H:%M:%S %Y")));
    mail.push_str("X-Mozilla-Status: 0001\nX-Mozilla-Status2: 00000000\n");
    mail.push_str(&format!("Return-Path: <{}>\n", m.from.1));
    mail.push_str(&format!(
        "Received: from mx.{} (mx.{} [192.0.2.{}])\n\tby mail.{DOMAIN} (Postfix) with ESMTPS id {:010X}\n\tfor <biuro@{DOMAIN}>; {}\n",
        m.from.1.rsplit('@').next().unwrap_or(DOMAIN),
        m.from.1.rsplit('@').next().unwrap_or(DOMAIN),
        rng.range(1, 254),
        rng.next_u64() >> 24,
        local.format("%a, %-d %b %Y %H:%M:%S %z")
    ));
    mail.push_str(&format!("Message-ID: <{}>\n", m.id));
    if m.dated {
        mail.push_str(&format!("Date: {}\n", local.format("%a, %-d %b %Y %H:%M:%S %z")));
    }
    mail.push_str(&format!("MIME-Version: 1.0\nUser-Agent: {}\n", rng.word(AGENTS)));
    let list = |people: &[(String, String)], rng: &mut Rng| {
        people.iter().map(|p| mailbox(p, rng, s.legacy)).collect::<Vec<_>>().join(",\n ")
    };
    mail.push_str(&format!("To: {}\n", list(&m.to, rng)));
    if !m.cc.is_empty() {
        mail.push_str(&format!("Cc: {}\n", list(&m.cc, rng)));
    }
    if let Some(parent) = m.references.last() {
        let refs: Vec<String> = m.references.iter().map(|r| format!("<{r}>")).collect();
        mail.push_str(&format!("References: {}\nIn-Reply-To: <{parent}>\n", refs.join("\n ")));
    }
    mail.push_str(&format!("From: {}\n", mailbox(&m.from, rng, s.legacy)));
    mail.push_str(&format!("Subject: {}\n", encoded_words(&m.subject, rng, s.legacy)));
    let boundary = |rng: &mut Rng| format!("------------{:016x}{:08x}", rng.next_u64(), rng.next_u64() as u32);
    let attached = rng.chance(0.035);
    let outer = attached.then(|| boundary(rng));
    if let Some(b) = &outer {
        mail.push_str(&format!(
            "Content-Type: multipart/mixed; boundary=\"{b}\"\n\nThis is a multi-part message in MIME format.\n--{b}\n"
        ));
    }
    match rng.below(100) {
        // HTML only, as some webmail and phone apps send.
        0..10 => html_part(&m.text, &mut mail),
        // Plain text with an HTML alternative.
        10..30 => {
            let b = boundary(rng);
            mail.push_str(&format!("Content-Type: multipart/alternative;\n boundary=\"{b}\"\n\n--{b}\n"));
            text_part(&m.text, rng, s.legacy, &mut mail);
            mail.push_str(&format!("\n--{b}\n"));
            html_part(&m.text, &mut mail);
            mail.push_str(&format!("\n--{b}--\n"));
        }
        _ => text_part(&m.text, rng, s.legacy, &mut mail),
    }
    if let Some(b) = &outer {
        let files = if rng.chance(0.2) { 2 } else { 1 };
        for _ in 0..files {
            mail.push_str(&format!("\n--{b}\n"));
            attachment(rng, m.lang, s.legacy, &mut mail);
        }
        mail.push_str(&format!("\n--{b}--\n"));
    }
    // mboxrd: a line of the mail that starts like a separator is quoted.
    for line in mail.split_inclusive('\n').enumerate() {
        let (i, line) = line;
        if i > 0 && line.trim_start_matches('>').starts_with("From ") {
            out.push('>');
        }
        out.push_str(line);
    }
    out.push('\n');
}

/// The workload: the mbox of `n` mails and the cards of the people who have one.
pub fn workload(n: usize) -> Workload {
    let start = Instant::now();
    let mut rng = Rng::new(SEED);
    let (mails, people, staff, has_card) = mails(n, &mut rng);
    let mut file = String::with_capacity(n * 11_000);
    for m in &mails {
        render(m, &mut rng, &mut file);
    }
    let cards = people
        .iter()
        .zip(&has_card)
        .filter(|(_, has)| **has)
        .enumerate()
        .map(|(i, (p, _))| ContactDraft {
            line: i + 2,
            display_name: Some(p.name.clone()),
            emails: p
                .addresses
                .iter()
                .enumerate()
                .map(|(j, a)| Labelled {
                    value: a.clone(),
                    label: if j == 0 { Label::Home } else { Label::Work },
                    primary: j == 0,
                })
                .collect(),
            ..Default::default()
        })
        .collect();
    let threads = mails.iter().filter(|m| m.references.is_empty()).count();
    Workload {
        title: "E-mail import (mbox)",
        file_name: "bench-mail.mbox",
        described: format!(
            "an mbox of {} mails in {threads} threads (1–8 mails) between the firm ({} staff addresses) and {} people (Polish, German, Bulgarian; seed {SEED:#x})",
            mails.len(),
            staff.len(),
            people.len()
        ),
        file: file.into_bytes(),
        generated: start.elapsed(),
        cards,
        matched_by: "their e-mail addresses, 15 % of them two",
        staff: staff.iter().flat_map(|s| s.addresses.clone()).collect(),
        target: TARGET,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use custos_core::import::email;
    use custos_core::import::parsed::ParsedMessage;

    #[test]
    fn encoders_match_the_standards() {
        assert_eq!(base64(b"Man"), "TWFu");
        assert_eq!(base64(b"Ma"), "TWE=");
        assert_eq!(base64(b"M"), "TQ==");
        assert_eq!(base64("Łódź".as_bytes()), "xYHDs2TFug==");
        let mut qp = String::new();
        quoted_printable("Łódź = miasto \nkoniec ".as_bytes(), &mut qp);
        assert_eq!(qp, "=C5=81=C3=B3d=C5=BA =3D miasto=20\nkoniec=20\n");
        assert_eq!(q_encode("Łucja W.".as_bytes()), "=C5=81ucja_W.".replace('.', "=2E"));
    }

    #[test]
    fn the_mailbox_reads_back_letter_by_letter() {
        let work = workload(300);
        let mails = email::parse_mbox(&work.file).unwrap();
        assert_eq!(mails.len(), 300);
        let mut rng = Rng::new(SEED);
        let (expected, people, _, _) = self::mails(300, &mut rng);
        let polish = people.iter().any(|p| p.name.chars().any(|c| "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ".contains(c)));
        let cyrillic = people.iter().any(|p| p.name.chars().any(|c| ('А'..='я').contains(&c)));
        let german = people.iter().any(|p| p.name.chars().any(|c| "äöüßÄÖÜ".contains(c)));
        assert!(polish && cyrillic && german, "{:?}", people.iter().map(|p| &p.name).collect::<Vec<_>>());
        // Every mail's sender, time and own words come back as they were written, whatever the
        // charset and transfer encoding; an HTML-only mail as its text.
        for (m, read) in expected.iter().zip(&mails) {
            let got: &ParsedMessage = &read.message;
            assert_eq!(got.id.as_deref(), Some(m.id.as_str()));
            assert_eq!(got.from.address.as_deref(), Some(m.from.1.as_str()));
            assert_eq!(got.from.name.as_deref(), Some(m.from.0.as_str()), "{}", m.id);
            assert_eq!(read.subject.as_deref(), Some(m.subject.as_str()));
            assert_eq!(got.at.map(|t| t.timestamp()), Some(m.at));
            let first = m.text.lines().find(|l| l.len() > 40).unwrap_or_default();
            assert!(got.text.contains(first), "{}: {first:?} not in {:?}", m.id, got.text);
            assert_eq!(read.references, m.references);
        }
        let attached = mails.iter().filter(|m| !m.message.attachments.is_empty()).count();
        assert!((5..60).contains(&attached), "{attached}");
        let mean = work.file.len() / 300;
        assert!((6_000..16_000).contains(&mean), "{mean} bytes a mail");
        let threads = email::threads(mails);
        assert!(threads.threads.len() < 200 && threads.threads.len() > 60, "{}", threads.threads.len());
    }
}
