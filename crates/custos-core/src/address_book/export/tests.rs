//! The round trips: drafts written by [`csv()`] and read back by the CSV importer with the
//! mapping it guesses (no mapping from the user), and drafts written by [`vcard()`] and read
//! back by the vCard importer, are the drafts written, but for
//!
//! - `line`, which says where the importer found them (set to 0 here on both sides);
//! - an address's lines, which both importers join with ", " (each trimmed, blank ones left out);
//! - `problem`, which the importers set when nothing names the person (each in its words);
//! - in vCard: `display_name`, which is what the card shows ([`ContactDraft::name`]: `FN` is
//!   required), and a mobile e-mail address or postal address, which is "other" (`cell` is a
//!   telephone type only).
//!
//! The drafts are what the formats can hold: text trimmed and not empty; each kind's values
//! once (ignoring case) with exactly one primary; tags once; and for CSV (see
//! [`csv`](super::csv)) no `;`, `,` or `:::` in an e-mail address or phone number, no `:::`
//! in an address or tag, no tag starting with `*`, and not a draft with nothing at all (a
//! blank row).

use super::{csv, vcard};
use crate::address_book::csv::{self as csv_import, Delimiter, Encoding, Field};
use crate::address_book::draft::{ContactDraft, Label, Labelled};
use crate::address_book::vcard as vcard_import;

fn l(value: &str, label: Label, primary: bool) -> Labelled {
    Labelled { value: value.into(), label, primary }
}

fn s(text: &str) -> Option<String> {
    Some(text.into())
}

/// An address as the importers read it: its lines trimmed, the blank ones left out, joined
/// with ", ".
fn one_line(address: &str) -> String {
    address.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(", ")
}

/// What the CSV importer reads of `d` written as CSV.
fn as_csv_reads(d: &ContactDraft) -> ContactDraft {
    let mut d = ContactDraft { line: 0, ..d.clone() };
    for a in &mut d.addresses {
        a.value = one_line(&a.value);
    }
    d.problem = d.name().is_none().then(|| csv_import::NO_NAME.to_owned());
    d
}

/// What the vCard importer reads of `d` written as vCard.
fn as_vcard_reads(d: &ContactDraft) -> ContactDraft {
    let mut d = ContactDraft { line: 0, display_name: d.name(), ..d.clone() };
    for a in &mut d.addresses {
        a.value = one_line(&a.value);
    }
    for p in d.emails.iter_mut().chain(&mut d.addresses).filter(|p| p.label == Label::Mobile) {
        p.label = Label::Other;
    }
    d.problem = d.name().is_none().then(|| vcard_import::NO_NAME.to_owned());
    d
}

fn without_lines(mut drafts: Vec<ContactDraft>) -> Vec<ContactDraft> {
    for d in &mut drafts {
        d.line = 0;
    }
    drafts
}

/// The drafts the CSV importer reads from `csv(drafts)`, with the mapping it guesses.
fn through_csv(drafts: &[ContactDraft]) -> Vec<ContactDraft> {
    let bytes = csv(drafts).unwrap();
    let inspected = csv_import::inspect(&bytes).unwrap();
    assert_eq!((inspected.encoding, inspected.delimiter), (Encoding::Utf8, Delimiter::Comma));
    assert_eq!(inspected.header[0], "Display Name", "the byte-order mark is no part of the first column's name");
    assert!(
        !inspected.guessed.columns.contains(&Field::Ignore),
        "every column is guessed: {:?}",
        inspected.header.iter().zip(&inspected.guessed.columns).collect::<Vec<_>>()
    );
    without_lines(csv_import::parse(&bytes, &inspected.guessed).unwrap())
}

/// The drafts the vCard importer reads from `vcard(drafts)`.
fn through_vcard(drafts: &[ContactDraft]) -> Vec<ContactDraft> {
    without_lines(vcard_import::parse(vcard(drafts).as_bytes()).unwrap())
}

/// People as a Polish, a German and a Bulgarian firm keep them, with every kind of label,
/// primaries that are not first, text that needs quoting or escaping, and empty fields.
fn book() -> Vec<ContactDraft> {
    vec![
        ContactDraft {
            line: 2,
            display_name: s("Łucja Żółkiewska-Ćwiek"),
            given_name: s("Łucja"),
            family_name: s("Żółkiewska-Ćwiek"),
            organisation: s("Pracownia \"Źdźbło\"; Gdańsk, Sopot"),
            job_title: s("Właścicielka, założycielka"),
            emails: vec![
                l("lucja@zdzblo.pl", Label::Work, false),
                l("lucja@dom.pl", Label::Home, true),
                l("l.z@poczta.pl", Label::Other, false),
                l("sms@bramka.pl", Label::Mobile, false),
            ],
            phones: vec![
                l("+48 58 123 45 67", Label::Work, false),
                l("+48 601 234 567", Label::Mobile, false),
                l("+48 22 765 43 21", Label::Home, true),
                l("0 800 100 100", Label::Other, false),
            ],
            addresses: vec![
                l("ul. Łąkowa 5/7\n80-001 Gdańsk", Label::Work, false),
                l("ul. Źródlana 3; m. 4\r\n81-300 Gdynia\n\n  Polska", Label::Home, true),
                l("skr. poczt. 12, Sopot", Label::Other, false),
            ],
            tags: vec!["Targi 2026".into(), "VIP, złoty".into(), "Klient; stały".into(), "\"Ważny\"".into()],
            notes: s("Woli telefon po 16:00; nie w poniedziałki.\nMówi: \"proszę dzwonić\", nie pisać.\n\n\
                      Ściśle: ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ \\ koniec"),
            problem: None,
        },
        ContactDraft {
            line: 3,
            display_name: None,
            given_name: s("Jürgen"),
            family_name: s("Weiß-Großmann"),
            organisation: s("Bäckerei Groß & Söhne GmbH"),
            job_title: s("Geschäftsführer"),
            emails: vec![l("juergen@grossmann.de", Label::Work, true)],
            phones: vec![l("+49 170 1234567", Label::Mobile, false), l("+49 30 1234567", Label::Work, true)],
            addresses: vec![l("Straße des 17. Juni 135\n10623 Berlin", Label::Work, true)],
            tags: vec!["Messe, Köln 2026".into()],
            notes: None,
            problem: None,
        },
        ContactDraft {
            line: 4,
            display_name: s("Кирил Петров"),
            given_name: s("Кирил"),
            family_name: s("Петров"),
            organisation: s("„Кирилица“ ООД"),
            job_title: None,
            emails: vec![],
            phones: vec![l("+359 2 987 6543", Label::Other, true)],
            addresses: vec![l("ул. „Шипка“ 6\n1504 София\nБългария", Label::Home, true)],
            tags: vec!["Клиенти".into()],
            notes: s("Бележка: обажда се в петък; \"важно\", наистина."),
            problem: None,
        },
        ContactDraft { line: 5, organisation: s("KRS"), ..Default::default() },
        ContactDraft { line: 6, phones: vec![l("600 100 200", Label::Mobile, true)], ..Default::default() },
        ContactDraft { line: 7, emails: vec![l("biuro@example.pl", Label::Other, true)], ..Default::default() },
        ContactDraft { line: 8, notes: s("Nikt; nic, \"nigdzie\"."), ..Default::default() },
    ]
}

#[test]
fn an_address_book_written_as_csv_reads_back_the_same() {
    let book = book();
    let want: Vec<ContactDraft> = book.iter().map(as_csv_reads).collect();
    assert_eq!(through_csv(&book), want);
    // The normalisations named above, and no others.
    assert_eq!(want[0].addresses[1].value, "ul. Źródlana 3; m. 4, 81-300 Gdynia, Polska");
    assert_eq!(want[1].display_name, None, "no display name is made up");
    assert_eq!(want[1].tags, ["Messe, Köln 2026"], "a lone tag with a comma stays one tag");
    assert_eq!(want[4].problem.as_deref(), Some(csv_import::NO_NAME));
    assert_eq!(want[6].problem.as_deref(), Some(csv_import::NO_NAME));
}

#[test]
fn an_address_book_written_as_vcard_reads_back_the_same() {
    let book = book();
    let want: Vec<ContactDraft> = book.iter().map(as_vcard_reads).collect();
    assert_eq!(through_vcard(&book), want);
    assert_eq!(want[1].display_name.as_deref(), Some("Jürgen Weiß-Großmann"), "FN is the name shown");
    assert_eq!(want[0].emails[3], l("sms@bramka.pl", Label::Other, false), "no mobile e-mail in vCard");
    assert_eq!(want[4].problem.as_deref(), Some(vcard_import::NO_NAME));
}

#[test]
fn past_255_values_of_a_kind_csv_keeps_them_all_in_the_last_group() {
    let label = |i: usize| if i.is_multiple_of(2) { Label::Work } else { Label::Home };
    let emails: Vec<Labelled> = (0..300).map(|i| l(&format!("{i}@example.pl"), label(i), i == 281)).collect();
    let d = ContactDraft { display_name: s("Anna"), emails: emails.clone(), ..Default::default() };
    // Groups 1–254 as they were; group 255 holds the rest, the primary first, all with its label.
    let mut want: Vec<Labelled> = emails[..254].to_vec();
    want.push(l("281@example.pl", Label::Home, true));
    want.extend(emails[254..].iter().filter(|e| !e.primary).map(|e| l(&e.value, Label::Home, false)));
    assert_eq!(through_csv(std::slice::from_ref(&d))[0].emails, want);
    // vCard has no such limit.
    assert_eq!(through_vcard(&[d])[0].emails, emails);
}

/// What random text is made of: Polish, German and Bulgarian letters, digits, and what CSV
/// quotes and vCard escapes.
const PIECES: &[&str] = &[
    "a", "Z", "ą", "ć", "ę", "ł", "ń", "ó", "ś", "ź", "ż", "Ł", "Ż", "ß", "Ä", "ü", "К", "и", "р", "щ", "Ж", "1", "7",
    "-", ".", "@", "+", "'", "\"", ";", ",", "\\", ":", "*", "&", " ", " ", "\t",
];

/// Random text: trimmed, not empty; with `lines`, on several lines; without `;` and `,` when
/// `plain`; never with `:::`.
fn text(rng: &mut fastrand::Rng, plain: bool, lines: bool) -> Option<String> {
    let mut t = String::new();
    for _ in 0..rng.usize(1..16) {
        let piece = PIECES[rng.usize(0..PIECES.len())];
        if !(plain && [";", ","].contains(&piece)) {
            t.push_str(piece);
        }
        if lines && rng.u8(0..6) == 0 {
            t.push('\n');
        }
    }
    let t = t.trim();
    (!t.is_empty() && !t.contains(":::")).then(|| t.to_owned())
}

/// Sometimes text, sometimes none.
fn maybe(rng: &mut fastrand::Rng, plain: bool, lines: bool) -> Option<String> {
    if rng.u8(0..3) == 0 { None } else { text(rng, plain, lines) }
}

/// 0–4 values of a kind (rarely up to 8), each once ignoring case (as `key` has it), one of
/// them primary.
fn points(rng: &mut fastrand::Rng, plain: bool, lines: bool, key: fn(&str) -> String) -> Vec<Labelled> {
    let count = if rng.u8(0..20) == 0 { rng.usize(5..9) } else { rng.usize(0..5) };
    let mut list: Vec<Labelled> = Vec::new();
    for _ in 0..count {
        let Some(value) = text(rng, plain, lines) else { continue };
        if list.iter().any(|p| key(&p.value) == key(&value)) {
            continue;
        }
        list.push(Labelled::new(value, Label::ALL[rng.usize(0..Label::ALL.len())]));
    }
    if !list.is_empty() {
        let primary = rng.usize(0..list.len());
        list[primary].primary = true;
    }
    list
}

fn random_draft(rng: &mut fastrand::Rng) -> ContactDraft {
    let mut tags: Vec<String> = Vec::new();
    for _ in 0..rng.usize(0..4) {
        if let Some(tag) = text(rng, false, false).filter(|t| !t.starts_with('*') && !tags.contains(t)) {
            tags.push(tag);
        }
    }
    ContactDraft {
        line: 0,
        display_name: maybe(rng, false, false),
        given_name: maybe(rng, false, false),
        family_name: maybe(rng, false, false),
        organisation: maybe(rng, false, false),
        job_title: maybe(rng, false, false),
        emails: points(rng, true, false, str::to_lowercase),
        phones: points(rng, true, false, str::to_lowercase),
        addresses: points(rng, false, true, |a| one_line(a).to_lowercase()),
        tags,
        notes: maybe(rng, false, true),
        problem: None,
    }
}

/// A few thousand random drafts, in files of 1–20, read back as written through both formats.
#[test]
fn random_drafts_read_back_the_same_through_both_formats() {
    let mut rng = fastrand::Rng::with_seed(0x0017_e4b0);
    let mut drafts = 0;
    for file in 0..400 {
        let book: Vec<ContactDraft> =
            (0..rng.usize(1..21)).map(|_| random_draft(&mut rng)).filter(|d| *d != ContactDraft::default()).collect();
        if book.is_empty() {
            continue;
        }
        drafts += book.len();
        let want: Vec<ContactDraft> = book.iter().map(as_csv_reads).collect();
        assert_eq!(through_csv(&book), want, "file {file} as CSV: {book:#?}");
        let want: Vec<ContactDraft> = book.iter().map(as_vcard_reads).collect();
        assert_eq!(through_vcard(&book), want, "file {file} as vCard: {book:#?}");
    }
    assert!(drafts > 3_500, "{drafts} drafts");
}
