//! The vCard parser against real-looking exports (`tests/fixtures/*.vcf`), its rules one by
//! one, and every refusal with its line.

use super::*;

const ANDROID: &[u8] = include_bytes!("../../../tests/fixtures/android-2.1.vcf");
const NOKIA: &[u8] = include_bytes!("../../../tests/fixtures/nokia-2.1-cp1250.vcf");
const IOS: &[u8] = include_bytes!("../../../tests/fixtures/ios-3.0.vcf");
const RFC6350: &[u8] = include_bytes!("../../../tests/fixtures/rfc6350-4.0.vcf");
const BULGARIAN: &[u8] = include_bytes!("../../../tests/fixtures/bulgarian-3.0.vcf");
const UTF16: &[u8] = include_bytes!("../../../tests/fixtures/utf16-le.vcf");

fn l(value: &str, label: Label, primary: bool) -> Labelled {
    Labelled { value: value.into(), label, primary }
}

fn s(text: &str) -> Option<String> {
    Some(text.into())
}

fn one(text: &str) -> ContactDraft {
    let mut drafts = parse(text.as_bytes()).unwrap();
    assert_eq!(drafts.len(), 1, "{drafts:#?}");
    drafts.remove(0)
}

/// The error's line and message.
fn refused(bytes: &[u8]) -> (usize, String) {
    match parse(bytes) {
        Err(Error::Import { line, why, .. }) => (line, why.to_string()),
        other => panic!("expected an import error, got {other:?}"),
    }
}

/// Every Polish letter, small and capital, appears in `text`.
fn has_every_polish_letter(text: &str) {
    for c in "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ".chars() {
        assert!(text.contains(c), "{c} missing from {text}");
    }
}

#[test]
fn an_android_2_1_export_comes_out_with_every_polish_letter() {
    let drafts = parse(ANDROID).unwrap();
    assert_eq!(drafts.len(), 3);
    let d = &drafts[0];
    assert_eq!(d.line, 1);
    assert_eq!(d.display_name, s("Łucja Żółkiewska"));
    assert_eq!((d.family_name.clone(), d.given_name.clone()), (s("Żółkiewska"), s("Łucja")));
    assert_eq!(d.organisation, s("Pracownia Źdźbło"));
    assert_eq!(d.job_title, s("Właścicielka"));
    assert_eq!(
        d.phones,
        [
            l("+48 58 341 22 10", Label::Work, false),
            l("+48 601 234 567", Label::Mobile, true),
            l("58 555 01 02", Label::Home, false)
        ]
    );
    assert_eq!(d.emails, [l("lucja@zdzblo.example", Label::Home, true), l("biuro@zdzblo.example", Label::Work, false)]);
    assert_eq!(d.addresses, [l("ul. Łąkowa 5, Gdańsk, 80-001, Polska", Label::Home, true)]);
    assert_eq!(
        d.notes,
        s("Zażółć gęślą jaźń. ZAŻÓŁĆ GĘŚLĄ JAŹŃ. Spotkanie w Łodzi o 10:00, potem Sopot — proszę zadzwonić wcześniej.")
    );
    has_every_polish_letter(d.notes.as_deref().unwrap_or_default());
    assert_eq!(d.problem, None);

    // An older phone: Latin-2 in quoted-printable; a nickname in an X- property is skipped.
    let d = &drafts[1];
    assert_eq!(d.line, 31);
    assert_eq!(d.display_name, s("Grzegorz Brzęczyszczykiewicz"));
    assert_eq!((d.family_name.clone(), d.given_name.clone()), (s("Brzęczyszczykiewicz"), s("Grzegorz")));
    assert_eq!(d.phones, [l("+48 42 123 45 67", Label::Other, true)]);
    assert_eq!(d.addresses, [l("Chrząszczyżewoszyce 1, Łękołody, łódzkie, Polska", Label::Work, true)]);

    // A number without a name: kept, with its problem.
    let d = &drafts[2];
    assert_eq!(d.line, 42);
    assert_eq!((d.display_name.clone(), d.family_name.clone(), d.given_name.clone()), (None, None, None));
    assert_eq!(d.phones, [l("+48 500 600 700", Label::Mobile, true)]);
    assert_eq!(d.problem.as_deref(), Some(NO_NAME));
}

#[test]
fn eight_bit_values_are_read_in_their_charset() {
    let d = &parse(NOKIA).unwrap()[0];
    assert_eq!(d.display_name, s("Józef Ślęzak"));
    assert_eq!((d.family_name.clone(), d.given_name.clone()), (s("Ślęzak"), s("Józef")));
    assert_eq!(d.phones, [l("+48 604 111 222", Label::Mobile, true)]);
    assert_eq!(d.addresses, [l("ul. Źródlana 7, Kraków, 30-001, Polska", Label::Work, true)]);
}

#[test]
fn an_ios_3_0_export_with_item_groups_and_a_folded_photo() {
    let drafts = parse(IOS).unwrap();
    assert_eq!(drafts.len(), 2);
    let d = &drafts[0];
    assert_eq!(d.display_name, s("Anna Maria Nowak"));
    assert_eq!((d.family_name.clone(), d.given_name.clone()), (s("Nowak"), s("Anna")));
    assert_eq!(d.organisation, s("Kancelaria Nowak, Biuro w Krakowie"));
    assert_eq!(d.job_title, s("Radca prawny"));
    assert_eq!(d.emails, [l("anna@nowak.example", Label::Other, true), l("biuro@nowak.example", Label::Work, false)]);
    assert_eq!(d.phones, [l("+48 600 100 200", Label::Mobile, true), l("+48 12 345 67 89", Label::Work, false)]);
    // Folded inside "31-019"; the street's two lines are two parts.
    assert_eq!(d.addresses, [l("ul. Floriańska 3, II piętro, Kraków, 31-019, Polska", Label::Work, true)]);
    assert_eq!(
        d.notes,
        s("Spotkanie 12.03, sala 2\nOddzwonić po godzinie 15:00; pytać o panią Żanetę z sekretariatu — ważne!")
    );
    assert_eq!(d.tags, ["Klienci", "Targi 2026"]);
    let d = &drafts[1];
    assert_eq!(d.line, 30);
    assert_eq!(
        (d.display_name.clone(), d.organisation.clone()),
        (s("Drukarnia Sp. z o.o."), s("Drukarnia Sp. z o.o."))
    );
    assert_eq!((d.family_name.clone(), d.given_name.clone()), (None, None));
    assert_eq!(d.phones, [l("+48 22 111 22 33", Label::Other, true)]);
}

#[test]
fn an_rfc_6350_card_with_escapes_pref_categories_and_kind() {
    let drafts = parse(RFC6350).unwrap();
    assert_eq!(drafts.len(), 4);
    let d = &drafts[0];
    assert_eq!(d.display_name, s("Jürgen Groß-Żmuda"));
    assert_eq!((d.family_name.clone(), d.given_name.clone()), (s("Groß-Żmuda"), s("Jürgen")));
    assert_eq!(d.organisation, s("Müller, Schmidt & Partner, Vertrieb"));
    assert_eq!(d.job_title, s("Leiter Vertrieb; Export"));
    assert_eq!(d.emails, [l("jg@private.example", Label::Home, false), l("j.gross@msp.example", Label::Work, true)]);
    assert_eq!(
        d.phones,
        [
            l("+49-30-1234567", Label::Home, false),
            l("+49-171-7654321", Label::Mobile, false),
            l("+49-30-7654321;ext=12", Label::Work, true)
        ],
        "PREF=1 wins over PREF=2; a tel: URI is its number"
    );
    assert_eq!(
        d.addresses,
        [l("Friedrichstraße 10, Berlin, 10117, Deutschland", Label::Work, true)],
        "an address of empty parts is none"
    );
    assert_eq!(d.tags, ["Kunden", "Messe 2026, Berlin"], "escaped commas kept, duplicates once");
    // Folded with tabs, inside UTF-8 characters.
    assert_eq!(
        d.notes,
        s(
            "Erste Zeile\nZweite Zeile mit \\ Rückstrich und Sonderzeichen: äöü ÄÖÜ ß — ein langer Satz, der gefaltet wird."
        )
    );
    assert_eq!(d.problem, None);
    assert_eq!((drafts[1].display_name.clone(), drafts[1].problem.as_deref()), (s("Messe 2026"), Some(GROUP)));
    assert_eq!(drafts[2].emails, [l("info@firma.example", Label::Other, true)]);
    assert_eq!((drafts[2].name(), drafts[2].problem.clone()), (s("info@firma.example"), None));
    assert_eq!((drafts[3].notes.clone(), drafts[3].problem.as_deref()), (s("Nur eine Notiz"), Some(NO_NAME)));
}

#[test]
fn a_bulgarian_cyrillic_3_0_export() {
    let drafts = parse(BULGARIAN).unwrap();
    assert_eq!(drafts.len(), 2);
    let d = &drafts[0];
    assert_eq!(d.display_name, s("Иван Георгиев Петров"));
    assert_eq!((d.family_name.clone(), d.given_name.clone()), (s("Петров"), s("Иван")));
    assert_eq!(d.organisation, s("Търговска къща „Балкан“ ЕООД"));
    assert_eq!(d.job_title, s("Управител"));
    assert_eq!(d.phones, [l("+359 88 123 4567", Label::Mobile, true), l("+359 2 987 6543", Label::Work, false)]);
    assert_eq!(d.emails, [l("ivan.petrov@balkan.example", Label::Work, true)]);
    assert_eq!(d.addresses, [l("ул. „Витоша“ 15, ет. 3, София, 1000, България", Label::Work, true)]);
    assert_eq!(d.notes, s("Клиент от 2019 г.\nПредпочита обаждания сутрин."));
    assert_eq!(d.tags, ["Доставчици", "София"]);
    assert_eq!((drafts[1].display_name.clone(), drafts[1].given_name.clone()), (s("Елена Димитрова"), s("Елена")));
}

#[test]
fn utf16_files_with_either_byte_order() {
    let drafts = parse(UTF16).unwrap();
    assert_eq!(drafts.len(), 2);
    assert_eq!(drafts[0].display_name, s("Zofia Wiśniewska"));
    assert_eq!(drafts[0].emails, [l("zofia@example.pl", Label::Other, true)]);
    assert_eq!((drafts[1].line, drafts[1].display_name.clone()), (8, s("Ελένη Παπαδοπούλου")));
    let big_endian: Vec<u8> = UTF16.chunks(2).flat_map(|p| p.iter().rev().copied()).collect();
    assert_eq!(parse(&big_endian).unwrap(), drafts);
    // The same text in UTF-8, with and without a byte-order mark.
    let text = crate::import::decode(UTF16.to_vec()).unwrap();
    assert_eq!(parse(text.as_bytes()).unwrap(), drafts);
    assert_eq!(parse(&[b"\xEF\xBB\xBF", text.as_bytes()].concat()).unwrap(), drafts);
}

#[test]
fn line_endings_do_not_matter() {
    let crlf = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ola\r\nNOTE:a\r\n b\r\nEND:VCARD\r\n";
    let d = one(crlf);
    assert_eq!(one(&crlf.replace("\r\n", "\n")), d);
    assert_eq!(one(&crlf.replace("\r\n", "\r")), d);
    assert_eq!(one(crlf.trim_end()), d, "no line break at the end");
    assert_eq!(d.notes, s("ab"));
}

#[test]
fn types_give_labels() {
    let d = one(concat!(
        "BEGIN:VCARD\nVERSION:3.0\nFN:x\n",
        "TEL;TYPE=work,voice:1\nTEL;TYPE=WORK;TYPE=CELL:2\nTEL;TYPE=home,fax:3\nTEL;TYPE=fax:4\n",
        "TEL;type=IPHONE:5\nTEL;TYPE=mobile:6\nTEL:7\nEMAIL;INTERNET;HOME:h@x\n",
        "END:VCARD\n"
    ));
    let labels: Vec<Label> = d.phones.iter().map(|p| p.label).collect();
    use Label::*;
    assert_eq!(labels, [Work, Mobile, Home, Other, Mobile, Mobile, Other]);
    assert_eq!(d.emails, [l("h@x", Home, true)]);
}

#[test]
fn the_preferred_one_of_each_kind_is_primary_else_the_first() {
    let d = one(concat!(
        "BEGIN:VCARD\nVERSION:4.0\nFN:x\n",
        "EMAIL:a@x\nEMAIL;PREF=50:b@x\nEMAIL;PREF=7:c@x\nEMAIL;PREF=7:d@x\n",
        "TEL:1\nTEL:2\n",
        "ADR:;;a;;;;\nADR;TYPE=pref:;;b;;;;\n",
        "END:VCARD\n"
    ));
    let primary = |v: &[Labelled]| v.iter().filter(|x| x.primary).map(|x| x.value.clone()).collect::<Vec<_>>();
    assert_eq!(primary(&d.emails), ["c@x"], "the lowest PREF, the first of equals");
    assert_eq!(primary(&d.phones), ["1"]);
    assert_eq!(primary(&d.addresses), ["b"]);
    let d = one("BEGIN:VCARD\nVERSION:2.1\nFN:x\nTEL;HOME:1\nTEL;PREF;WORK:2\nEND:VCARD\n");
    assert_eq!(d.phones, [l("1", Label::Home, false), l("2", Label::Work, true)]);
}

#[test]
fn escapes_follow_the_version() {
    let card =
        |version: &str| one(&format!("BEGIN:VCARD\nVERSION:{version}\nFN:a\\, b\\; c\\\\d\nNOTE:C:\\new\nEND:VCARD\n"));
    let v4 = card("4.0");
    assert_eq!((v4.display_name, v4.notes), (s("a, b; c\\d"), s("C:\new")));
    let v21 = card("2.1");
    assert_eq!((v21.display_name, v21.notes), (s("a, b; c\\d"), s("C:\\new")), "2.1 has no \\n");
}

#[test]
fn structured_values_keep_their_parts() {
    let d = one(concat!(
        "BEGIN:VCARD\nVERSION:4.0\n",
        "N:Stevenson;John,Paul;Philip;Dr.;Jr.\nORG:;Unit\nADR:PO 1;Suite 2;Main St\\, 5;Town;Region;12345;Land\n",
        "CATEGORIES: a ,,b\\,c\nEND:VCARD\n"
    ));
    assert_eq!((d.family_name.clone(), d.given_name.clone()), (s("Stevenson"), s("John Paul")));
    assert_eq!(d.organisation, s("Unit"));
    assert_eq!(d.addresses[0].value, "PO 1, Suite 2, Main St, 5, Town, Region, 12345, Land");
    assert_eq!(d.tags, ["a", "b,c"]);
    assert_eq!(d.name(), s("John Paul Stevenson"), "named by N without FN");
    // An escaped comma is no list separator, a backslash no escape once unescaped.
    let d = one("BEGIN:VCARD\nVERSION:3.0\nN:O'Brien\\, Jr.;Mary\\\\,Ann\nEND:VCARD\n");
    assert_eq!((d.family_name, d.given_name), (s("O'Brien, Jr."), s("Mary\\ Ann")));
    // In 2.1 a comma is text.
    let d = one("BEGIN:VCARD\nVERSION:2.1\nN:Kowalski;Jan,Maria\nEND:VCARD\n");
    assert_eq!(d.given_name, s("Jan,Maria"));
}

#[test]
fn empty_values_are_left_out() {
    let d = one(
        "BEGIN:VCARD\nVERSION:3.0\nFN:  \nFN:Second\nN:;;;;\nEMAIL:\nTEL: \nTITLE:\nNOTE:\nORG:;;\nCATEGORIES:,\nADR:;;;;;;\nEND:VCARD\n",
    );
    assert_eq!(d.display_name, s("Second"), "the first FN that says something");
    assert_eq!((d.family_name, d.given_name, d.organisation, d.job_title, d.notes), (None, None, None, None, None));
    assert!(d.emails.is_empty() && d.phones.is_empty() && d.addresses.is_empty() && d.tags.is_empty());
    let d = one("BEGIN:VCARD\nVERSION:4.0\nTEL;VALUE=uri:tel:\nEND:VCARD\n");
    assert!(d.phones.is_empty());
    assert_eq!(d.problem.as_deref(), Some(NO_NAME));
}

#[test]
fn what_custos_does_not_read_is_skipped_unread() {
    let file = [
        &b"BEGIN:VCARD\nVERSION:2.1\nFN:Ola\n"[..],
        b"PHOTO;ENCODING=QUOTED-PRINTABLE:=ZZ\nX-FOO;CHARSET=X-KLINGON:\x01\nLOGO;ENCODING=BASE64:\xff\n",
        b"PHOTO;ENCODING=BASE64;JPEG:QUJD\nREFC\n\nUID:1\nEND:VCARD\n",
    ]
    .concat();
    assert_eq!(parse(&file).unwrap(), [ContactDraft { line: 1, display_name: s("Ola"), ..Default::default() }]);
    // Without a VERSION a card is read as 3.0/4.0.
    assert_eq!(one("BEGIN:VCARD\nFN:a\\nb\nEND:VCARD").display_name, s("a\nb"));
}

#[test]
fn apple_groups_are_groups() {
    let d = one("BEGIN:VCARD\nVERSION:3.0\nX-ADDRESSBOOKSERVER-KIND:group\nFN:Klienci\nEND:VCARD\n");
    assert_eq!((d.display_name, d.problem.as_deref()), (s("Klienci"), Some(GROUP)));
    assert_eq!(one("BEGIN:VCARD\nVERSION:4.0\nKIND:org\nFN:Firma\nEND:VCARD\n").problem, None);
}

#[test]
fn a_quoted_printable_value_that_swallows_end_leaves_the_card_open() {
    let (line, message) = refused(b"BEGIN:VCARD\nVERSION:2.1\nNOTE;QUOTED-PRINTABLE:a=\nEND:VCARD\n");
    assert_eq!(line, 1);
    assert!(message.contains("has no END:VCARD"), "{message}");
}

#[test]
fn the_file_is_recognised_as_a_vcard() {
    for file in [ANDROID, NOKIA, IOS, RFC6350, BULGARIAN, UTF16, b"\n\nbegin:vcard \n"] {
        assert!(is_vcard(file));
    }
    for file in [&b""[..], b"Name,E-mail\n", b"BEGIN:VCALENDAR\n", b"\xFF\xFE\x00\xD8"] {
        assert!(!is_vcard(file), "{file:?}");
    }
}

#[test]
fn files_with_no_vcard_are_refused() {
    for empty in [&b""[..], b"\n \r\n\t\n", b"\xEF\xBB\xBF", b"\xFF\xFE"] {
        assert_eq!(
            refused(empty),
            (1, "no vCard found: expected BEGIN:VCARD, but the file is empty".to_owned()),
            "{empty:?}"
        );
    }
    let (line, message) = refused(b"\nFirst Name,Last Name,E-mail\nAnna,Nowak,a@x\n");
    assert_eq!(line, 2);
    assert_eq!(message, "no vCard found: expected BEGIN:VCARD but found `First Name,Last Name,E-mail`");
    let (line, message) = refused(b"BEGIN:VCALENDAR\nEND:VCALENDAR\n");
    assert_eq!((line, message.as_str()), (1, "no vCard found: expected BEGIN:VCARD but found `BEGIN:VCALENDAR`"));
}

#[test]
fn structure_errors_name_their_line() {
    let cases: &[(&str, usize, &str)] = &[
        (
            "BEGIN:VCARD\nFN:a\nEND:VCARD\nFN:b\n",
            4,
            "expected BEGIN:VCARD or the end of the file after the vCard that ends on line 3, but found `FN:b`",
        ),
        (
            "BEGIN:VCARD\nFN:a\n",
            1,
            "the vCard that begins here has no END:VCARD: expected END:VCARD before the end of the file (line 3)",
        ),
        ("BEGIN:VCARD\nFN:a\nEND:VCARD\n\nBEGIN:VCARD\nFN:b\n", 5, "has no END:VCARD"),
        (
            "BEGIN:VCARD\nFN:a\nBEGIN:VCARD\nFN:b\nEND:VCARD\n",
            3,
            "expected END:VCARD to close the vCard that begins on line 1 before another BEGIN",
        ),
        ("BEGIN:VCARD\nAGENT:\nBEGIN:VCARD\n", 3, "before another BEGIN"),
        (
            "BEGIN:VCARD\nFN:a\nEND:VCALENDAR\n",
            3,
            "expected END:VCARD to close the vCard that begins on line 1, but found `END:VCALENDAR`",
        ),
        ("BEGIN:VCARD\nVERSION:5.0\nEND:VCARD\n", 2, "unsupported vCard version `5.0`: expected 2.1, 3.0 or 4.0"),
        (
            "BEGIN:VCARD\nFN:a\nno property here\n more\nEND:VCARD\n",
            3,
            "expected a vCard property — a name, a colon and a value, such as `FN:Anna Nowak` — but found `no property heremore`",
        ),
        ("BEGIN:VCARD\nFN:a\nEND:VCARD\nBEGIN:VCARD\nTEL;CELL:1\n\nx\n", 7, "but found `x`"),
    ];
    for (text, line, expected) in cases {
        let (at, message) = refused(text.as_bytes());
        assert_eq!(at, *line, "{text:?}: {message}");
        assert!(message.contains(expected), "{text:?}: {message}");
    }
}

#[test]
fn value_errors_name_their_line() {
    let cases: &[(&[u8], usize, &str)] = &[
        (b"BEGIN:VCARD\nVERSION:2.1\nFN;ENCODING=QUOTED-PRINTABLE:=C5=G1\nEND:VCARD\n", 3, "not quoted-printable"),
        (b"BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=X-KLINGON:a;b\nEND:VCARD\n", 3, "unknown character set `X-KLINGON`"),
        (b"BEGIN:VCARD\nVERSION:3.0\nFN:a\nNOTE:Caf\xE9\nEND:VCARD\n", 4, "expected text in UTF-8"),
        (
            b"BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C5=\n=FF\nEND:VCARD\n",
            3,
            "expected text in UTF-8 (CHARSET=) but the value of FN is not",
        ),
        (b"BEGIN:VCARD\nVERSION:3.0\nFN;ENCODING=b:QUJD\nEND:VCARD\n", 3, "encoded as `B`"),
    ];
    for (bytes, line, expected) in cases {
        let (at, message) = refused(bytes);
        assert_eq!(at, *line, "{message}");
        assert!(message.contains(expected), "{message}");
        assert_eq!(parse(bytes).unwrap_err().code(), "import_failed");
    }
    // UTF-16 that is not: the decoder's own error, with its line.
    let mut lone: Vec<u8> = vec![0xFF, 0xFE];
    for u in "BEGIN:VCARD\nFN:".encode_utf16().chain([0xD800]) {
        lone.extend(u.to_le_bytes());
    }
    let (line, message) = refused(&lone);
    assert_eq!(line, 2);
    assert!(message.contains("expected text in UTF-16LE"), "{message}");
}

#[test]
fn a_file_is_read_from_its_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("contacts.vcf");
    std::fs::write(&path, ANDROID).unwrap();
    assert_eq!(read(&path).unwrap(), parse(ANDROID).unwrap());
    assert_eq!(read(dir.path()).unwrap_err().code(), "not_a_file");
    assert_eq!(read(&dir.path().join("missing.vcf")).unwrap_err().code(), "io");
}
