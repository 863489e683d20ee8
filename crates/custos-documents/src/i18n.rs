//! The documents' languages. Every word a document prints lives in one Fluent file per
//! language (`locales/<code>/documents.ftl`); dates are written in that language's style
//! from the same file.

use chrono::{Datelike, NaiveDate};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use crate::error::{Error, Result};

/// A language documents are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    En,
    Pl,
    De,
    Fr,
    It,
    Es,
    Bg,
}

impl Language {
    pub const ALL: [Language; 7] =
        [Language::En, Language::Pl, Language::De, Language::Fr, Language::It, Language::Es, Language::Bg];

    /// The ISO 639-1 code: "en", "pl", …
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Pl => "pl",
            Language::De => "de",
            Language::Fr => "fr",
            Language::It => "it",
            Language::Es => "es",
            Language::Bg => "bg",
        }
    }

    /// The language's own name for itself, for a language picker.
    pub fn name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Pl => "polski",
            Language::De => "Deutsch",
            Language::Fr => "français",
            Language::It => "italiano",
            Language::Es => "español",
            Language::Bg => "български",
        }
    }

    /// The first of `preferred` (the system's languages as BCP 47 or POSIX tags, most wanted
    /// first: "pl-PL", "de_DE.UTF-8") that Custos speaks, by primary subtag; English when it
    /// speaks none of them. The app's language on first start and documents' default.
    pub fn for_locales<S: AsRef<str>>(preferred: impl IntoIterator<Item = S>) -> Language {
        preferred
            .into_iter()
            .find_map(|tag| {
                let tag = tag.as_ref().trim().to_lowercase();
                let primary = tag.split(['-', '_', '.', '@']).next().unwrap_or_default();
                Language::ALL.into_iter().find(|l| l.code() == primary)
            })
            .unwrap_or(Language::En)
    }

    /// The message `id` of this language's texts, without arguments (for checks and front
    /// ends that show a document's labels); its id if there is none.
    pub fn message(self, id: &str) -> String {
        Texts::load(self).map_or_else(|_| id.to_owned(), |t| t.get(id))
    }

    /// The language's glossary: the data-protection terms the documents and the desktop app
    /// share (Fluent terms such as `-controller`), loaded before the documents' texts.
    pub fn glossary(self) -> &'static str {
        match self {
            Language::En => include_str!("../locales/en/glossary.ftl"),
            Language::Pl => include_str!("../locales/pl/glossary.ftl"),
            Language::De => include_str!("../locales/de/glossary.ftl"),
            Language::Fr => include_str!("../locales/fr/glossary.ftl"),
            Language::It => include_str!("../locales/it/glossary.ftl"),
            Language::Es => include_str!("../locales/es/glossary.ftl"),
            Language::Bg => include_str!("../locales/bg/glossary.ftl"),
        }
    }

    fn source(self) -> &'static str {
        match self {
            Language::En => include_str!("../locales/en/documents.ftl"),
            Language::Pl => include_str!("../locales/pl/documents.ftl"),
            Language::De => include_str!("../locales/de/documents.ftl"),
            Language::Fr => include_str!("../locales/fr/documents.ftl"),
            Language::It => include_str!("../locales/it/documents.ftl"),
            Language::Es => include_str!("../locales/es/documents.ftl"),
            Language::Bg => include_str!("../locales/bg/documents.ftl"),
        }
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Language {
    type Err = String;

    /// "pl", "PL", "pl-PL" or "polski".
    fn from_str(s: &str) -> std::result::Result<Language, String> {
        let t = s.trim().to_lowercase();
        let primary = t.split(['-', '_']).next().unwrap_or_default();
        Language::ALL
            .into_iter()
            .find(|l| l.code() == primary || l.name() == t)
            .ok_or_else(|| format!("'{s}' is not a document language: use one of en, pl, de, fr, it, es, bg"))
    }
}

/// One language's texts.
pub(crate) struct Texts {
    language: Language,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Texts").field("language", &self.language).finish_non_exhaustive()
    }
}

impl Texts {
    pub(crate) fn load(language: Language) -> Result<Texts> {
        let bad = |what: String| Error::Render(format!("{} texts: {what}", language.code()));
        let parse =
            |text: &str| FluentResource::try_new(text.to_owned()).map_err(|(_, errors)| bad(format!("{errors:?}")));
        let glossary = parse(language.glossary())?;
        let resource = parse(language.source())?;
        let id: LanguageIdentifier = language.code().parse().map_err(|e| bad(format!("{e:?}")))?;
        let mut bundle = FluentBundle::new(vec![id]);
        // No Unicode isolation marks around arguments: they would end up in the PDF text.
        bundle.set_use_isolating(false);
        bundle.add_resource(glossary).map_err(|errors| bad(format!("{errors:?}")))?;
        bundle.add_resource(resource).map_err(|errors| bad(format!("{errors:?}")))?;
        Ok(Texts { language, bundle })
    }

    /// The message `id` with `args`. A message missing from a language is a bug the tests
    /// catch (every language has every message); at run time it shows as its id.
    pub(crate) fn args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut fluent_args = FluentArgs::new();
        for (k, v) in args {
            fluent_args.set(*k, v.clone());
        }
        let mut errors = Vec::new();
        let mut text = self.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
        // "… is Kowalski sp. z o.o." rather than "o.o..": a value ending a sentence with its own full stop.
        for (_, v) in args {
            if let FluentValue::String(v) = v
                && v.ends_with('.')
            {
                text = text.replace(&format!("{v}."), v);
            }
        }
        text
    }

    pub(crate) fn get(&self, id: &str) -> String {
        self.args(id, &[])
    }

    /// "23 November 2026", "23 listopada 2026", "23. November 2026", "23 ноември 2026 г."
    pub(crate) fn date(&self, date: NaiveDate) -> String {
        let month = self.get(&format!("month-{}", date.month()));
        self.args(
            "date",
            &[
                ("day", FluentValue::from(date.day())),
                ("month", FluentValue::from(month)),
                ("year", FluentValue::from(date.year().to_string())),
            ],
        )
    }

    /// Every message id of this language, for tests.
    #[cfg(test)]
    fn ids(&self) -> std::collections::BTreeSet<String> {
        let resource = FluentResource::try_new(self.language.source().to_owned()).unwrap_or_else(|(r, _)| r);
        resource
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn every_language_has_every_message_and_parses() {
        let en = Texts::load(Language::En).unwrap().ids();
        assert!(en.len() > 50);
        for lang in Language::ALL {
            let texts = Texts::load(lang).unwrap();
            let ids = texts.ids();
            assert_eq!(en.difference(&ids).collect::<Vec<_>>(), Vec::<&String>::new(), "{lang} lacks messages");
            assert_eq!(ids.difference(&en).collect::<Vec<_>>(), Vec::<&String>::new(), "{lang} has extra messages");
        }
    }

    /// The variables (`$name`) each message of `source` uses, wherever they stand: in the
    /// text, a selector, a variant or a function's arguments.
    fn variables(source: &str) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
        use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};
        type Found = std::collections::BTreeSet<String>;
        fn inline(e: &InlineExpression<&str>, out: &mut Found) {
            match e {
                InlineExpression::VariableReference { id } => {
                    out.insert(id.name.to_owned());
                }
                InlineExpression::FunctionReference { arguments, .. } => {
                    arguments.positional.iter().for_each(|a| inline(a, out));
                    arguments.named.iter().for_each(|a| inline(&a.value, out));
                }
                InlineExpression::TermReference { arguments: Some(arguments), .. } => {
                    arguments.named.iter().for_each(|a| inline(&a.value, out));
                }
                InlineExpression::Placeable { expression } => expr(expression, out),
                _ => {}
            }
        }
        fn expr(e: &Expression<&str>, out: &mut Found) {
            match e {
                Expression::Select { selector, variants } => {
                    inline(selector, out);
                    variants.iter().for_each(|v| pattern(&v.value, out));
                }
                Expression::Inline(i) => inline(i, out),
            }
        }
        fn pattern(p: &Pattern<&str>, out: &mut Found) {
            for element in &p.elements {
                if let PatternElement::Placeable { expression } = element {
                    expr(expression, out);
                }
            }
        }
        let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(r, _)| r);
        resource
            .body
            .iter()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => {
                    let mut found = Found::new();
                    if let Some(value) = &m.value {
                        pattern(value, &mut found);
                    }
                    Some((m.id.name.to_owned(), found))
                }
                _ => None,
            })
            .collect()
    }

    /// A translation uses no variable the code does not give (it would print as an error), and
    /// leaves one out only where its language's wording needs it (a Polish or French letter
    /// opens "Szanowni Państwo," / "Madame, Monsieur," without the name); the recovery kit's
    /// messages leave none out.
    #[test]
    fn every_language_uses_the_variables_the_code_gives() {
        let en = variables(Language::En.source());
        assert!(en.get("recovery-kit-use-cli").is_some_and(|v| v.contains("command")), "{en:?}");
        for lang in Language::ALL {
            let theirs = variables(lang.source());
            for (id, vars) in &en {
                let Some(used) = theirs.get(id) else { panic!("{lang} lacks {id}") };
                assert!(used.is_subset(vars), "{lang}: {id} uses {used:?}, the code gives {vars:?}");
                if id.starts_with("recovery-kit-") {
                    assert_eq!(used, vars, "{lang}: {id}");
                }
            }
        }
    }

    /// The text of `source` outside placeables (`{ … }`) and comments: what a translator wrote.
    fn written_text(source: &str) -> String {
        let mut out = String::new();
        for line in source.lines().filter(|l| !l.trim_start().starts_with('#')) {
            // Not a message's id, an attribute's name or a variant's key.
            let trimmed = line.trim_start();
            let line = if trimmed.starts_with(|c: char| c.is_ascii_alphabetic() || c == '.' || c == '-') {
                trimmed.split_once('=').map_or("", |(_, text)| text)
            } else if trimmed.starts_with(['[', '*']) {
                trimmed.split_once(']').map_or("", |(_, text)| text)
            } else {
                line
            };
            let mut depth = 0usize;
            for c in line.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth = depth.saturating_sub(1),
                    _ if depth == 0 => out.push(c),
                    _ => {}
                }
            }
            out.push('\n');
        }
        out
    }

    #[test]
    fn documents_name_the_glossarys_concepts_by_its_terms() {
        for lang in Language::ALL {
            let glossary = FluentResource::try_new(lang.glossary().to_owned()).unwrap();
            let text = written_text(lang.source());
            let mut terms = 0;
            for entry in glossary.entries() {
                let fluent_syntax::ast::Entry::Term(term) = entry else { continue };
                terms += 1;
                let words: String = term
                    .value
                    .elements
                    .iter()
                    .filter_map(|e| match e {
                        fluent_syntax::ast::PatternElement::TextElement { value } => Some(*value),
                        _ => None,
                    })
                    .collect();
                // As a whole word: "administrator danych" is not inside "administratora danych".
                let spelt_out = text.match_indices(words.as_str()).any(|(at, _)| {
                    let before = text[..at].chars().next_back();
                    let after = text[at + words.len()..].chars().next();
                    !before.is_some_and(|c| c.is_alphanumeric() || c == '-')
                        && !after.is_some_and(char::is_alphanumeric)
                });
                assert!(!spelt_out, "{lang}: documents.ftl spells out \"{words}\": write {{ -{} }}", term.id.name);
            }
            assert!(terms > 15, "{lang}: the glossary has {terms} terms");
            // And the documents use them: the regulation is always named by its term.
            assert!(lang.source().matches("{ -gdpr }").count() > 30, "{lang}");
        }
    }

    #[test]
    fn the_system_language_picks_the_first_one_custos_speaks() {
        assert_eq!(Language::for_locales(["pl-PL", "en-US"]), Language::Pl);
        assert_eq!(Language::for_locales(["pt_BR.UTF-8", "de_DE.UTF-8"]), Language::De);
        assert_eq!(Language::for_locales(["bg"]), Language::Bg);
        assert_eq!(Language::for_locales(["pt-BR"]), Language::En);
        assert_eq!(Language::for_locales(Vec::<String>::new()), Language::En);
    }

    #[test]
    fn dates_are_written_the_languages_way() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let expect = [
            (Language::En, "23 November 2026"),
            (Language::Pl, "23 listopada 2026"),
            (Language::De, "23. November 2026"),
            (Language::Fr, "23 novembre 2026"),
            (Language::It, "23 novembre 2026"),
            (Language::Es, "23 de noviembre de 2026"),
            (Language::Bg, "23 ноември 2026 г."),
        ];
        for (lang, text) in expect {
            assert_eq!(Texts::load(lang).unwrap().date(d), text);
        }
        let first = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        assert_eq!(Texts::load(Language::Fr).unwrap().date(first), "1er mars 2026");
        assert_eq!(Texts::load(Language::It).unwrap().date(first), "1º marzo 2026");
        assert_eq!(Texts::load(Language::Pl).unwrap().date(first), "1 marca 2026");
        assert_eq!(Texts::load(Language::De).unwrap().date(first), "1. März 2026");
        for m in 1..=12 {
            let d = NaiveDate::from_ymd_opt(2026, m, 5).unwrap();
            for lang in Language::ALL {
                assert!(!Texts::load(lang).unwrap().date(d).contains("month-"), "{lang} {m}");
            }
        }
    }

    #[test]
    fn plurals_follow_the_language() {
        let pl = Texts::load(Language::Pl).unwrap();
        let years = |n: u32| pl.args("period-years", &[("n", FluentValue::from(n))]);
        assert_eq!(years(1), "1 rok");
        assert_eq!(years(2), "2 lata");
        assert_eq!(years(5), "5 lat");
        assert_eq!(years(22), "22 lata");
    }

    #[test]
    fn languages_parse_from_codes_and_names() {
        assert_eq!("pl".parse::<Language>(), Ok(Language::Pl));
        assert_eq!("BG".parse::<Language>(), Ok(Language::Bg));
        assert_eq!("de-AT".parse::<Language>(), Ok(Language::De));
        assert_eq!("español".parse::<Language>(), Ok(Language::Es));
        assert!("xx".parse::<Language>().is_err());
    }
}
