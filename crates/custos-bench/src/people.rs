//! Synthetic people: multilingual names (with the feminine surname forms Polish, Czech,
//! Russian, Bulgarian and Greek use), e-mail addresses, phone numbers and the rest of a card.

use std::collections::BTreeSet;

use custos_core::contact_points::{Label, Labelled};
use custos_core::contacts::{ContactDetails, ContactField, DataSource, LifecycleStatus, NewContact};

use crate::lang::{LANGS, Lang, LangData};
use crate::rng::Rng;

/// A generated person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// Index into [`LANGS`].
    pub lang: usize,
    pub first: String,
    pub last: String,
}

impl Person {
    pub fn display_name(&self) -> String {
        format!("{} {}", self.first, self.last)
    }

    pub fn data(&self) -> &'static LangData {
        &LANGS[self.lang]
    }
}

/// A language index, drawn by the languages' weights.
pub fn pick_lang(rng: &mut Rng) -> usize {
    let total: u64 = LANGS.iter().map(|l| u64::from(l.weight)).sum();
    let mut x = rng.below(total);
    for (i, l) in LANGS.iter().enumerate() {
        let w = u64::from(l.weight);
        if x < w {
            return i;
        }
        x -= w;
    }
    0
}

/// A person of a language drawn by weight.
pub fn random_person(rng: &mut Rng) -> Person {
    let lang = pick_lang(rng);
    person(rng, lang)
}

/// A person of the given language.
pub fn person(rng: &mut Rng, lang: usize) -> Person {
    let data = &LANGS[lang];
    let female = rng.chance(0.5);
    let first = if female { rng.pick(data.female) } else { rng.pick(data.male) };
    let surname = |rng: &mut Rng| {
        let s = rng.pick(data.surnames);
        if female { feminine(data.lang, s) } else { (*s).to_owned() }
    };
    let mut last = surname(rng);
    match data.lang {
        // Spaniards carry both parents' surnames.
        Lang::Spanish => last = format!("{last} {}", surname(rng)),
        // Some married women keep both names.
        Lang::Polish | Lang::German | Lang::Czech if female && rng.chance(0.06) => {
            last = format!("{last}-{}", surname(rng));
        }
        _ => {}
    }
    Person { lang, first: (*first).to_owned(), last }
}

/// The feminine form of a surname, where the language has one.
pub fn feminine(lang: Lang, surname: &str) -> String {
    let swap = |suffix: &str, with: &str| surname.strip_suffix(suffix).map(|stem| format!("{stem}{with}"));
    let form = match lang {
        Lang::Polish => swap("ki", "ka"),
        Lang::Czech => swap("ý", "á")
            .or_else(|| swap("něk", "ňková"))
            .or_else(|| swap("ek", "ková"))
            .or_else(|| swap("ec", "cová"))
            .or_else(|| swap("a", "ová"))
            .or_else(|| Some(format!("{surname}ová"))),
        Lang::Bulgarian => ["ов", "ев"].iter().find(|s| surname.ends_with(*s)).map(|_| format!("{surname}а")),
        Lang::Russian => swap("ский", "ская").or_else(|| swap("ой", "ая")).or_else(|| {
            ["ов", "ев", "ёв", "ин", "ын"].iter().find(|s| surname.ends_with(*s)).map(|_| format!("{surname}а"))
        }),
        Lang::Greek => swap("όπουλος", "οπούλου")
            .or_else(|| swap("ος", "ου"))
            .or_else(|| swap("ής", "ή"))
            .or_else(|| swap("ης", "η"))
            .or_else(|| swap("ας", "α")),
        _ => None,
    };
    form.unwrap_or_else(|| surname.to_owned())
}

/// Lower-case ASCII letters and digits for an e-mail address: diacritics dropped, Cyrillic and
/// Greek transliterated, everything else left out.
pub fn ascii_handle(text: &str) -> String {
    let mut out = String::new();
    for c in custos_core::fold::fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
            continue;
        }
        let latin = match c {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => "g",
            'д' => "d",
            'е' | 'э' => "e",
            'ж' => "zh",
            'з' => "z",
            'и' => "i",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ф' => "f",
            'х' => "h",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "sht",
            'ъ' => "a",
            'ы' => "y",
            'ю' => "yu",
            'я' => "ya",
            'α' => "a",
            'β' => "v",
            'γ' => "g",
            'δ' => "d",
            'ε' => "e",
            'ζ' => "z",
            'η' | 'ι' => "i",
            'θ' => "th",
            'κ' => "k",
            'λ' => "l",
            'μ' => "m",
            'ν' => "n",
            'ξ' => "x",
            'ο' | 'ω' => "o",
            'π' => "p",
            'ρ' => "r",
            'σ' => "s",
            'τ' => "t",
            'υ' => "u",
            'φ' => "f",
            'χ' => "ch",
            'ψ' => "ps",
            _ => "",
        };
        out.push_str(latin);
    }
    out
}

fn digits(rng: &mut Rng, n: usize) -> String {
    (0..n).map(|_| char::from(b'0' + rng.below(10) as u8)).collect()
}

pub fn email(rng: &mut Rng, p: &Person) -> String {
    let first = ascii_handle(&p.first);
    let last = ascii_handle(&p.last);
    let domain = rng.pick(p.data().email_domains);
    match rng.below(3) {
        0 => format!("{first}.{last}@{domain}"),
        1 => format!("{}{last}@{domain}", first.chars().next().unwrap_or('x')),
        _ => format!("{first}{last}{}@{domain}", rng.range(1, 99)),
    }
}

pub fn phone(rng: &mut Rng, p: &Person) -> String {
    let lead = rng.range(5, 9);
    format!("{} {lead}{} {} {}", p.data().phone_prefix, digits(rng, 2), digits(rng, 3), digits(rng, 3))
}

fn address(rng: &mut Rng, p: &Person) -> String {
    let data = p.data();
    let zip = if data.lang == Lang::Polish { format!("{}-{}", digits(rng, 2), digits(rng, 3)) } else { digits(rng, 5) };
    format!("{} {}, {zip} {}", rng.pick(data.streets), rng.range(1, 180), rng.pick(data.places))
}

fn status(rng: &mut Rng) -> LifecycleStatus {
    match rng.below(100) {
        0..35 => LifecycleStatus::Lead,
        35..65 => LifecycleStatus::Customer,
        65..80 => LifecycleStatus::FormerCustomer,
        80..90 => LifecycleStatus::SupplierPartner,
        _ => LifecycleStatus::Other,
    }
}

/// A card's one point of a kind, if it has one (the primary, labelled "other").
fn one(value: Option<String>) -> Vec<Labelled> {
    value.map(|value| vec![Labelled { value, label: Label::Other, primary: true }]).unwrap_or_default()
}

/// A contact card for `p`: some fields filled, most not (data minimisation).
pub fn new_contact(rng: &mut Rng, p: &Person) -> NewContact {
    let data = p.data();
    let mut sensitive = BTreeSet::new();
    let id_number = rng.chance(0.03).then(|| {
        sensitive.insert(ContactField::IdNumber);
        if data.lang == Lang::Polish { digits(rng, 11) } else { format!("ID {}", digits(rng, 9)) }
    });
    let source = match rng.below(100) {
        0..85 => DataSource::Person { via: None },
        85..95 => {
            let referrer = person(rng, p.lang);
            DataSource::ThirdParty { name: format!("recommended by {}", referrer.display_name()) }
        }
        _ => DataSource::Public { name: (*rng.pick(&["KRS", "CEIDG", "LinkedIn", "company website"])).to_owned() },
    };
    NewContact {
        display_name: p.display_name(),
        details: ContactDetails {
            emails: one(rng.chance(0.6).then(|| email(rng, p))),
            phones: one(rng.chance(0.5).then(|| phone(rng, p))),
            organisation: rng.chance(0.3).then(|| (*rng.pick(data.organisations)).to_owned()),
            addresses: one(rng.chance(0.2).then(|| address(rng, p))),
            id_number,
            notes: rng.chance(0.12).then(|| (*rng.pick(data.notes)).to_owned()),
            ..Default::default()
        },
        status: Some(status(rng)),
        source,
        sensitive,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_multilingual_and_mostly_non_ascii() {
        let mut rng = Rng::new(2026);
        let people: Vec<Person> = (0..2000).map(|_| random_person(&mut rng)).collect();
        let non_ascii = people.iter().filter(|p| !p.display_name().is_ascii()).count();
        assert!(non_ascii > 800, "only {non_ascii} of 2000 names have non-ASCII letters");
        for needle in ["ł", "ż", "ß", "ø", "č", "ı", "ş", "п", "π"] {
            let hit = people.iter().any(|p| p.display_name().to_lowercase().contains(needle));
            assert!(hit, "no name with {needle}");
        }
        let langs: BTreeSet<usize> = people.iter().map(|p| p.lang).collect();
        assert_eq!(langs.len(), LANGS.len(), "every language is used");
    }

    #[test]
    fn same_seed_same_people() {
        let make = |seed| {
            let mut rng = Rng::new(seed);
            (0..50)
                .map(|_| {
                    let p = random_person(&mut rng);
                    new_contact(&mut rng, &p)
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(make(5), make(5));
        assert_ne!(make(5), make(6));
    }

    #[test]
    fn feminine_surnames() {
        assert_eq!(feminine(Lang::Polish, "Żółkiewski"), "Żółkiewska");
        assert_eq!(feminine(Lang::Polish, "Nowak"), "Nowak");
        assert_eq!(feminine(Lang::Czech, "Dvořák"), "Dvořáková");
        assert_eq!(feminine(Lang::Czech, "Černý"), "Černá");
        assert_eq!(feminine(Lang::Czech, "Svoboda"), "Svobodová");
        assert_eq!(feminine(Lang::Czech, "Hájek"), "Hájková");
        assert_eq!(feminine(Lang::Czech, "Němec"), "Němcová");
        assert_eq!(feminine(Lang::Czech, "Vaněk"), "Vaňková");
        assert_eq!(feminine(Lang::Russian, "Петров"), "Петрова");
        assert_eq!(feminine(Lang::Russian, "Чайковский"), "Чайковская");
        assert_eq!(feminine(Lang::Russian, "Толстой"), "Толстая");
        assert_eq!(feminine(Lang::Bulgarian, "Кръстев"), "Кръстева");
        assert_eq!(feminine(Lang::Greek, "Παπαδόπουλος"), "Παπαδοπούλου");
        assert_eq!(feminine(Lang::Greek, "Καραγιάννης"), "Καραγιάννη");
        assert_eq!(feminine(Lang::Greek, "Μακρής"), "Μακρή");
        assert_eq!(feminine(Lang::Greek, "Γεωργίου"), "Γεωργίου");
        assert_eq!(feminine(Lang::German, "Müller"), "Müller");
    }

    #[test]
    fn e_mail_handles_are_ascii() {
        assert_eq!(ascii_handle("Żółkiewska-Nowak"), "zolkiewskanowak");
        assert_eq!(ascii_handle("Sørensen"), "sorensen");
        assert_eq!(ascii_handle("Щерев"), "shterev");
        assert_eq!(ascii_handle("Παπαδόπουλος"), "papadopoulos");
        assert_eq!(ascii_handle("Işık"), "isik");
        let mut rng = Rng::new(9);
        for _ in 0..500 {
            let p = random_person(&mut rng);
            let e = email(&mut rng, &p);
            assert!(e.is_ascii() && e.contains('@') && !e.starts_with('@'), "{e}");
            assert!(phone(&mut rng, &p).starts_with('+'));
        }
    }
}
