//! The e-mail parser on the fixtures: a Thunderbird mbox of three threads (a Polish
//! customer's, a German enquiry in Windows-1252, a Bulgarian one in Windows-1251 and KOI8-R
//! threaded by subject only) and an Outlook `.eml` in Windows-1250 with an inline image.

use super::*;
use crate::import::parsed::{Attachment, Party};
use crate::interactions::Channel;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn party(name: Option<&str>, address: &str) -> Party {
    Party { name: name.map(str::to_owned), address: Some(address.to_owned()), staff: false }
}

fn utc(at: &ParsedMessage) -> String {
    at.at.map(|t| t.to_rfc3339()).unwrap_or_default()
}

const LUCJA: &str = "lucja.wrobel@poczta.example.pl";
const FIRM: &str = "biuro@smaczna-kuchnia.example";

#[test]
fn the_thunderbird_mbox_is_read_mail_by_mail() {
    let bytes = fixture("mail_thunderbird.mbox");
    assert!(looks_like_mbox(&bytes) && !looks_like_eml(&bytes));
    let mails = parse_mbox(&bytes).unwrap();
    let lines: Vec<usize> = mails.iter().map(|m| m.message.line).collect();
    assert_eq!(lines, [1, 32, 129, 158, 238, 256, 281, 304]);

    // 1. ISO-8859-2: quoted-printable name and subject, flowed quoted-printable body.
    let m = &mails[0];
    assert_eq!(m.message.from, party(Some("Łucja Wróbel"), LUCJA));
    assert_eq!(m.subject.as_deref(), Some("Zapytanie o przyjęcie w Łodzi"));
    assert_eq!(utc(&m.message), "2026-03-02T08:14:03+00:00");
    assert!(
        m.message.text.starts_with(
            "Dzień dobry, chciałabym zapytać o przyjęcie dla 40 osób w Łodzi, w sobotę 28 marca. Czy macie"
        )
    );
    assert!(m.message.text.contains("litery: ą ć ę ł ń ó ś ź ż, Ą Ć Ę Ł Ń Ó Ś Ź Ż.\n"), "{}", m.message.text);
    assert!(m.message.text.ends_with("Z poważaniem\nŁucja Wróbel"));

    // 2. multipart/mixed: the plain part of the alternative (not the HTML), the quoted
    //    question kept, ">From " unquoted, the PDF by its RFC 2231 name and decoded size.
    let m = &mails[1];
    assert_eq!(m.message.from, party(Some("Anna Nowak"), FIRM));
    assert_eq!(
        m.message.to,
        [party(Some("Łucja Wróbel"), LUCJA), party(Some("Kuchnia"), "kuchnia@smaczna-kuchnia.example")]
    );
    assert_eq!(m.in_reply_to, ["3f1c2a9e-7b4d-4c1e-9a0f-5d2e8b6c1a11@poczta.example.pl"]);
    assert!(m.message.text.contains("90-006 Łódź\nFrom Monday to Friday, 9:00–17:00\n"), "{}", m.message.text);
    assert!(m.message.text.ends_with("> Czy macie Państwo wolny termin? Zależy nam na daniach bez glutenu."));
    assert!(!m.message.text.contains('<'));
    assert_eq!(m.message.attachments, [Attachment { name: "Oferta_przyjęcie_28.03.pdf".into(), size: 1571 }]);

    // 3. UTF-8 in base64, the subject and name in RFC 2047 B encoding.
    let m = &mails[2];
    assert_eq!(m.subject.as_deref(), Some("Re: Zapytanie o przyjęcie w Łodzi"));
    assert_eq!(m.message.from.name.as_deref(), Some("Łucja Wróbel"));
    assert!(m.message.text.contains("Czy sala w Łodzi ma parking?\nProszę o rezerwację na nazwisko Wróbel."));
    assert_eq!(m.references.len(), 2);

    // 5. No Date: the date of its "From " line.
    assert_eq!(mails[4].message.text, "Dziękuję, do zobaczenia w sobotę!\nŁucja Wróbel");
    assert_eq!(utc(&mails[4].message), "2026-03-03T19:05:44+00:00");

    // 6. Windows-1252, 8-bit.
    let m = &mails[5];
    assert_eq!(m.message.from, party(Some("Jürgen Weiß"), "j.weiss@grosshandel-weiss.example.de"));
    assert_eq!(m.subject.as_deref(), Some("Anfrage: Größe der Räume"));
    assert!(
        m.message.text.contains("Welche Größe haben Ihre Räume?\nBitte schicken Sie uns die Preise für 25 Personen.")
    );
    assert!(
        m.message.text.ends_with("Mit freundlichen Grüßen\nJürgen Weiß\nGroßhandel Weiß GmbH, Hauptstraße 5, München")
    );

    // 7. Windows-1251; 8. KOI8-R.
    let m = &mails[6];
    assert_eq!(m.message.from, party(Some("Мария Петрова"), "maria.petrova@example.bg"));
    assert_eq!(m.subject.as_deref(), Some("Резервация на зала"));
    assert!(m.message.text.starts_with("Здравейте,\n\nБихме искали да резервираме зала за 30 души през април."));
    assert_eq!(utc_of(m), "2026-03-05T09:00:27+00:00");
    let m = &mails[7];
    assert_eq!(m.subject.as_deref(), Some("Отг: Резервация на зала"));
    assert_eq!(m.message.to, [party(Some("Мария Петрова"), "maria.petrova@example.bg")]);
    assert!(m.message.text.starts_with("Здравейте, г-жо Петрова,\n\nблагодарим за запитването."));
}

fn utc_of(m: &Mail) -> String {
    utc(&m.message)
}

#[test]
fn an_html_only_newsletter_is_read_as_text_without_markup() {
    let mails = parse_mbox(&fixture("mail_thunderbird.mbox")).unwrap();
    let text = &mails[3].message.text;
    assert_eq!(utc_of(&mails[3]), "2026-03-03T11:30:00+00:00");
    for markup in ["<", ">", "&nbsp", "&amp;", "&#", "&oacute", "{", "mso", "document.write", "nie pokazuj", "utm_"] {
        assert!(!text.contains(markup), "{markup:?} left in {text:?}");
    }
    assert!(
        text.starts_with("Rezerwacja potwierdzona – sobota 28.03.2026\n\nPotwierdzenie rezerwacji nr 2026/031\n\n"),
        "{text:?}"
    );
    assert!(
        text.contains(
            "w sali „Pod Lipami”, ul. Piotrkowska 120, Łódź.\nParking dla gości jest bezpłatny & strzeżony.\n\n\
         Pozycja Cena\nMenu bezglutenowe 185 zł\nZaliczka 1 500 zł\n\nZobacz szczegóły rezerwacji\n\n\
         Z pozdrowieniami\nZespół Smacznej Kuchni"
        ),
        "{text:?}"
    );
    assert!(text.ends_with("Polityka prywatności | © 2026 Smaczna Kuchnia"));
}

#[test]
fn the_mbox_makes_three_threads() {
    let export = threads(parse_mbox(&fixture("mail_thunderbird.mbox")).unwrap());
    let shape: Vec<(&str, Option<&str>, usize)> =
        export.threads.iter().map(|t| (t.key.as_str(), t.title.as_deref(), t.messages.len())).collect();
    assert_eq!(
        shape,
        [
            ("3f1c2a9e-7b4d-4c1e-9a0f-5d2e8b6c1a11@poczta.example.pl", Some("Zapytanie o przyjęcie w Łodzi"), 5),
            ("000001dc8a2b$4e5f6a70$eb1c3f50$@grosshandel-weiss.example.de", Some("Anfrage: Größe der Räume"), 1),
            // No In-Reply-To or References: together by subject ("Отг:" taken off).
            ("20260305090027.41c2@mail.example.bg", Some("Резервация на зала"), 2),
        ]
    );
    assert!(export.threads.iter().all(|t| t.channel == Channel::Email));
    let times: Vec<String> = export.threads[0].messages.iter().map(utc).collect();
    assert!(times.windows(2).all(|w| w[0] <= w[1]), "{times:?}");
    assert_eq!(export.skipped, 0);
}

#[test]
fn the_outlook_eml_is_read_from_its_plain_part() {
    let bytes = fixture("mail_single.eml");
    assert!(looks_like_eml(&bytes) && !looks_like_mbox(&bytes));
    let m = parse_eml(&bytes).unwrap();
    assert_eq!(m.message.from, party(Some("Paweł Żółkiewski"), "pawel.zolkiewski@zolw-handel.example.pl"));
    assert_eq!(m.message.to, [party(None, FIRM)]);
    assert_eq!(m.subject.as_deref(), Some("Dane do faktury - Łódź"));
    assert_eq!(utc_of(&m), "2026-03-06T13:05:40+00:00");
    assert_eq!(
        m.message.id.as_deref(),
        Some("AM0PR02MB12345B6C7D8E9F0A1B2C3D4E5F6A7@AM0PR02MB1234.eurprd02.prod.outlook.example")
    );
    assert_eq!(
        m.message.text,
        "Dzień dobry,\n\nw nawiązaniu do rozmowy telefonicznej przesyłam dane do faktury:\n\
         Przedsiębiorstwo Handlowe „Żółw” Sp. z o.o.\nul. Źródlana 7, 91-012 Łódź\nNIP 725-000-00-00\n\n\
         Proszę o potwierdzenie. Litery: ą ć ę ł ń ó ś ź ż.\n\nPozdrawiam\nPaweł Żółkiewski"
    );
    assert_eq!(m.message.attachments, [Attachment { name: "image001.png".into(), size: 70 }]);
    let export = threads(vec![m]);
    assert_eq!(export.threads[0].title.as_deref(), Some("Dane do faktury - Łódź"));
    // The same file as an mbox is refused: it has no "From " line.
    let err = parse_mbox(&bytes).unwrap_err();
    assert_eq!(err.reason(), Some("mbox_no_from_line"));
}

#[test]
fn a_mail_with_only_an_attachment_has_an_empty_text() {
    let mail = "From: a@b.example\r\nDate: Fri, 6 Mar 2026 13:05:40 +0000\r\n\
                Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n\
                Content-Type: application/pdf; name=\"skan.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n\
                JVBERi0xLjQK\r\n--b--\r\n";
    let m = parse_eml(mail.as_bytes()).unwrap();
    assert_eq!(m.message.text, "");
    assert_eq!(m.message.attachments, [Attachment { name: "skan.pdf".into(), size: 9 }]);
}

#[test]
fn the_same_mail_twice_is_kept_once() {
    let bytes = fixture("mail_thunderbird.mbox");
    let mut mails = parse_mbox(&bytes).unwrap();
    mails.extend(parse_mbox(&bytes).unwrap());
    let export = threads(mails);
    assert_eq!(export.threads.iter().map(|t| t.messages.len()).sum::<usize>(), 8);
}

/// An mbox of `count` mails of about 10 KB each, as a busy firm's Thunderbird holds them:
/// threads of four, plain and HTML alternatives in quoted-printable, a base64 attachment on
/// every fourth mail, quoted replies, `>From ` lines.
fn generated_mbox(count: usize) -> Vec<u8> {
    let paragraph = "Dzień dobry, przesyłam uzupełnioną ofertę na przyjęcie w Łodzi. Proszę o informację, czy \
                     menu bezglutenowe odpowiada Państwa gościom, oraz o potwierdzenie liczby osób.\n";
    let plain: String = paragraph.repeat(16) + "From Monday to Friday, 9:00–17:00\n> Zażółć gęślą jaźń.\n";
    let qp: String = plain
        .bytes()
        .map(|b| {
            if b.is_ascii_graphic() && b != b'=' || b == b' ' {
                (b as char).to_string()
            } else if b == b'\n' {
                "\n".into()
            } else {
                format!("={b:02X}")
            }
        })
        .collect::<String>()
        .replace("\nFrom Monday", "\n>From Monday");
    let html = format!("<html><body><div>{}</div></body></html>", plain.replace('\n', "<br>\n"));
    let html_qp: String = html
        .bytes()
        .map(|b| {
            if b.is_ascii_graphic() && b != b'=' || b == b' ' || b == b'\n' {
                (b as char).to_string()
            } else {
                format!("={b:02X}")
            }
        })
        .collect();
    let attachment = "JVBERi0xLjQKJeLjz9MK"
        .repeat(400)
        .as_bytes()
        .chunks(76)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = Vec::with_capacity(count * 11_000);
    for i in 0..count {
        let thread = i / 4;
        let refs = (thread * 4..i).map(|j| format!("<m{j}@example.pl>")).collect::<Vec<_>>().join(" ");
        let links = if refs.is_empty() {
            String::new()
        } else {
            format!("In-Reply-To: <m{}@example.pl>\nReferences: {refs}\n", i - 1)
        };
        let day = 1 + (i % 28);
        out.extend_from_slice(
            format!(
                "From - Mon Mar {day:02} 10:15:00 2025\nX-Mozilla-Status: 0001\nReturn-Path: <klient{thread}@example.pl>\n\
                 Message-ID: <m{i}@example.pl>\nDate: Mon, {day} Mar 2025 10:{:02}:00 +0100\n\
                 From: =?ISO-8859-2?Q?=A3ucja_Wr=F3bel_{thread}?= <klient{thread}@example.pl>\n\
                 To: Biuro <biuro@firma.example>\nCc: kuchnia@firma.example\n\
                 Subject: =?UTF-8?Q?Re:_Oferta_na_przyj=C4=99cie_{thread}?=\n{links}MIME-Version: 1.0\n\
                 Content-Type: multipart/mixed; boundary=\"outer\"\n\n--outer\n\
                 Content-Type: multipart/alternative; boundary=\"alt\"\n\n--alt\n\
                 Content-Type: text/plain; charset=UTF-8; format=flowed\nContent-Transfer-Encoding: quoted-printable\n\n{qp}\n--alt\n\
                 Content-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n{html_qp}\n--alt--\n",
                i % 60
            )
            .as_bytes(),
        );
        if i % 4 == 3 {
            out.extend_from_slice(
                format!("--outer\nContent-Type: application/pdf; name=\"oferta{i}.pdf\"\nContent-Transfer-Encoding: base64\n\n{attachment}\n").as_bytes(),
            );
        }
        out.extend_from_slice(b"--outer--\n\n");
    }
    out
}

#[test]
fn a_generated_mbox_reads_whole() {
    let mails = parse_mbox(&generated_mbox(40)).unwrap();
    assert_eq!(mails.len(), 40);
    assert!(mails[3].message.text.contains("\nFrom Monday to Friday, 9:00–17:00\n> Zażółć gęślą jaźń."));
    assert_eq!(mails[3].message.attachments.len(), 1);
    let export = threads(mails);
    assert_eq!(export.threads.len(), 10);
    assert!(export.threads.iter().all(|t| t.messages.len() == 4));
}

/// The target: 20,000 mails (about 200 MB) imported in at most 20 s. Run in release
/// to measure: `cargo test --release -p custos-core --lib email::tests::speed -- --ignored
/// --nocapture`.
#[test]
#[ignore = "a measurement: run in release"]
fn speed_of_20000_mails() {
    let mbox = generated_mbox(20_000);
    let start = std::time::Instant::now();
    let mails = parse_mbox(&mbox).unwrap();
    let parsed = start.elapsed();
    let export = threads(mails);
    let total = start.elapsed();
    eprintln!(
        "{} MB, {} mails in {} threads: parsed in {:.2} s, threaded in {:.2} s",
        mbox.len() / 1_000_000,
        export.threads.iter().map(|t| t.messages.len()).sum::<usize>(),
        export.threads.len(),
        parsed.as_secs_f64(),
        (total - parsed).as_secs_f64()
    );
    assert_eq!(export.threads.len(), 5_000);
}
