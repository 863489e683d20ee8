//! Which field of a contact each column holds ([`Mapping`]), and the guess of it from the
//! column names ([`Mapping::guess`]) in English, Polish, German, French, Italian, Spanish and
//! Bulgarian, compared folded (case and accents ignored: "IMIĘ" is "imie", "Straße" is
//! "strasse", "Имейл" is "имеил").
//!
//! Contact points may come in groups: Google's "E-mail 1 - Label" says what the addresses in
//! "E-mail 1 - Value" are, and "Address 1 - Street"/"City"/… are parts of the addresses of
//! group 1. A field carries its group (0 when the file has none) and the label it has unless
//! a [`Field::LabelOf`] column of its group says otherwise; the address parts of one group and
//! label make one address ("Business Street", "Business City"… of Outlook: the work address).

use serde::{Deserialize, Serialize};

use crate::address_book::draft::Label;
use crate::fold::fold;

use super::preset::Preset;

/// A part of a postal address given in a column of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, rename = "CsvAddressPart"))]
pub enum AddressPart {
    Street,
    PostalCode,
    City,
    Region,
    Country,
}

/// The kinds of contact point a column can give the label of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, rename = "CsvPointKind"))]
pub enum PointKind {
    Email,
    Phone,
    Address,
}

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "field", rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, rename = "CsvField"))]
pub enum Field {
    /// Nothing to import (a birthday, a photo link, a fax number…).
    Ignore,
    DisplayName,
    GivenName,
    /// Added to the given name ("Anna" and "Maria" give "Anna Maria").
    MiddleName,
    FamilyName,
    Organisation,
    JobTitle,
    /// E-mail addresses (several in a cell: separated by `:::`, `;` or `,`).
    Email {
        label: Label,
        group: u8,
    },
    /// Phone numbers (several in a cell: separated by `:::`, `;` or `,`).
    Phone {
        label: Label,
        group: u8,
    },
    /// Whole postal addresses (several in a cell: separated by `:::`; lines are joined with ", ").
    Address {
        label: Label,
        group: u8,
    },
    /// A part of the postal address of its group and label.
    AddressPart {
        part: AddressPart,
        label: Label,
        group: u8,
    },
    /// The label of the contact points of a group ("Work", "* Home": a leading `*` marks the
    /// primary one, as Google writes it).
    LabelOf {
        kind: PointKind,
        group: u8,
    },
    /// Tags, separated by `:::` (Google), else by `;` (Outlook) or `,`; Google's own groups
    /// ("* myContacts", "* starred") are left out.
    Tags,
    /// Notes (several columns: one after the other, on lines of their own).
    Notes,
}

/// The field of each column of a file, by position. Columns past the end are ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, rename = "CsvMapping"))]
pub struct Mapping {
    pub columns: Vec<Field>,
}

impl Mapping {
    /// A field for each column of `header`, from its name (and the preset the header is of).
    pub fn guess<S: AsRef<str>>(header: &[S]) -> Mapping {
        let preset = Preset::detect(header);
        let mut columns: Vec<Field> = header.iter().map(|name| guess_column(name.as_ref())).collect();
        let keys: Vec<String> = header.iter().map(|name| key(name.as_ref())).collect();
        if preset == Some(Preset::Outlook) {
            // Outlook's "Title" is "Mr." or "Dr.", not a job title.
            for (field, key) in columns.iter_mut().zip(&keys) {
                if key == "title" {
                    *field = Field::Ignore;
                }
            }
        }
        // An "Address" column beside a postal code or city of the same label and group holds
        // the street ("Adres;Kod pocztowy;Miejscowość"). Google's "Formatted" is whole.
        let parts: Vec<(Label, u8)> = columns
            .iter()
            .filter_map(|f| match *f {
                Field::AddressPart { part, label, group } if part != AddressPart::Street => Some((label, group)),
                _ => None,
            })
            .collect();
        for (field, name) in columns.iter_mut().zip(header) {
            if let Field::Address { label, group } = *field
                && parts.contains(&(label, group))
                && google_column(name.as_ref()).is_none()
            {
                *field = Field::AddressPart { part: AddressPart::Street, label, group };
            }
        }
        // "Name" beside "Vorname" (and no other family name) is the family name, as German
        // lists have it.
        if columns.contains(&Field::GivenName) && !columns.contains(&Field::FamilyName) {
            for (field, key) in columns.iter_mut().zip(&keys) {
                if *field == Field::DisplayName && key == "name" {
                    *field = Field::FamilyName;
                }
            }
        }
        Mapping { columns }
    }

    /// The field of `column` (0-based).
    pub fn field(&self, column: usize) -> Field {
        self.columns.get(column).copied().unwrap_or(Field::Ignore)
    }

    /// Sets the field of `column`, ignoring the columns before it that had none.
    pub fn set(&mut self, column: usize, field: Field) {
        if self.columns.len() <= column {
            self.columns.resize(column + 1, Field::Ignore);
        }
        self.columns[column] = field;
    }
}

/// A column name as words: folded, split at anything but letters and digits, "e mail" as one.
pub(crate) fn words(name: &str) -> Vec<String> {
    let folded = fold(name);
    let mut words: Vec<String> = Vec::new();
    for w in folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        let merged = match (words.last().map(String::as_str), w) {
            (Some("e"), "mail") => Some("email"),
            (Some("е" | "ел"), "поща") => Some("епоща"),
            _ => None,
        };
        match (merged, words.last_mut()) {
            (Some(merged), Some(last)) => *last = merged.to_owned(),
            _ => words.push(w.to_owned()),
        }
    }
    words
}

/// The words of a name without numbers, as one string: what the exact names are compared with.
pub(crate) fn key(name: &str) -> String {
    words(name).into_iter().filter(|w| !w.chars().all(|c| c.is_ascii_digit())).collect::<Vec<_>>().join(" ")
}

/// The field a column named `name` most likely holds.
pub fn guess_column(name: &str) -> Field {
    if let Some(field) = google_column(name) {
        return field;
    }
    let key = key(name);
    let words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).collect();
    if let Some(field) = exact(&key) {
        return field;
    }
    let has = |set: &[&str]| words.iter().any(|w| set.contains(w));
    let starts = |prefixes: &[&str]| words.iter().any(|w| prefixes.iter().any(|p| w.starts_with(p)));
    let label = label_in(&words).unwrap_or(Label::Other);
    let email = words.iter().any(|w| w.contains("mail")) || has(&["courriel", "correo", "епоща", "имеил"]);
    // Not "phone" as a prefix: Google's "Phonetic First Name" is no phone.
    let phone = starts(&["telef", "handy", "mobil", "cell", "komork", "movil", "celular", "телефон", "мобил"])
        || words.iter().any(|w| w.ends_with("phone") || w.ends_with("phones"))
        || has(&["tel", "gsm", "kom", "тел"]);
    if has(&["fax", "telefax", "pager", "assistant", "assistent", "asystent", "assistente", "asistente"])
        || starts(&["fax", "факс"])
    {
        return Field::Ignore;
    }
    if email || phone {
        // "E-mail Type", "E-mail Display Name": about an address, not one.
        if has(&["type", "typ", "rodzaj", "label", "display", "art", "tipo", "тип"]) {
            return Field::Ignore;
        }
        return if email { Field::Email { label, group: 0 } } else { Field::Phone { label, group: 0 } };
    }
    if let Some(part) = part_in(&words, &key) {
        return Field::AddressPart { part, label, group: 0 };
    }
    if starts(&["address", "adres", "adress", "anschrift", "indirizzo", "direccion", "domicilio", "адрес"]) {
        return Field::Address { label, group: 0 };
    }
    Field::Ignore
}

/// Names that say exactly what a column is.
fn exact(key: &str) -> Option<Field> {
    const DISPLAY: &[&str] = &[
        "name",
        "full name",
        "display name",
        "contact",
        "contact name",
        "nazwa",
        "imie i nazwisko",
        "nazwisko i imie",
        "nazwa wyswietlana",
        "pelna nazwa",
        "kontakt",
        "vollstandiger name",
        "anzeigename",
        "nom complet",
        "nom et prenom",
        "prenom et nom",
        "nom affiche",
        "nome completo",
        "nome e cognome",
        "nominativo",
        "nombre completo",
        "nombre y apellidos",
        "име и фамилия",
        "пълно име",
        "имена",
    ];
    const GIVEN: &[&str] = &[
        "first name",
        "firstname",
        "given name",
        "forename",
        "first",
        "imie",
        "vorname",
        "prenom",
        "nome",
        "nombre",
        "име",
    ];
    const MIDDLE: &[&str] = &[
        "middle name",
        "additional name",
        "drugie imie",
        "zweiter vorname",
        "weitere vornamen",
        "deuxieme prenom",
        "autres prenoms",
        "secondo nome",
        "segundo nombre",
        "презиме",
    ];
    const FAMILY: &[&str] = &[
        "last name",
        "lastname",
        "family name",
        "surname",
        "last",
        "nazwisko",
        "nachname",
        "familienname",
        "zuname",
        "nom",
        "nom de famille",
        "cognome",
        "apellido",
        "apellidos",
        "primer apellido",
        "фамилия",
    ];
    const ORGANISATION: &[&str] = &[
        "company",
        "company name",
        "organization",
        "organisation",
        "organization name",
        "organisation name",
        "firm",
        "employer",
        "business name",
        "firma",
        "nazwa firmy",
        "organizacja",
        "przedsiebiorstwo",
        "pracodawca",
        "unternehmen",
        "firmenname",
        "societe",
        "entreprise",
        "nom de l entreprise",
        "nom de la societe",
        "azienda",
        "societa",
        "ditta",
        "organizzazione",
        "ragione sociale",
        "empresa",
        "compania",
        "organizacion",
        "razon social",
        "фирма",
        "компания",
        "организация",
    ];
    const JOB: &[&str] = &[
        "job title",
        "title",
        "position",
        "role",
        "job",
        "organization title",
        "stanowisko",
        "funkcja",
        "berufsbezeichnung",
        "funktion",
        "poste",
        "fonction",
        "qualifica",
        "ruolo",
        "mansione",
        "posizione",
        "cargo",
        "puesto",
        "длъжност",
        "позиция",
    ];
    const NOTES: &[&str] = &[
        "notes",
        "note",
        "comments",
        "comment",
        "remarks",
        "description",
        "notatki",
        "notatka",
        "uwagi",
        "uwaga",
        "opis",
        "komentarz",
        "notizen",
        "notiz",
        "bemerkungen",
        "bemerkung",
        "anmerkungen",
        "kommentar",
        "remarques",
        "commentaires",
        "commentaire",
        "observations",
        "commenti",
        "osservazioni",
        "annotazioni",
        "notas",
        "nota",
        "observaciones",
        "comentarios",
        "бележки",
        "бележка",
        "забележка",
        "коментар",
    ];
    const TAGS: &[&str] = &[
        "tags",
        "tag",
        "labels",
        "categories",
        "category",
        "groups",
        "group",
        "group membership",
        "tagi",
        "etykiety",
        "kategorie",
        "kategoria",
        "grupy",
        "grupa",
        "kategorien",
        "schlagworte",
        "schlagworter",
        "stichworte",
        "gruppen",
        "gruppe",
        "etiquettes",
        "groupes",
        "etichette",
        "categorie",
        "gruppi",
        "gruppo",
        "etiquetas",
        "categorias",
        "grupos",
        "grupo",
        "етикети",
        "категории",
        "групи",
        "група",
    ];
    let table: [(&[&str], Field); 8] = [
        (DISPLAY, Field::DisplayName),
        (GIVEN, Field::GivenName),
        (MIDDLE, Field::MiddleName),
        (FAMILY, Field::FamilyName),
        (ORGANISATION, Field::Organisation),
        (JOB, Field::JobTitle),
        (NOTES, Field::Notes),
        (TAGS, Field::Tags),
    ];
    table.into_iter().find(|(names, _)| names.contains(&key)).map(|(_, field)| field)
}

/// The address part a name is about.
fn part_in(words: &[&str], key: &str) -> Option<AddressPart> {
    let has = |set: &[&str]| words.iter().any(|w| set.contains(w));
    if has(&["country", "kraj", "panstwo", "land", "staat", "pays", "paese", "nazione", "pais", "държава", "страна"])
    {
        return Some(AddressPart::Country);
    }
    let postal =
        has(&["postal", "pocztowy", "postale", "пощенски"]) && has(&["code", "kod", "codice", "codigo", "код"]);
    if postal || has(&["zip", "postcode", "postleitzahl", "plz", "cap", "cp", "пк"]) || key == "kod" {
        return Some(AddressPart::PostalCode);
    }
    if has(&[
        "state",
        "region",
        "province",
        "county",
        "wojewodztwo",
        "bundesland",
        "provinz",
        "kanton",
        "departement",
        "provincia",
        "regione",
        "comunidad",
        "област",
        "регион",
    ]) {
        return Some(AddressPart::Region);
    }
    if has(&[
        "city",
        "town",
        "miasto",
        "miejscowosc",
        "stadt",
        "ort",
        "wohnort",
        "ville",
        "citta",
        "localita",
        "comune",
        "ciudad",
        "localidad",
        "poblacion",
        "municipio",
        "град",
        "населено",
    ]) {
        return Some(AddressPart::City);
    }
    let street = has(&["street", "ulica", "ul", "rue", "via", "calle", "улица", "hausnummer", "postfach", "skrytka"])
        || words.iter().any(|w| w.starts_with("strasse") || w.ends_with("strasse"))
        || key.contains("po box");
    street.then_some(AddressPart::Street)
}

/// The label some words speak of: mobile, work or home (in that order: "Work Mobile" is a
/// mobile).
pub(super) fn label_in<S: AsRef<str>>(words: &[S]) -> Option<Label> {
    const MOBILE: &[&str] = &["mobil", "cell", "handy", "komork", "gsm", "portable", "movil", "celular", "мобил"];
    const WORK: &[&str] = &[
        "work",
        "business",
        "office",
        "company",
        "sluzb",
        "firm",
        "prac",
        "geschaft",
        "dienst",
        "buro",
        "arbeit",
        "travail",
        "bureau",
        "profession",
        "lavoro",
        "ufficio",
        "aziend",
        "trabajo",
        "oficina",
        "empresa",
        "работ",
        "служеб",
        "офис",
    ];
    const HOME: &[&str] = &[
        "home",
        "priv",
        "prywat",
        "domow",
        "domic",
        "personal",
        "perso",
        "casa",
        "particular",
        "zuhause",
        "heim",
        "wohn",
        "домаш",
        "личе",
        "личн",
    ];
    let any = |prefixes: &[&str]| words.iter().any(|w| prefixes.iter().any(|p| w.as_ref().starts_with(p)));
    if any(MOBILE) || words.iter().any(|w| w.as_ref() == "kom") {
        Some(Label::Mobile)
    } else if any(WORK) {
        Some(Label::Work)
    } else if any(HOME) || words.iter().any(|w| w.as_ref() == "dom") {
        Some(Label::Home)
    } else {
        None
    }
}

/// Google's grouped columns: "E-mail 1 - Label", "Phone 2 - Value", "Address 1 - City",
/// "Organization 1 - Name" (the older layout writes "Type" for "Label").
fn google_column(name: &str) -> Option<Field> {
    let (left, sub) = name.trim().split_once(" - ")?;
    let (kind, number) = left.trim().rsplit_once(' ')?;
    let group: u8 = number.parse().ok()?;
    let sub = key(sub);
    let kind = match fold(kind.trim()).as_str() {
        "e-mail" | "email" => PointKind::Email,
        "phone" => PointKind::Phone,
        "address" => PointKind::Address,
        "organization" | "organisation" => {
            return Some(match sub.as_str() {
                "name" => Field::Organisation,
                "title" => Field::JobTitle,
                _ => Field::Ignore,
            });
        }
        _ => return None,
    };
    let label = Label::Other;
    let part = |part| Field::AddressPart { part, label, group };
    Some(match (kind, sub.as_str()) {
        (_, "label" | "type") => Field::LabelOf { kind, group },
        (PointKind::Email, "value") => Field::Email { label, group },
        (PointKind::Phone, "value") => Field::Phone { label, group },
        (PointKind::Address, "formatted") => Field::Address { label, group },
        (PointKind::Address, "street" | "po box" | "extended address") => part(AddressPart::Street),
        (PointKind::Address, "city") => part(AddressPart::City),
        (PointKind::Address, "region") => part(AddressPart::Region),
        (PointKind::Address, "postal code") => part(AddressPart::PostalCode),
        (PointKind::Address, "country") => part(AddressPart::Country),
        _ => Field::Ignore,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn email(label: Label) -> Field {
        Field::Email { label, group: 0 }
    }
    fn phone(label: Label) -> Field {
        Field::Phone { label, group: 0 }
    }
    fn part(part: AddressPart, label: Label) -> Field {
        Field::AddressPart { part, label, group: 0 }
    }

    #[test]
    fn names_are_guessed_in_seven_languages_whatever_their_case_and_accents() {
        use Field::*;
        let cases: &[(&str, Field)] = &[
            ("Name", DisplayName),
            ("Imię i nazwisko", DisplayName),
            ("IMIĘ", GivenName),
            ("Imie", GivenName),
            ("Nazwisko", FamilyName),
            ("Firma", Organisation),
            ("Stanowisko", JobTitle),
            ("Vorname", GivenName),
            ("Nachname", FamilyName),
            ("Prénom", GivenName),
            ("PRENOM", GivenName),
            ("Nom", FamilyName),
            ("Nom complet", DisplayName),
            ("Société", Organisation),
            ("Nome", GivenName),
            ("Cognome", FamilyName),
            ("Azienda", Organisation),
            ("Nombre", GivenName),
            ("Apellidos", FamilyName),
            ("Empresa", Organisation),
            ("Cargo", JobTitle),
            ("Име", GivenName),
            ("Фамилия", FamilyName),
            ("Презиме", MiddleName),
            ("Фирма", Organisation),
            ("Длъжност", JobTitle),
            ("Middle Name", MiddleName),
            ("Uwagi", Notes),
            ("Notizen", Notes),
            ("Бележки", Notes),
            ("Tagi", Tags),
            ("Kategorien", Tags),
            ("Catégories", Tags),
            ("Birthday", Ignore),
            ("Phonetic First Name", Ignore),
            ("Name Prefix", Ignore),
            ("Geburtstag", Ignore),
            ("", Ignore),
        ];
        for (name, want) in cases {
            assert_eq!(guess_column(name), *want, "{name}");
        }
    }

    #[test]
    fn contact_points_are_guessed_with_their_label() {
        use AddressPart::*;
        use Label::*;
        let cases: &[(&str, Field)] = &[
            ("E-mail", email(Other)),
            ("Adres e-mail", email(Other)),
            ("E-Mail-Adresse", email(Other)),
            ("E-mail 2 Address", email(Other)),
            ("Courriel", email(Other)),
            ("Correo electrónico", email(Other)),
            ("Имейл", email(Other)),
            ("Е-поща", email(Other)),
            ("E-mail służbowy", email(Work)),
            ("E-Mail geschäftlich", email(Work)),
            ("E-mail prywatny", email(Home)),
            ("Telefon", phone(Other)),
            ("Telefon komórkowy", phone(Mobile)),
            ("Tel. kom.", phone(Mobile)),
            ("Telefon służbowy", phone(Work)),
            ("Handy", phone(Mobile)),
            ("Mobiltelefon", phone(Mobile)),
            ("Telefon (privat)", phone(Home)),
            ("Téléphone portable", phone(Mobile)),
            ("Cellulare", phone(Mobile)),
            ("Teléfono móvil", phone(Mobile)),
            ("Мобилен телефон", phone(Mobile)),
            ("Business Phone", phone(Work)),
            ("Home Phone 2", phone(Home)),
            ("Mobile Phone", phone(Mobile)),
            ("Business Fax", Field::Ignore),
            ("Assistant's Phone", Field::Ignore),
            ("E-mail Type", Field::Ignore),
            ("E-mail Display Name", Field::Ignore),
            ("Adres", Field::Address { label: Other, group: 0 }),
            ("Adres domowy", Field::Address { label: Home, group: 0 }),
            ("Anschrift", Field::Address { label: Other, group: 0 }),
            ("Адрес", Field::Address { label: Other, group: 0 }),
            ("Ulica", part(Street, Other)),
            ("Straße", part(Street, Other)),
            ("Strasse und Hausnummer", part(Street, Other)),
            ("Business Street 2", part(Street, Work)),
            ("Kod pocztowy", part(PostalCode, Other)),
            ("PLZ", part(PostalCode, Other)),
            ("Code postal", part(PostalCode, Other)),
            ("CAP", part(PostalCode, Other)),
            ("Código postal", part(PostalCode, Other)),
            ("Пощенски код", part(PostalCode, Other)),
            ("Miejscowość", part(City, Other)),
            ("Ort", part(City, Other)),
            ("Ville", part(City, Other)),
            ("Città", part(City, Other)),
            ("Град", part(City, Other)),
            ("Województwo", part(Region, Other)),
            ("Business State", part(Region, Work)),
            ("Home Country/Region", part(Country, Home)),
            ("Kraj", part(Country, Other)),
            ("Land", part(Country, Other)),
            ("Bundesland", part(Region, Other)),
            ("Държава", part(Country, Other)),
        ];
        for (name, want) in cases {
            assert_eq!(guess_column(name), *want, "{name}");
        }
    }

    #[test]
    fn googles_grouped_columns_keep_their_group() {
        use AddressPart::*;
        let cases: &[(&str, Field)] = &[
            ("E-mail 1 - Label", Field::LabelOf { kind: PointKind::Email, group: 1 }),
            ("E-mail 2 - Value", Field::Email { label: Label::Other, group: 2 }),
            ("E-mail 1 - Type", Field::LabelOf { kind: PointKind::Email, group: 1 }),
            ("Phone 3 - Value", Field::Phone { label: Label::Other, group: 3 }),
            ("Address 1 - Formatted", Field::Address { label: Label::Other, group: 1 }),
            ("Address 2 - Postal Code", Field::AddressPart { part: PostalCode, label: Label::Other, group: 2 }),
            ("Address 1 - PO Box", Field::AddressPart { part: Street, label: Label::Other, group: 1 }),
            ("Organization 1 - Name", Field::Organisation),
            ("Organization 1 - Title", Field::JobTitle),
            ("Organization 1 - Department", Field::Ignore),
            ("Website 1 - Value", Field::Ignore),
            ("Relation 1 - Value", Field::Ignore),
        ];
        for (name, want) in cases {
            assert_eq!(guess_column(name), *want, "{name}");
        }
    }

    #[test]
    fn an_address_beside_its_city_is_the_street() {
        let m = Mapping::guess(&["Adres", "Kod pocztowy", "Miejscowość", "Adres domowy"]);
        let other = |part| Field::AddressPart { part, label: Label::Other, group: 0 };
        assert_eq!(
            m.columns,
            [
                other(AddressPart::Street),
                other(AddressPart::PostalCode),
                other(AddressPart::City),
                Field::Address { label: Label::Home, group: 0 }
            ]
        );
        let google = Mapping::guess(&["Address 1 - Formatted", "Address 1 - City"]);
        assert_eq!(google.columns[0], Field::Address { label: Label::Other, group: 1 });
    }

    #[test]
    fn name_beside_a_given_name_is_the_family_name() {
        let m = Mapping::guess(&["Name", "Vorname", "Firma"]);
        assert_eq!(m.columns, [Field::FamilyName, Field::GivenName, Field::Organisation]);
        let m = Mapping::guess(&["Name", "E-mail"]);
        assert_eq!(m.columns[0], Field::DisplayName);
        let m = Mapping::guess(&["Name", "Given Name", "Family Name"]);
        assert_eq!(m.columns[0], Field::DisplayName);
    }

    #[test]
    fn labels_are_read_in_many_languages() {
        for (text, want) in [
            ("* Work", Some(Label::Work)),
            ("Mobile", Some(Label::Mobile)),
            ("Work Mobile", Some(Label::Mobile)),
            ("Home", Some(Label::Home)),
            ("Służbowy", Some(Label::Work)),
            ("privat", Some(Label::Home)),
            ("Main", None),
            ("Trade fair", None),
        ] {
            assert_eq!(label_in(&words(text)), want, "{text}");
        }
    }

    #[test]
    fn mappings_serialise_for_saving_and_for_the_desktop() {
        let mut m = Mapping::guess(&["Imię", "E-mail 1 - Label", "E-mail 1 - Value"]);
        m.set(4, Field::Tags);
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(
            json,
            r#"{"columns":[{"field":"given_name"},{"field":"label_of","kind":"email","group":1},{"field":"email","label":"other","group":1},{"field":"ignore"},{"field":"tags"}]}"#
        );
        assert_eq!(serde_json::from_str::<Mapping>(&json).unwrap(), m);
        assert_eq!(m.field(3), Field::Ignore);
        assert_eq!(m.field(99), Field::Ignore);
    }
}
