//! The whole reader: the fixtures (a file per kind of export firms have), the refusals, and
//! the round trip of random address books.
//!
//! The fixtures in `tests/fixtures/contacts_*` are written from the tables below (the
//! legacy and UTF-16 ones through encoding_rs): `fixtures_are_the_tables_below` checks the
//! committed bytes are these; `CUSTOS_WRITE_FIXTURES=1` writes them again after a change.

use super::*;
use crate::address_book::draft::{Label, Labelled};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

#[derive(Clone, Copy)]
enum Bytes {
    Utf8,
    Utf8Bom,
    Utf16LeBom,
    Legacy(&'static encoding_rs::Encoding),
}

struct Fixture {
    file: &'static str,
    bytes: Bytes,
    delimiter: u8,
    crlf: bool,
    header: &'static [&'static str],
    /// Each row as (column, value); the other columns are empty. An empty row is blank.
    rows: &'static [&'static [(&'static str, &'static str)]],
}

impl Fixture {
    fn text(&self) -> String {
        let terminator = if self.crlf { ::csv::Terminator::CRLF } else { ::csv::Terminator::Any(b'\n') };
        let mut w =
            ::csv::WriterBuilder::new().delimiter(self.delimiter).terminator(terminator).from_writer(Vec::new());
        w.write_record(self.header).unwrap();
        for row in self.rows {
            for (column, _) in row.iter() {
                assert!(self.header.contains(column), "{}: no column {column}", self.file);
            }
            let fields = self.header.iter().map(|h| row.iter().find(|(c, _)| c == h).map_or("", |(_, v)| v));
            w.write_record(fields).unwrap();
        }
        String::from_utf8(w.into_inner().unwrap()).unwrap()
    }

    fn bytes(&self) -> Vec<u8> {
        let text = self.text();
        match self.bytes {
            Bytes::Utf8 => text.into_bytes(),
            Bytes::Utf8Bom => [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
            Bytes::Utf16LeBom => {
                [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect()
            }
            Bytes::Legacy(encoding) => {
                let (bytes, _, unmappable) = encoding.encode(&text);
                assert!(!unmappable, "{} has letters {} lacks", self.file, encoding.name());
                bytes.into_owned()
            }
        }
    }
}

const GOOGLE_HEADER: &[&str] = &[
    "First Name",
    "Middle Name",
    "Last Name",
    "Phonetic First Name",
    "Phonetic Middle Name",
    "Phonetic Last Name",
    "Name Prefix",
    "Name Suffix",
    "Nickname",
    "File As",
    "Organization Name",
    "Organization Title",
    "Organization Department",
    "Birthday",
    "Notes",
    "Photo",
    "Labels",
    "E-mail 1 - Label",
    "E-mail 1 - Value",
    "E-mail 2 - Label",
    "E-mail 2 - Value",
    "Phone 1 - Label",
    "Phone 1 - Value",
    "Phone 2 - Label",
    "Phone 2 - Value",
    "Address 1 - Label",
    "Address 1 - Formatted",
    "Address 1 - Street",
    "Address 1 - City",
    "Address 1 - PO Box",
    "Address 1 - Region",
    "Address 1 - Postal Code",
    "Address 1 - Country",
    "Address 1 - Extended Address",
    "Website 1 - Label",
    "Website 1 - Value",
];

const GOOGLE: Fixture = Fixture {
    file: "contacts_google.csv",
    bytes: Bytes::Utf8,
    delimiter: b',',
    crlf: false,
    header: GOOGLE_HEADER,
    rows: &[
        &[
            ("First Name", "Łucja"),
            ("Last Name", "Żółkiewska"),
            ("File As", "Żółkiewska, Łucja"),
            ("Organization Name", "Pracownia Źdźbło sp. z o.o."),
            ("Organization Title", "Prezes zarządu"),
            ("Birthday", "1984-03-12"),
            ("Notes", "Poznana na targach w Łodzi.\nWoli kontakt mailowy."),
            ("Labels", "* myContacts ::: Trade fair 2026 ::: VIP"),
            ("E-mail 1 - Label", "* Work"),
            ("E-mail 1 - Value", "lucja@zdzblo.pl ::: biuro@zdzblo.pl"),
            ("E-mail 2 - Label", "Home"),
            ("E-mail 2 - Value", "lucja.z@gmail.com"),
            ("Phone 1 - Label", "Mobile"),
            ("Phone 1 - Value", "+48 601 234 567"),
            ("Phone 2 - Label", "Work"),
            ("Phone 2 - Value", "+48 42 630 12 34"),
            ("Address 1 - Label", "Work"),
            ("Address 1 - Formatted", "ul. Piotrkowska 120\n90-006 Łódź\nPolska"),
            ("Address 1 - Street", "ul. Piotrkowska 120"),
            ("Address 1 - City", "Łódź"),
            ("Address 1 - Region", "łódzkie"),
            ("Address 1 - Postal Code", "90-006"),
            ("Address 1 - Country", "Polska"),
            ("Website 1 - Label", "Work"),
            ("Website 1 - Value", "https://zdzblo.pl"),
        ],
        &[
            ("First Name", "Jürgen"),
            ("Last Name", "Müller"),
            ("Name Prefix", "Dr."),
            ("Organization Name", "Müller & Söhne GmbH"),
            ("Organization Title", "Geschäftsführer"),
            ("Labels", "* myContacts"),
            ("E-mail 1 - Label", "Work"),
            ("E-mail 1 - Value", "j.mueller@mueller-soehne.de"),
            ("Phone 1 - Label", "* Mobile"),
            ("Phone 1 - Value", "+49 171 2345678"),
        ],
        &[
            ("First Name", "Иван"),
            ("Middle Name", "Петров"),
            ("Last Name", "Георгиев"),
            ("Organization Name", "Български пощи ЕАД"),
            ("Organization Title", "Мениджър продажби"),
            ("Notes", "Говори английски, немски."),
            ("Labels", "* myContacts ::: * starred ::: Доставчици ::: Trade fair 2026"),
            ("E-mail 1 - Label", "Work"),
            ("E-mail 1 - Value", "ivan.georgiev@bgpost.bg"),
            ("Phone 1 - Label", "Work"),
            ("Phone 1 - Value", "+359 2 949 3280"),
            ("Phone 2 - Label", "* Mobile"),
            ("Phone 2 - Value", "+359 888 123 456"),
            ("Address 1 - Label", "Work"),
            ("Address 1 - Street", "бул. \"Княз Александър Дондуков\" 6"),
            ("Address 1 - City", "София"),
            ("Address 1 - Postal Code", "1000"),
            ("Address 1 - Country", "България"),
        ],
        &[("Labels", "* myContacts"), ("Phone 1 - Label", "Mobile"), ("Phone 1 - Value", "+48 500 600 700")],
        &[
            ("First Name", "Françoise"),
            ("Last Name", "Lefèvre"),
            ("Labels", "* myContacts ::: Clients France"),
            ("E-mail 1 - Label", "Home"),
            ("E-mail 1 - Value", "francoise.lefevre@orange.fr"),
            ("Address 1 - Label", "Home"),
            ("Address 1 - Formatted", "3 rue de l'Église\n25000 Besançon\nFrance"),
        ],
    ],
};

const GOOGLE_OLD_HEADER: &[&str] = &[
    "Name",
    "Given Name",
    "Additional Name",
    "Family Name",
    "Yomi Name",
    "Given Name Yomi",
    "Additional Name Yomi",
    "Family Name Yomi",
    "Name Prefix",
    "Name Suffix",
    "Initials",
    "Nickname",
    "Short Name",
    "Maiden Name",
    "Birthday",
    "Gender",
    "Location",
    "Billing Information",
    "Directory Server",
    "Mileage",
    "Occupation",
    "Hobby",
    "Sensitivity",
    "Priority",
    "Subject",
    "Notes",
    "Language",
    "Photo",
    "Group Membership",
    "E-mail 1 - Type",
    "E-mail 1 - Value",
    "E-mail 2 - Type",
    "E-mail 2 - Value",
    "Phone 1 - Type",
    "Phone 1 - Value",
    "Phone 2 - Type",
    "Phone 2 - Value",
    "Address 1 - Type",
    "Address 1 - Formatted",
    "Address 1 - Street",
    "Address 1 - City",
    "Address 1 - PO Box",
    "Address 1 - Region",
    "Address 1 - Postal Code",
    "Address 1 - Country",
    "Address 1 - Extended Address",
    "Organization 1 - Type",
    "Organization 1 - Name",
    "Organization 1 - Yomi Name",
    "Organization 1 - Title",
    "Organization 1 - Department",
    "Organization 1 - Symbol",
    "Organization 1 - Location",
    "Organization 1 - Job Description",
    "Website 1 - Type",
    "Website 1 - Value",
];

const GOOGLE_OLD: Fixture = Fixture {
    file: "contacts_google_old.csv",
    bytes: Bytes::Utf8,
    delimiter: b',',
    crlf: true,
    header: GOOGLE_OLD_HEADER,
    rows: &[
        &[
            ("Name", "Giulia Esposito"),
            ("Given Name", "Giulia"),
            ("Family Name", "Esposito"),
            ("Notes", "Fornitore di caffè, Napoli"),
            ("Group Membership", "* My Contacts ::: Fornitori"),
            ("E-mail 1 - Type", "* Work"),
            ("E-mail 1 - Value", "giulia.esposito@caffe-partenope.it"),
            ("E-mail 2 - Type", "Home"),
            ("E-mail 2 - Value", "giulia.e@libero.it"),
            ("Phone 1 - Type", "Work"),
            ("Phone 1 - Value", "+39 081 555 1234"),
            ("Address 1 - Type", "Work"),
            ("Address 1 - Formatted", "Via Toledo 256\n80134 Napoli NA\nItalia"),
            ("Address 1 - Street", "Via Toledo 256"),
            ("Address 1 - City", "Napoli"),
            ("Organization 1 - Name", "Caffè Partenope S.r.l."),
            ("Organization 1 - Title", "Responsabile acquisti"),
        ],
        &[
            ("Name", "José Muñoz García"),
            ("Given Name", "José"),
            ("Family Name", "Muñoz García"),
            ("Group Membership", "* My Contacts ::: Clientes ::: Feria 2026"),
            ("E-mail 1 - Type", "Work"),
            ("E-mail 1 - Value", "jose.munoz@munozyasociados.es"),
            ("Phone 1 - Type", "Mobile"),
            ("Phone 1 - Value", "+34 612 345 678"),
            ("Phone 2 - Type", "* Work"),
            ("Phone 2 - Value", "+34 91 123 45 67"),
            ("Organization 1 - Name", "Muñoz y Asociados S.L."),
        ],
        &[
            ("Name", "Grzegorz Brzęczyszczykiewicz"),
            ("Given Name", "Grzegorz"),
            ("Family Name", "Brzęczyszczykiewicz"),
            ("Group Membership", "* My Contacts"),
            ("Phone 1 - Type", "Mobile"),
            ("Phone 1 - Value", "+48 600 100 200 ::: +48 600 100 201"),
        ],
    ],
};

const OUTLOOK_HEADER: &[&str] = &[
    "Title",
    "First Name",
    "Middle Name",
    "Last Name",
    "Suffix",
    "Company",
    "Department",
    "Job Title",
    "Business Street",
    "Business Street 2",
    "Business Street 3",
    "Business City",
    "Business State",
    "Business Postal Code",
    "Business Country/Region",
    "Home Street",
    "Home Street 2",
    "Home Street 3",
    "Home City",
    "Home State",
    "Home Postal Code",
    "Home Country/Region",
    "Other Street",
    "Other Street 2",
    "Other Street 3",
    "Other City",
    "Other State",
    "Other Postal Code",
    "Other Country/Region",
    "Assistant's Phone",
    "Business Fax",
    "Business Phone",
    "Business Phone 2",
    "Callback",
    "Car Phone",
    "Company Main Phone",
    "Home Fax",
    "Home Phone",
    "Home Phone 2",
    "ISDN",
    "Mobile Phone",
    "Other Fax",
    "Other Phone",
    "Pager",
    "Primary Phone",
    "Radio Phone",
    "TTY/TDD Phone",
    "Telex",
    "Account",
    "Anniversary",
    "Assistant's Name",
    "Billing Information",
    "Birthday",
    "Business Address PO Box",
    "Categories",
    "Children",
    "Directory Server",
    "E-mail Address",
    "E-mail Type",
    "E-mail Display Name",
    "E-mail 2 Address",
    "E-mail 2 Type",
    "E-mail 2 Display Name",
    "E-mail 3 Address",
    "E-mail 3 Type",
    "E-mail 3 Display Name",
    "Gender",
    "Government ID Number",
    "Hobby",
    "Home Address PO Box",
    "Initials",
    "Internet Free Busy",
    "Keywords",
    "Language",
    "Location",
    "Manager's Name",
    "Mileage",
    "Notes",
    "Office Location",
    "Organizational ID Number",
    "Other Address PO Box",
    "Priority",
    "Private",
    "Referred By",
    "Sensitivity",
    "Spouse",
    "User 1",
    "User 2",
    "User 3",
    "User 4",
    "Web Page",
];

const OUTLOOK_PL: Fixture = Fixture {
    file: "contacts_outlook_pl_1250.csv",
    bytes: Bytes::Legacy(encoding_rs::WINDOWS_1250),
    delimiter: b';',
    crlf: true,
    header: OUTLOOK_HEADER,
    rows: &[
        &[
            ("Title", "Pani"),
            ("First Name", "Łucja"),
            ("Last Name", "Źdźbło-Ślęzak"),
            ("Company", "Zakład Usług Księgowych \"Gęś\" s.c."),
            ("Job Title", "Główna księgowa"),
            ("Business Street", "ul. Żeromskiego 15"),
            ("Business Street 2", "lok. 3"),
            ("Business City", "Łódź"),
            ("Business State", "łódzkie"),
            ("Business Postal Code", "90-710"),
            ("Business Country/Region", "Polska"),
            ("Business Phone", "+48 42 636 11 22"),
            ("Business Fax", "+48 42 636 11 23"),
            ("Mobile Phone", "+48 601 222 333"),
            ("Primary Phone", "+48 42 636 11 22"),
            ("Categories", "Targi 2026;Klient"),
            ("E-mail Address", "lucja.slezak@ges-ksiegowosc.pl"),
            ("E-mail Type", "SMTP"),
            ("E-mail Display Name", "Łucja Źdźbło-Ślęzak (lucja.slezak@ges-ksiegowosc.pl)"),
            ("E-mail 2 Address", "biuro@ges-ksiegowosc.pl"),
            ("E-mail 2 Type", "SMTP"),
            ("Notes", "Zażółć gęślą jaźń — ZAŻÓŁĆ GĘŚLĄ JAŹŃ.\r\nFaktury do 10. dnia miesiąca."),
            ("Birthday", "0.0.00"),
            ("Gender", "Nieokreślona"),
            ("Priority", "Normalny"),
            ("Private", "Fałsz"),
            ("Sensitivity", "Normalny"),
        ],
        &[
            ("Title", "Pan"),
            ("First Name", "Ścibor"),
            ("Middle Name", "Józef"),
            ("Last Name", "Ćwikliński"),
            ("Home Street", "ul. Źródlana 7"),
            ("Home City", "Gdańsk"),
            ("Home Postal Code", "80-210"),
            ("Home Country/Region", "Polska"),
            ("Home Phone", "+48 58 301 02 03"),
            ("Mobile Phone", "+48 501 444 555"),
            ("Categories", "Dostawca"),
            ("E-mail Address", "scibor.cwiklinski@wp.pl"),
            ("Notes", "Ąę óź — wszystkie litery: ą ć ę ł ń ó ś ź ż Ą Ć Ę Ł Ń Ó Ś Ź Ż"),
            ("Gender", "Nieokreślona"),
        ],
        &[],
        &[("Company", "Żabka Polska sp. z o.o."), ("Company Main Phone", "+48 61 856 37 00")],
    ],
};

const EXCEL_DE: Fixture = Fixture {
    file: "contacts_excel_de_1252.csv",
    bytes: Bytes::Legacy(encoding_rs::WINDOWS_1252),
    delimiter: b';',
    crlf: true,
    header: &[
        "Anrede",
        "Vorname",
        "Name",
        "Firma",
        "Position",
        "E-Mail-Adresse",
        "Telefon geschäftlich",
        "Handy",
        "Straße",
        "PLZ",
        "Ort",
        "Land",
        "Kategorien",
        "Notizen",
    ],
    rows: &[
        &[
            ("Anrede", "Herr"),
            ("Vorname", "Jürgen"),
            ("Name", "Müller"),
            ("Firma", "Müller & Söhne GmbH"),
            ("Position", "Geschäftsführer"),
            ("E-Mail-Adresse", "j.mueller@mueller-soehne.de"),
            ("Telefon geschäftlich", "+49 221 123456"),
            ("Handy", "+49 171 2345678"),
            ("Straße", "Hauptstraße 5"),
            ("PLZ", "50667"),
            ("Ort", "Köln"),
            ("Land", "Deutschland"),
            ("Kategorien", "Kunde, Messe 2026"),
            ("Notizen", "Bevorzugt vormittags anrufen; Größe: XL"),
        ],
        &[
            ("Anrede", "Frau"),
            ("Vorname", "Françoise"),
            ("Name", "Lefèvre"),
            ("Firma", "Café Crème SARL"),
            ("Position", "Gérante"),
            ("E-Mail-Adresse", "f.lefevre@cafe-creme.fr"),
            ("Handy", "+33 6 12 34 56 78"),
            ("Straße", "3 rue de l'Église"),
            ("PLZ", "25000"),
            ("Ort", "Besançon"),
            ("Land", "Frankreich"),
            ("Kategorien", "Lieferant"),
        ],
        &[
            ("Anrede", "Herr"),
            ("Vorname", "José"),
            ("Name", "Muñoz Peña"),
            ("Firma", "Ñandú Ibérica S.A."),
            ("E-Mail-Adresse", "jose@nandu-iberica.es"),
            ("Straße", "Calle Mayor 1"),
            ("PLZ", "28013"),
            ("Ort", "Madrid"),
            ("Land", "Spanien"),
            ("Notizen", "ä ö ü ß é è ç ñ Ä Ö Ü É È Ç Ñ"),
        ],
        &[],
        &[],
    ],
};

const UTF16_TAB: Fixture = Fixture {
    file: "contacts_utf16le_tab.txt",
    bytes: Bytes::Utf16LeBom,
    delimiter: b'\t',
    crlf: true,
    header: &[
        "Име",
        "Фамилия",
        "Фирма",
        "Длъжност",
        "Имейл",
        "Мобилен телефон",
        "Служебен телефон",
        "Адрес",
        "Град",
        "Пощенски код",
        "Държава",
        "Етикети",
        "Бележки",
    ],
    rows: &[
        &[
            ("Име", "Мария"),
            ("Фамилия", "Георгиева"),
            ("Фирма", "Щастие ЕООД"),
            ("Длъжност", "Управител"),
            ("Имейл", "maria@shtastie.bg"),
            ("Мобилен телефон", "+359 887 654 321"),
            ("Служебен телефон", "+359 32 123 456"),
            ("Адрес", "ул. „Цар Борис III“ 12"),
            ("Град", "Пловдив"),
            ("Пощенски код", "4000"),
            ("Държава", "България"),
            ("Етикети", "Клиент; Панаир 2026"),
            ("Бележки", "Обича да ѝ се обаждат сутрин.\nЖ Ш Щ Ъ Ю Я ж ш щ ъ ю я"),
        ],
        &[
            ("Име", "Giulia"),
            ("Фамилия", "Esposito"),
            ("Фирма", "Caffè Partenope S.r.l."),
            ("Имейл", "giulia.esposito@caffe-partenope.it"),
            ("Град", "Napoli"),
            ("Държава", "Italia"),
        ],
    ],
};

const PL: Fixture = Fixture {
    file: "contacts_pl.csv",
    bytes: Bytes::Utf8Bom,
    delimiter: b';',
    crlf: true,
    header: &[
        "Imię",
        "Nazwisko",
        "Firma",
        "Stanowisko",
        "E-mail",
        "Telefon komórkowy",
        "Telefon służbowy",
        "Adres",
        "Kod pocztowy",
        "Miejscowość",
        "Województwo",
        "Tagi",
        "Uwagi",
    ],
    rows: &[
        &[
            ("Imię", "Zofia"),
            ("Nazwisko", "Wójcik-Błaszczyk"),
            ("Firma", "Kwiaciarnia \"Róża\""),
            ("Stanowisko", "Właścicielka"),
            ("E-mail", "zofia@kwiaciarnia-roza.pl"),
            ("Telefon komórkowy", "+48 602 111 222"),
            ("Telefon służbowy", "+48 12 421 00 00"),
            ("Adres", "ul. Floriańska 3"),
            ("Kod pocztowy", "31-019"),
            ("Miejscowość", "Kraków"),
            ("Województwo", "małopolskie"),
            ("Tagi", "Targi 2026, Klient"),
            ("Uwagi", "Dostawy we wtorki;\nkwiaty cięte i doniczkowe"),
        ],
        &[],
        &[("Telefon komórkowy", "+48 700 800 900"), ("Uwagi", "Numer z wizytówki, bez nazwiska")],
        &[
            ("Imię", "Mikołaj"),
            ("Nazwisko", "Łęcki"),
            ("E-mail", "mikolaj.lecki@onet.pl; m.lecki@firma.pl"),
            ("Miejscowość", "Żyrardów"),
            ("Tagi", "Dostawca"),
        ],
    ],
};

const FIXTURES: [&Fixture; 6] = [&GOOGLE, &GOOGLE_OLD, &OUTLOOK_PL, &EXCEL_DE, &UTF16_TAB, &PL];

#[test]
fn fixtures_are_the_tables_below() {
    let write = std::env::var_os("CUSTOS_WRITE_FIXTURES").is_some();
    for f in FIXTURES {
        let path = format!("{DIR}/{}", f.file);
        if write {
            std::fs::write(&path, f.bytes()).unwrap();
        }
        let committed =
            std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e} (CUSTOS_WRITE_FIXTURES=1 writes it)"));
        assert!(committed == f.bytes(), "{path} is not its table (CUSTOS_WRITE_FIXTURES=1 writes it again)");
    }
}

fn fixture(f: &Fixture) -> Vec<u8> {
    std::fs::read(format!("{DIR}/{}", f.file)).unwrap()
}

/// Inspects a fixture and parses it with the guessed mapping; checks the preview drafts are
/// the first of them.
fn read(f: &Fixture) -> (Inspected, Vec<ContactDraft>) {
    let bytes = fixture(f);
    let inspected = inspect(&bytes).unwrap();
    let drafts = parse(&bytes, &inspected.guessed).unwrap();
    let previews: Vec<ContactDraft> = inspected.sample.iter().map(|row| inspected.guessed.draft(row)).collect();
    assert_eq!(previews, drafts[..previews.len()], "{}", f.file);
    (inspected, drafts)
}

fn l(value: &str, label: Label, primary: bool) -> Labelled {
    Labelled { value: value.into(), label, primary }
}

fn s(text: &str) -> Option<String> {
    Some(text.to_owned())
}

#[test]
fn google_contacts_current_layout() {
    let (inspected, drafts) = read(&GOOGLE);
    assert_eq!(
        (inspected.encoding, inspected.delimiter, inspected.preset),
        (Encoding::Utf8, Delimiter::Comma, Some(Preset::Google))
    );
    assert_eq!(inspected.header.len(), GOOGLE_HEADER.len());
    assert_eq!(drafts.len(), 5);
    let lucja = &drafts[0];
    assert_eq!(
        *lucja,
        ContactDraft {
            line: 2,
            display_name: None,
            given_name: s("Łucja"),
            family_name: s("Żółkiewska"),
            organisation: s("Pracownia Źdźbło sp. z o.o."),
            job_title: s("Prezes zarządu"),
            emails: vec![
                l("lucja@zdzblo.pl", Label::Work, true),
                l("biuro@zdzblo.pl", Label::Work, false),
                l("lucja.z@gmail.com", Label::Home, false),
            ],
            phones: vec![l("+48 601 234 567", Label::Mobile, true), l("+48 42 630 12 34", Label::Work, false)],
            addresses: vec![l("ul. Piotrkowska 120, 90-006 Łódź, Polska", Label::Work, true)],
            tags: vec!["Trade fair 2026".into(), "VIP".into()],
            notes: s("Poznana na targach w Łodzi.\nWoli kontakt mailowy."),
            problem: None,
        }
    );
    // The notes and the address of the first row span lines: the next row starts on line 6.
    assert_eq!(drafts.iter().map(|d| d.line).collect::<Vec<_>>(), [2, 6, 7, 8, 9]);
    let jurgen = &drafts[1];
    assert_eq!((jurgen.given_name.as_deref(), jurgen.family_name.as_deref()), (Some("Jürgen"), Some("Müller")));
    assert_eq!(jurgen.phones, [l("+49 171 2345678", Label::Mobile, true)]);
    assert!(jurgen.tags.is_empty(), "only Google's own group: {:?}", jurgen.tags);
    let ivan = &drafts[2];
    assert_eq!(ivan.given_name.as_deref(), Some("Иван Петров"));
    assert_eq!(ivan.family_name.as_deref(), Some("Георгиев"));
    assert_eq!(ivan.name().as_deref(), Some("Иван Петров Георгиев"));
    assert_eq!(ivan.phones, [l("+359 2 949 3280", Label::Work, false), l("+359 888 123 456", Label::Mobile, true)]);
    assert_eq!(ivan.addresses, [l("бул. \"Княз Александър Дондуков\" 6, 1000 София, България", Label::Work, true)]);
    assert_eq!(ivan.tags, ["Доставчици", "Trade fair 2026"]);
    let nameless = &drafts[3];
    assert_eq!(nameless.problem.as_deref(), Some(NO_NAME));
    assert_eq!(nameless.phones, [l("+48 500 600 700", Label::Mobile, true)]);
    let francoise = &drafts[4];
    assert_eq!(francoise.addresses, [l("3 rue de l'Église, 25000 Besançon, France", Label::Home, true)]);
    assert_eq!(francoise.tags, ["Clients France"]);
}

#[test]
fn google_contacts_older_layout() {
    let (inspected, drafts) = read(&GOOGLE_OLD);
    assert_eq!(inspected.preset, Some(Preset::GoogleOld));
    assert_eq!(drafts.iter().map(|d| d.line).collect::<Vec<_>>(), [2, 5, 6]);
    let giulia = &drafts[0];
    assert_eq!(giulia.display_name.as_deref(), Some("Giulia Esposito"));
    assert_eq!((giulia.given_name.as_deref(), giulia.family_name.as_deref()), (Some("Giulia"), Some("Esposito")));
    assert_eq!(giulia.organisation.as_deref(), Some("Caffè Partenope S.r.l."));
    assert_eq!(giulia.job_title.as_deref(), Some("Responsabile acquisti"));
    assert_eq!(
        giulia.emails,
        [l("giulia.esposito@caffe-partenope.it", Label::Work, true), l("giulia.e@libero.it", Label::Home, false)]
    );
    assert_eq!(giulia.addresses, [l("Via Toledo 256, 80134 Napoli NA, Italia", Label::Work, true)]);
    assert_eq!(giulia.tags, ["Fornitori"]);
    assert_eq!(giulia.notes.as_deref(), Some("Fornitore di caffè, Napoli"));
    let jose = &drafts[1];
    assert_eq!(jose.family_name.as_deref(), Some("Muñoz García"));
    assert_eq!(jose.phones, [l("+34 612 345 678", Label::Mobile, false), l("+34 91 123 45 67", Label::Work, true)]);
    assert_eq!(jose.tags, ["Clientes", "Feria 2026"]);
    let grzegorz = &drafts[2];
    assert_eq!(grzegorz.family_name.as_deref(), Some("Brzęczyszczykiewicz"));
    assert_eq!(
        grzegorz.phones,
        [l("+48 600 100 200", Label::Mobile, true), l("+48 600 100 201", Label::Mobile, false)]
    );
    assert!(grzegorz.tags.is_empty());
}

#[test]
fn outlook_from_a_polish_excel_in_windows_1250_with_semicolons() {
    let (inspected, drafts) = read(&OUTLOOK_PL);
    assert_eq!(
        (inspected.encoding, inspected.delimiter, inspected.preset),
        (Encoding::Windows1250, Delimiter::Semicolon, Some(Preset::Outlook))
    );
    assert_eq!(inspected.guessed.field(0), Field::Ignore, "Outlook's Title is Pani/Pan");
    // The first row's notes span two lines; the blank row (line 5) is skipped.
    assert_eq!(drafts.iter().map(|d| d.line).collect::<Vec<_>>(), [2, 4, 6]);
    let lucja = &drafts[0];
    assert_eq!(
        *lucja,
        ContactDraft {
            line: 2,
            display_name: None,
            given_name: s("Łucja"),
            family_name: s("Źdźbło-Ślęzak"),
            organisation: s("Zakład Usług Księgowych \"Gęś\" s.c."),
            job_title: s("Główna księgowa"),
            emails: vec![
                l("lucja.slezak@ges-ksiegowosc.pl", Label::Other, true),
                l("biuro@ges-ksiegowosc.pl", Label::Other, false),
            ],
            phones: vec![l("+48 42 636 11 22", Label::Work, true), l("+48 601 222 333", Label::Mobile, false)],
            addresses: vec![l("ul. Żeromskiego 15, lok. 3, 90-710 Łódź, łódzkie, Polska", Label::Work, true)],
            tags: vec!["Targi 2026".into(), "Klient".into()],
            notes: s("Zażółć gęślą jaźń — ZAŻÓŁĆ GĘŚLĄ JAŹŃ.\r\nFaktury do 10. dnia miesiąca."),
            problem: None,
        }
    );
    let scibor = &drafts[1];
    assert_eq!(scibor.given_name.as_deref(), Some("Ścibor Józef"));
    assert_eq!(scibor.family_name.as_deref(), Some("Ćwikliński"));
    assert_eq!(scibor.addresses, [l("ul. Źródlana 7, 80-210 Gdańsk, Polska", Label::Home, true)]);
    assert_eq!(scibor.phones, [l("+48 58 301 02 03", Label::Home, true), l("+48 501 444 555", Label::Mobile, false)]);
    assert_eq!(scibor.notes.as_deref(), Some("Ąę óź — wszystkie litery: ą ć ę ł ń ó ś ź ż Ą Ć Ę Ł Ń Ó Ś Ź Ż"));
    let zabka = &drafts[2];
    assert_eq!(zabka.name().as_deref(), Some("Żabka Polska sp. z o.o."));
    assert_eq!(zabka.phones, [l("+48 61 856 37 00", Label::Work, true)]);
    assert_eq!(zabka.problem, None);
}

#[test]
fn a_german_excel_list_in_windows_1252() {
    let (inspected, drafts) = read(&EXCEL_DE);
    assert_eq!(
        (inspected.encoding, inspected.delimiter, inspected.preset),
        (Encoding::Windows1252, Delimiter::Semicolon, None)
    );
    assert_eq!(inspected.header[6], "Telefon geschäftlich");
    assert_eq!(drafts.iter().map(|d| d.line).collect::<Vec<_>>(), [2, 3, 4]);
    let jurgen = &drafts[0];
    assert_eq!(
        *jurgen,
        ContactDraft {
            line: 2,
            display_name: None,
            given_name: s("Jürgen"),
            family_name: s("Müller"),
            organisation: s("Müller & Söhne GmbH"),
            job_title: s("Geschäftsführer"),
            emails: vec![l("j.mueller@mueller-soehne.de", Label::Other, true)],
            phones: vec![l("+49 221 123456", Label::Work, true), l("+49 171 2345678", Label::Mobile, false)],
            addresses: vec![l("Hauptstraße 5, 50667 Köln, Deutschland", Label::Other, true)],
            tags: vec!["Kunde".into(), "Messe 2026".into()],
            notes: s("Bevorzugt vormittags anrufen; Größe: XL"),
            problem: None,
        }
    );
    assert_eq!(drafts[1].name().as_deref(), Some("Françoise Lefèvre"));
    assert_eq!(drafts[1].organisation.as_deref(), Some("Café Crème SARL"));
    assert_eq!(drafts[1].job_title.as_deref(), Some("Gérante"));
    assert_eq!(drafts[1].addresses, [l("3 rue de l'Église, 25000 Besançon, Frankreich", Label::Other, true)]);
    assert_eq!(drafts[2].name().as_deref(), Some("José Muñoz Peña"));
    assert_eq!(drafts[2].organisation.as_deref(), Some("Ñandú Ibérica S.A."));
    assert_eq!(drafts[2].notes.as_deref(), Some("ä ö ü ß é è ç ñ Ä Ö Ü É È Ç Ñ"));
}

#[test]
fn unicode_text_from_excel_utf16_with_tabs_and_bulgarian_columns() {
    let (inspected, drafts) = read(&UTF16_TAB);
    assert_eq!((inspected.encoding, inspected.delimiter, inspected.preset), (Encoding::Utf16Le, Delimiter::Tab, None));
    assert_eq!(inspected.header[0], "Име");
    assert_eq!(drafts.iter().map(|d| d.line).collect::<Vec<_>>(), [2, 4]);
    let maria = &drafts[0];
    assert_eq!(
        *maria,
        ContactDraft {
            line: 2,
            display_name: None,
            given_name: s("Мария"),
            family_name: s("Георгиева"),
            organisation: s("Щастие ЕООД"),
            job_title: s("Управител"),
            emails: vec![l("maria@shtastie.bg", Label::Other, true)],
            phones: vec![l("+359 887 654 321", Label::Mobile, true), l("+359 32 123 456", Label::Work, false)],
            addresses: vec![l("ул. „Цар Борис III“ 12, 4000 Пловдив, България", Label::Other, true)],
            tags: vec!["Клиент".into(), "Панаир 2026".into()],
            notes: s("Обича да ѝ се обаждат сутрин.\nЖ Ш Щ Ъ Ю Я ж ш щ ъ ю я"),
            problem: None,
        }
    );
    assert_eq!(drafts[1].addresses, [l("Napoli, Italia", Label::Other, true)]);
}

#[test]
fn a_polish_spreadsheet_with_polish_columns() {
    let (inspected, drafts) = read(&PL);
    assert_eq!(
        (inspected.encoding, inspected.delimiter, inspected.preset),
        (Encoding::Utf8, Delimiter::Semicolon, None)
    );
    assert_eq!(inspected.header[0], "Imię", "the byte-order mark is not part of the first name");
    assert_eq!(
        inspected.guessed.columns[..4],
        [Field::GivenName, Field::FamilyName, Field::Organisation, Field::JobTitle]
    );
    assert_eq!(drafts.iter().map(|d| d.line).collect::<Vec<_>>(), [2, 5, 6]);
    let zofia = &drafts[0];
    assert_eq!(
        *zofia,
        ContactDraft {
            line: 2,
            display_name: None,
            given_name: s("Zofia"),
            family_name: s("Wójcik-Błaszczyk"),
            organisation: s("Kwiaciarnia \"Róża\""),
            job_title: s("Właścicielka"),
            emails: vec![l("zofia@kwiaciarnia-roza.pl", Label::Other, true)],
            phones: vec![l("+48 602 111 222", Label::Mobile, true), l("+48 12 421 00 00", Label::Work, false)],
            addresses: vec![l("ul. Floriańska 3, 31-019 Kraków, małopolskie", Label::Other, true)],
            tags: vec!["Targi 2026".into(), "Klient".into()],
            notes: s("Dostawy we wtorki;\nkwiaty cięte i doniczkowe"),
            problem: None,
        }
    );
    assert_eq!(drafts[1].problem.as_deref(), Some(NO_NAME), "only a phone number");
    assert_eq!(drafts[1].phones, [l("+48 700 800 900", Label::Mobile, true)]);
    let mikolaj = &drafts[2];
    assert_eq!(mikolaj.name().as_deref(), Some("Mikołaj Łęcki"));
    assert_eq!(
        mikolaj.emails,
        [l("mikolaj.lecki@onet.pl", Label::Other, true), l("m.lecki@firma.pl", Label::Other, false)]
    );
    assert_eq!(mikolaj.addresses, [l("Żyrardów", Label::Other, true)]);
}

#[test]
fn a_file_a_mapping_was_saved_for_reads_the_same_with_it() {
    let bytes = fixture(&PL);
    let saved = serde_json::to_string(&inspect(&bytes).unwrap().guessed).unwrap();
    let mut mapping: Mapping = serde_json::from_str(&saved).unwrap();
    assert_eq!(parse(&bytes, &mapping).unwrap(), read(&PL).1);
    // The user maps "Uwagi" to tags instead.
    mapping.set(12, Field::Tags);
    let drafts = parse(&bytes, &mapping).unwrap();
    assert_eq!(drafts[0].notes, None);
    assert_eq!(drafts[0].tags, ["Targi 2026", "Klient", "Dostawy we wtorki", "kwiaty cięte i doniczkowe"]);
}

fn refusal(bytes: &[u8]) -> String {
    let inspected = inspect(bytes).map(|_| ()).unwrap_err();
    let parsed = parse(bytes, &Mapping::default()).unwrap_err();
    assert_eq!(inspected.code(), "import_failed");
    assert_eq!(inspected.to_string(), parsed.to_string());
    inspected.to_string()
}

#[test]
fn broken_files_are_refused_with_their_line_and_what_was_expected() {
    assert_eq!(
        refusal(b"Name;E-mail\nAnna;\"anna@x.pl\nJan;jan@x.pl\n"),
        "Line 2: a field opens with a quote (\") here that is never closed: expected a closing \" before the end \
         of the file (a quote inside a quoted field is written twice: \"\"). Nothing was imported."
    );
    assert_eq!(
        refusal(b"Name;E-mail\nAnna;anna@x.pl\nJan;jan@x.pl;+48 600;VIP\n"),
        "Line 3: expected at most 2 fields, as the header (line 1) has, but found 4, the 3rd with text in it \
         (a field that holds the delimiter needs quotes around it). Nothing was imported."
    );
    let text = refusal(b"Name;Phone\nAnna;600\x81100\n");
    assert!(text.starts_with("Line 2: expected text in UTF-8, UTF-16, Windows-1250"), "{text}");
    assert!(refusal(b"").starts_with("Line 1: the file is empty"));
    assert!(refusal(b"\xEF\xBB\xBF\r\n").starts_with("Line 1: the file is empty"));
    assert_eq!(
        refusal(b"\n\nName;E-mail\n;\n\n"),
        "Line 3: the file has a header but no rows: expected a row for each contact after the header. \
         Nothing was imported."
    );
    // A row past the sample: inspect does not see it, parse refuses it.
    let mut long = String::from("Name;E-mail\n");
    for i in 0..SAMPLE_ROWS + 5 {
        long.push_str(&format!("Anna {i};a{i}@x.pl\n"));
    }
    long.push_str("Jan;j@x.pl;extra\n");
    assert!(inspect(long.as_bytes()).is_ok());
    let err = parse(long.as_bytes(), &Mapping::guess(&["Name", "E-mail"])).unwrap_err().to_string();
    assert!(err.starts_with(&format!("Line {}: expected at most 2 fields", SAMPLE_ROWS + 7)), "{err}");
}

#[test]
fn lines_ended_by_a_carriage_return_alone_are_lines() {
    let drafts = parse(b"Name;E-mail\rAnna;a@x.pl\r\rJan;j@x.pl\r", &Mapping::guess(&["Name", "E-mail"])).unwrap();
    assert_eq!(drafts.iter().map(|d| d.line).collect::<Vec<_>>(), [2, 4]);
}

#[test]
fn the_sample_is_the_first_rows() {
    let mut text = String::from("Imię,Nazwisko\n");
    for i in 0..25 {
        text.push_str(&format!("Anna,Nowak {i}\n\n"));
    }
    let inspected = inspect(text.as_bytes()).unwrap();
    assert_eq!(inspected.sample.len(), SAMPLE_ROWS);
    assert_eq!(inspected.sample[1], Row { line: 4, fields: vec!["Anna".into(), "Nowak 1".into()] });
    assert_eq!(inspected.header_line, 1);
    let json = serde_json::to_value(&inspected).unwrap();
    assert_eq!(json["encoding"], "utf-8");
    assert_eq!(json["delimiter"], "comma");
    assert_eq!(json["preset"], serde_json::Value::Null);
}

/// Random address books written with any delimiter, line ending and Unicode encoding, read
/// back with the mapping guessed from the header, give the drafts they were written from.
#[test]
fn drafts_written_as_csv_read_back_the_same() {
    const HEADERS: [[&str; 12]; 4] = [
        [
            "Display Name",
            "First Name",
            "Last Name",
            "Company",
            "Job Title",
            "Work E-mail",
            "Home E-mail",
            "Mobile Phone",
            "Business Phone",
            "Home Address",
            "Tags",
            "Notes",
        ],
        [
            "Nazwa wyświetlana",
            "Imię",
            "Nazwisko",
            "Firma",
            "Stanowisko",
            "E-mail służbowy",
            "E-mail prywatny",
            "Telefon komórkowy",
            "Telefon służbowy",
            "Adres domowy",
            "Tagi",
            "Uwagi",
        ],
        [
            "Anzeigename",
            "Vorname",
            "Nachname",
            "Firma",
            "Position",
            "E-Mail geschäftlich",
            "E-Mail privat",
            "Handy",
            "Telefon geschäftlich",
            "Adresse privat",
            "Kategorien",
            "Notizen",
        ],
        [
            "Пълно име",
            "Име",
            "Фамилия",
            "Фирма",
            "Длъжност",
            "Служебен имейл",
            "Личен имейл",
            "Мобилен телефон",
            "Служебен телефон",
            "Домашен адрес",
            "Етикети",
            "Бележки",
        ],
    ];
    const LETTERS: &[&str] =
        &["a", "Z", "ą", "Ł", "ż", "ß", "Ä", "é", "ñ", "Ж", "щ", "1", "-", ".", "'", "\"", ";", ",", "\t", " ", "&"];
    for header in &HEADERS {
        let want = [
            Field::DisplayName,
            Field::GivenName,
            Field::FamilyName,
            Field::Organisation,
            Field::JobTitle,
            Field::Email { label: Label::Work, group: 0 },
            Field::Email { label: Label::Home, group: 0 },
            Field::Phone { label: Label::Mobile, group: 0 },
            Field::Phone { label: Label::Work, group: 0 },
            Field::Address { label: Label::Home, group: 0 },
            Field::Tags,
            Field::Notes,
        ];
        assert_eq!(Mapping::guess(header).columns, want, "{header:?}");
    }
    let mut rng = fastrand::Rng::with_seed(0x00c5_0017);
    for case in 0..300 {
        // Text without spaces at its ends; `plain` leaves out what separates values in a cell.
        let text = |rng: &mut fastrand::Rng, plain: bool, lines: bool| -> Option<String> {
            if rng.u8(0..3) == 0 {
                return None;
            }
            let mut t = String::new();
            for _ in 0..rng.usize(1..12) {
                let piece = LETTERS[rng.usize(0..LETTERS.len())];
                if plain && [";", ",", "\t", " ", "\""].contains(&piece) {
                    continue;
                }
                t.push_str(piece);
                if lines && rng.u8(0..8) == 0 {
                    t.push('\n');
                }
            }
            let t = t.trim().to_owned();
            (!t.is_empty() && !t.starts_with('*')).then_some(t)
        };
        let header = &HEADERS[rng.usize(0..HEADERS.len())];
        let delimiter = Delimiter::ALL[rng.usize(0..3)];
        let crlf = rng.bool();
        let mut writer = ::csv::WriterBuilder::new()
            .delimiter(delimiter.byte())
            .terminator(if crlf { ::csv::Terminator::CRLF } else { ::csv::Terminator::Any(b'\n') })
            .from_writer(Vec::new());
        writer.write_record(header).unwrap();
        let mut want = Vec::new();
        for _ in 0..rng.usize(1..8) {
            let mut fields: Vec<Option<String>> = Vec::new();
            for column in 0..12 {
                let value = match column {
                    5..=9 => text(&mut rng, true, false).map(|v| format!("{v}{column}")),
                    10 => text(&mut rng, true, false).map(|v| v.replace(':', "")),
                    11 => text(&mut rng, false, true),
                    _ => text(&mut rng, false, true),
                };
                fields.push(value);
            }
            writer.flush().unwrap();
            let line = 1 + writer.get_ref().iter().filter(|&&b| b == b'\n').count();
            writer.write_record(fields.iter().map(|f| f.as_deref().unwrap_or(""))).unwrap();
            if fields.iter().all(Option::is_none) {
                continue; // a blank row is skipped
            }
            let point = |i: usize, label| fields[i].clone().map(|v| Labelled { value: v, label, primary: false });
            let mut draft = ContactDraft {
                line,
                display_name: fields[0].clone(),
                given_name: fields[1].clone(),
                family_name: fields[2].clone(),
                organisation: fields[3].clone(),
                job_title: fields[4].clone(),
                emails: [point(5, Label::Work), point(6, Label::Home)].into_iter().flatten().collect(),
                phones: [point(7, Label::Mobile), point(8, Label::Work)].into_iter().flatten().collect(),
                addresses: point(9, Label::Home).into_iter().collect(),
                tags: fields[10].clone().into_iter().collect(),
                notes: fields[11].clone(),
                problem: None,
            };
            for list in [&mut draft.emails, &mut draft.phones, &mut draft.addresses] {
                Labelled::settle(list);
            }
            if draft.name().is_none() {
                draft.problem = Some(NO_NAME.into());
            }
            want.push(draft);
        }
        let text = String::from_utf8(writer.into_inner().unwrap()).unwrap();
        let bytes: Vec<u8> = match rng.u8(0..4) {
            0 => text.clone().into_bytes(),
            1 => [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
            2 => [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect(),
            _ => text.encode_utf16().flat_map(u16::to_be_bytes).collect(),
        };
        let got = inspect(&bytes).and_then(|i| {
            assert_eq!(i.delimiter, delimiter, "case {case}: {text:?}");
            parse(&bytes, &i.guessed)
        });
        if want.is_empty() {
            assert!(got.unwrap_err().to_string().contains("no rows"), "case {case}");
        } else {
            assert_eq!(got.unwrap(), want, "case {case}: {text:?}");
        }
    }
}
