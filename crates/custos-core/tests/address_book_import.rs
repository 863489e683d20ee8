//! Importing address books (issue 17): the preview with its duplicates and problems, the
//! import in one transaction (skip, merge, new; cancel; failure), re-importing, and undo —
//! on real vault files, with the fixture exports.

#![allow(clippy::unwrap_used)]

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::*;
use custos_core::address_book::import::{DuplicateOf, ImportRecord, MatchedBy, RowNote, RowWhy};
use custos_core::address_book::{
    ContactDraft, Decision, ImportChoices, ImportOptions, ImportPreview, ImportSummary, Label, Labelled, csv, vcard,
};
use custos_core::audit::AuditFilter;
use custos_core::company::CompanyProfile;
use custos_core::contacts::{
    Contact, ContactDetails, ContactPatch, ContactQuery, DataSource, LifecycleStatus, NewContact,
};
use custos_core::{Passphrase, Vault};

const SOURCE: &str = "Google Contacts export of 2026-12-02";
const POLISH_LETTERS: &str = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ";

fn options() -> ImportOptions {
    ImportOptions::new(DataSource::ThirdParty { name: SOURCE.into() })
}

fn agreed() -> ImportChoices {
    ImportChoices { skip_problems: true, ..Default::default() }
}

fn fixture_bytes(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// A fixture's drafts: CSV files with the mapping guessed from their header, vCards as they are.
fn drafts_of(name: &str) -> Vec<ContactDraft> {
    let bytes = fixture_bytes(name);
    if name.ends_with(".vcf") {
        vcard::parse(&bytes).unwrap()
    } else {
        csv::parse(&bytes, &csv::inspect(&bytes).unwrap().guessed).unwrap()
    }
}

fn in_poland(vault: &Vault) {
    let profile = CompanyProfile {
        controller_name: "Źdźbło sp. z o.o.".into(),
        country: Some("PL".into()),
        ..Default::default()
    };
    vault.company().set(profile).unwrap();
}

fn import(vault: &Vault, drafts: &[ContactDraft], choices: &ImportChoices) -> ImportSummary {
    vault.address_book().import(drafts, &options(), choices, &mut |_, _| true).unwrap()
}

fn point(value: &str, label: Label) -> Labelled {
    Labelled::new(value, label)
}

fn draft(line: usize, name: &str) -> ContactDraft {
    ContactDraft { line, display_name: Some(name.into()), ..Default::default() }
}

/// Every card in the vault (active ones), by name.
fn cards(vault: &Vault) -> BTreeMap<String, Contact> {
    let page = vault.contacts().list(&ContactQuery { limit: 10_000, ..Default::default() }).unwrap();
    page.items.iter().map(|s| (s.display_name.clone(), vault.contacts().get(s.id).unwrap())).collect()
}

fn values(list: &[Labelled]) -> BTreeSet<String> {
    list.iter().map(|p| p.value.clone()).collect()
}

/// The rows of the tables an import writes to (and undo takes back from), as text, sorted:
/// the cards, their points, tags, fills, sensitive marks and the search index.
fn dump(t: &TestVault) -> BTreeMap<&'static str, Vec<String>> {
    let c = raw(&t.path, PASS);
    let mut out = BTreeMap::new();
    for (table, sql) in [
        ("contact", "SELECT * FROM contact"),
        ("contact_point", "SELECT * FROM contact_point"),
        ("contact_tag", "SELECT * FROM contact_tag"),
        ("tag", "SELECT * FROM tag"),
        ("contact_import_fill", "SELECT * FROM contact_import_fill"),
        ("contact_sensitive_field", "SELECT * FROM contact_sensitive_field"),
        ("search_fts", "SELECT rowid, body FROM search_fts"),
    ] {
        let mut stmt = c.prepare(sql).unwrap();
        let n = stmt.column_count();
        let mut rows: Vec<String> = stmt
            .query_map([], |r| {
                let cells: Vec<String> = (0..n).map(|i| format!("{:?}", r.get_ref(i).unwrap())).collect();
                Ok(cells.join(" | "))
            })
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        rows.sort();
        out.insert(table, rows);
    }
    out
}

/// How many rows a table has, read beside the vault.
fn count(t: &TestVault, table: &str) -> i64 {
    raw(&t.path, PASS).query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0)).unwrap()
}

fn imported_entries(vault: &Vault, action: &str) -> Vec<custos_core::audit::AuditEntry> {
    vault.audit().list(&AuditFilter { action: Some(action.into()), ..Default::default() }).unwrap()
}

#[test]
fn the_fixture_exports_import_with_every_polish_letter_right() {
    let mut seen = String::new();
    for file in [
        "contacts_google.csv",
        "contacts_google_old.csv",
        "contacts_outlook_pl_1250.csv",
        "contacts_pl.csv",
        "android-2.1.vcf",
        "nokia-2.1-cp1250.vcf",
        "ios-3.0.vcf",
        "rfc6350-4.0.vcf",
    ] {
        let t = new_vault();
        in_poland(&t.vault);
        let drafts = drafts_of(file);
        let preview = t.vault.address_book().preview(&drafts, &options()).unwrap();
        assert!(preview.duplicates.is_empty(), "{file}: {:?}", preview.duplicates);
        let summary = import(&t.vault, &drafts, &agreed());
        let importable: Vec<&ContactDraft> = drafts.iter().filter(|d| d.problem.is_none()).collect();
        assert_eq!(summary.created as usize, importable.len(), "{file}");
        assert_eq!(summary.problems.len(), drafts.len() - importable.len(), "{file}");
        assert_eq!(preview.new.len(), importable.len(), "{file}");

        // Every card is its draft: names, organisation, title, notes, points, tags.
        let cards = cards(&t.vault);
        assert_eq!(cards.len(), importable.len(), "{file}");
        for d in importable {
            let name = d.name().unwrap();
            let card = cards.get(&name).unwrap_or_else(|| panic!("{file}: no card {name}"));
            let c = &card.details;
            assert_eq!(c.given_name, d.given_name, "{file} {name}");
            assert_eq!(c.family_name, d.family_name, "{file} {name}");
            assert_eq!(c.organisation, d.organisation, "{file} {name}");
            assert_eq!(c.job_title, d.job_title, "{file} {name}");
            assert_eq!(c.notes, d.notes, "{file} {name}");
            assert_eq!(values(&c.emails), values(&d.emails), "{file} {name}");
            assert_eq!(values(&c.phones), values(&d.phones), "{file} {name}");
            assert_eq!(values(&c.addresses), values(&d.addresses), "{file} {name}");
            assert_eq!(c.tags.iter().collect::<BTreeSet<_>>(), d.tags.iter().collect::<BTreeSet<_>>(), "{file}");
            assert_eq!(card.source, DataSource::ThirdParty { name: SOURCE.into() });
            assert_eq!(card.status, LifecycleStatus::Lead);
            for text in [Some(card.display_name.clone()), c.notes.clone(), c.organisation.clone()].into_iter().flatten()
            {
                seen.push_str(&text);
            }
            seen.extend(c.addresses.iter().map(|a| a.value.clone()));
        }
    }
    for letter in POLISH_LETTERS.chars() {
        assert!(seen.contains(letter), "{letter} was lost on the way in");
    }
}

#[test]
fn polish_names_read_right_from_windows_1250_and_quoted_printable() {
    let t = new_vault();
    let drafts: Vec<ContactDraft> = [drafts_of("contacts_outlook_pl_1250.csv"), drafts_of("android-2.1.vcf")].concat();
    let summary = import(&t.vault, &drafts, &agreed());
    assert_eq!(summary.problems.len(), 1, "the nameless vCard");
    let cards = cards(&t.vault);
    let lucja = &cards["Łucja Źdźbło-Ślęzak"];
    assert_eq!(lucja.details.organisation.as_deref(), Some("Zakład Usług Księgowych \"Gęś\" s.c."));
    assert_eq!(lucja.details.job_title.as_deref(), Some("Główna księgowa"));
    assert!(lucja.details.notes.as_deref().unwrap().starts_with("Zażółć gęślą jaźń — ZAŻÓŁĆ GĘŚLĄ JAŹŃ."));
    assert_eq!(
        cards["Ścibor Józef Ćwikliński"].details.notes.as_deref(),
        Some("Ąę óź — wszystkie litery: ą ć ę ł ń ó ś ź ż Ą Ć Ę Ł Ń Ó Ś Ź Ż")
    );
    let grzegorz = &cards["Grzegorz Brzęczyszczykiewicz"];
    assert!(grzegorz.details.addresses[0].value.contains("Chrząszczyżewoszyce 1"), "{:?}", grzegorz.details.addresses);
    assert!(grzegorz.details.addresses[0].value.contains("Łękołody"));
    assert_eq!(cards["Łucja Żółkiewska"].details.job_title.as_deref(), Some("Właścicielka"));
    // Found by search, folded.
    for (query, name) in [("slezak", "Łucja Źdźbło-Ślęzak"), ("brzeczyszczykiewicz", "Grzegorz Brzęczyszczykiewicz")]
    {
        let hits = t.vault.search(query, 10).unwrap();
        assert!(hits.iter().any(|h| h.contact_name == name), "{query}: {hits:?}");
    }
}

/// The vault of the duplicate tests: a firm in Poland with four cards, one restricted.
struct Firm {
    t: TestVault,
    anna: Contact,
    piotr: Contact,
    lucja: Contact,
    jan: Contact,
}

fn firm() -> Firm {
    firm_in(true)
}

/// The firm, its country known (Poland) or not.
fn firm_in(poland: bool) -> Firm {
    let t = new_vault();
    if poland {
        in_poland(&t.vault);
    }
    let c = t.vault.contacts();
    let anna = c
        .add(NewContact {
            details: ContactDetails { emails: vec![point("Anna.Nowak@Example.PL", Label::Work)], ..Default::default() },
            ..NewContact::named("Anna Nowak")
        })
        .unwrap();
    let piotr = c
        .add(NewContact {
            details: ContactDetails { phones: vec![point("+48 601-234-567", Label::Mobile)], ..Default::default() },
            ..NewContact::named("Piotr Wiśniewski")
        })
        .unwrap();
    let lucja = c
        .add(NewContact {
            details: ContactDetails {
                organisation: Some("Pracownia Źdźbło sp. z o.o.".into()),
                notes: Some("Met at the fair.".into()),
                ..Default::default()
            },
            ..NewContact::named("Łucja Żółkiewska")
        })
        .unwrap();
    let jan = c
        .add(NewContact {
            details: ContactDetails { emails: vec![point("jan@zielinski.pl", Label::Home)], ..Default::default() },
            ..NewContact::named("Jan Zieliński")
        })
        .unwrap();
    let jan = t.vault.restrictions().restrict(jan.id, "accuracy contested").unwrap();
    Firm { t, anna, piotr, lucja, jan }
}

/// A file with a duplicate of each kind, one of an earlier row, a problem and a bad value.
fn file() -> Vec<ContactDraft> {
    vec![
        // 0: Anna by her e-mail address, written in another case.
        ContactDraft {
            given_name: Some("Anna".into()),
            emails: vec![point("anna.nowak@example.pl", Label::Home)],
            phones: vec![point("+48 600 100 200", Label::Mobile)],
            ..draft(2, "A. Nowak")
        },
        // 1: Piotr by his phone, written the national way.
        ContactDraft {
            given_name: Some("Piotr".into()),
            job_title: Some("Kierownik budowy".into()),
            emails: vec![point("piotr@budowy.pl", Label::Work)],
            phones: vec![point("601 234 567", Label::Work)],
            ..draft(3, "Piotr W.")
        },
        // 2: Łucja by her name at her organisation, folded.
        ContactDraft {
            organisation: Some("PRACOWNIA ŹDŹBŁO Sp. z o.o.".into()),
            notes: Some("Prefers e-mail.".into()),
            emails: vec![point("lucja@zdzblo.pl", Label::Work)],
            ..draft(4, "lucja  zolkiewska")
        },
        // 3: somebody new.
        ContactDraft { emails: vec![point("kasia@nowa.pl", Label::Home)], ..draft(5, "Katarzyna Nowa") },
        // 4: row 3 again, with a phone number.
        ContactDraft {
            emails: vec![point("KASIA@nowa.pl", Label::Work)],
            phones: vec![point("502 000 111", Label::Mobile)],
            ..draft(6, "Kasia")
        },
        // 5: nothing to name the card by.
        ContactDraft {
            line: 7,
            phones: vec![point("+48 500 600 700", Label::Mobile)],
            problem: Some("no name, organisation or e-mail address to show this contact by".into()),
            ..Default::default()
        },
        // 6: a bad e-mail address beside a good phone.
        ContactDraft {
            emails: vec![point("marek.at.example.pl", Label::Home)],
            phones: vec![point("22 111 22 33", Label::Work)],
            ..draft(8, "Marek Kos")
        },
        // 7: the restricted Jan.
        ContactDraft { emails: vec![point("JAN@zielinski.pl", Label::Work)], ..draft(9, "Jan Zieliński") },
    ]
}

#[test]
fn the_preview_shows_duplicates_problems_and_warnings_and_writes_nothing() {
    let f = firm();
    let before = dump(&f.t);
    let audit_before = f.t.vault.audit().list(&AuditFilter::default()).unwrap().len();
    let preview = f.t.vault.address_book().preview(&file(), &options()).unwrap();
    let card = |c: &Contact, restricted| DuplicateOf::Card {
        contact_id: c.id,
        display_name: c.display_name.clone(),
        organisation: c.details.organisation.clone(),
        restricted,
    };
    let dup = |row: usize, name: &str, of, by: &[MatchedBy]| custos_core::address_book::import::Duplicate {
        row,
        line: row + 2,
        name: name.into(),
        of,
        matched_by: by.to_vec(),
        decision: Decision::Merge,
    };
    assert_eq!(
        preview,
        ImportPreview {
            rows: 8,
            new: vec![3, 6],
            duplicates: vec![
                dup(0, "A. Nowak", card(&f.anna, false), &[MatchedBy::Email]),
                dup(1, "Piotr W.", card(&f.piotr, false), &[MatchedBy::Phone]),
                dup(2, "lucja  zolkiewska", card(&f.lucja, false), &[MatchedBy::Name]),
                dup(
                    4,
                    "Kasia",
                    DuplicateOf::Row { row: 3, line: 5, name: "Katarzyna Nowa".into() },
                    &[MatchedBy::Email]
                ),
                dup(7, "Jan Zieliński", card(&f.jan, true), &[MatchedBy::Email, MatchedBy::Name]),
            ],
            problems: vec![RowNote {
                row: 5,
                line: 7,
                message: "no name, organisation or e-mail address to show this contact by".into(),
                why: RowWhy::NoName {}.said(),
            }],
            warnings: vec![RowNote {
                row: 6,
                line: 8,
                message: "'marek.at.example.pl' is not an e-mail address (no @): left out".into(),
                why: RowWhy::EmailLeftOut { value: "marek.at.example.pl".into() }.said(),
            }],
        }
    );
    assert_eq!(dump(&f.t), before, "a preview writes nothing");
    assert_eq!(f.t.vault.audit().list(&AuditFilter::default()).unwrap().len(), audit_before);
    assert_eq!(count(&f.t, "contact_import"), 0);

    // The desktop gets it as JSON.
    let json = serde_json::to_value(&preview).unwrap();
    assert_eq!(json["duplicates"][0]["of"]["kind"], "card");
    assert_eq!(json["duplicates"][0]["matched_by"][0], "email");
    assert_eq!(json["duplicates"][3]["of"]["kind"], "row");
    assert_eq!(json["duplicates"][4]["decision"], "merge");

    // Without the firm's country "601 234 567" is not read as a Polish number: Piotr is not found.
    let other = firm_in(false);
    let preview = other.t.vault.address_book().preview(&file(), &options()).unwrap();
    assert!(preview.new.contains(&1), "{preview:?}");
}

#[test]
fn skip_merge_and_new_each_do_what_they_say() {
    let f = firm();
    let v = &f.t.vault;
    let choices = ImportChoices {
        decisions: [(0, Decision::Skip), (1, Decision::Merge), (2, Decision::New)].into(),
        skip_problems: true,
    };
    let options = ImportOptions { tag: Some("Targi 2026".into()), status: LifecycleStatus::Customer, ..options() };
    let summary = v.address_book().import(&file(), &options, &choices, &mut |_, _| true).unwrap();
    assert_eq!(summary.created, 3, "Łucja again (new), Katarzyna, Marek");
    assert_eq!(summary.merged, 2, "Piotr, and Kasia into Katarzyna's new card");
    assert_eq!(summary.skipped, 1, "Anna");
    assert_eq!(summary.not_merged.len(), 1);
    assert_eq!(summary.not_merged[0].line, 9);
    assert!(summary.not_merged[0].message.contains("restricted"), "{:?}", summary.not_merged);
    assert_eq!(summary.problems.len(), 1);
    assert_eq!(summary.warnings.len(), 1);

    // Skip: Anna is as she was.
    assert_eq!(v.contacts().get(f.anna.id).unwrap(), f.anna);
    // Merge: Piotr gains what he lacked — an e-mail address, given name, job title, the tag —
    // and keeps his own phone (the same number) and primary, name, status and source.
    let piotr = v.contacts().get(f.piotr.id).unwrap();
    assert_eq!(piotr.display_name, "Piotr Wiśniewski");
    assert_eq!(piotr.details.phones, f.piotr.details.phones, "the same number is not added again");
    assert_eq!(piotr.details.emails, [Labelled { value: "piotr@budowy.pl".into(), label: Label::Work, primary: true }]);
    assert_eq!(piotr.details.given_name.as_deref(), Some("Piotr"));
    assert_eq!(piotr.details.job_title.as_deref(), Some("Kierownik budowy"));
    assert_eq!(piotr.details.tags, ["Targi 2026"]);
    assert_eq!((piotr.status, &piotr.source), (f.piotr.status, &f.piotr.source));
    assert_eq!(piotr.updated_at, f.piotr.updated_at, "an import is no edit of the card");
    assert_eq!(v.search("kierownik", 10).unwrap()[0].contact_id, piotr.id, "indexed again");
    // New: a second Łucja, as the file has her.
    let cards = cards(v);
    let second = &cards["lucja  zolkiewska"];
    assert_ne!(second.id, f.lucja.id);
    assert_eq!(v.contacts().get(f.lucja.id).unwrap(), f.lucja, "the first is untouched");
    assert_eq!(second.status, LifecycleStatus::Customer);
    assert_eq!(second.source, DataSource::ThirdParty { name: SOURCE.into() });
    // An earlier row's duplicate merges into the card that row made.
    let kasia = &cards["Katarzyna Nowa"];
    assert_eq!(values(&kasia.details.emails), ["kasia@nowa.pl".to_owned()].into());
    assert_eq!(values(&kasia.details.phones), ["502 000 111".to_owned()].into());
    assert!(!cards.contains_key("Kasia"));
    // The bad value was left out, the rest came in.
    let marek = &cards["Marek Kos"];
    assert!(marek.details.emails.is_empty());
    assert_eq!(values(&marek.details.phones), ["22 111 22 33".to_owned()].into());
    // The restricted card took nothing.
    let jan = v.contacts().get(f.jan.id).unwrap();
    assert_eq!(jan, f.jan);
    assert_eq!(cards.len(), 6, "Anna, Piotr, Łucja ×2, Katarzyna, Marek (Jan is restricted)");

    // One audit entry for the whole file, with counts and nobody's data.
    let entries = imported_entries(v, "contact.imported");
    assert_eq!(entries.len(), 1);
    assert_eq!(imported_entries(v, "contact.created").len(), 4, "the firm's own four: none per imported card");
    assert!(imported_entries(v, "contact.updated").is_empty(), "nor per merge");
    let d = &entries[0].details;
    assert_eq!((d["created"].as_u64(), d["merged"].as_u64(), d["skipped"].as_u64()), (Some(3), Some(2), Some(1)));
    assert_eq!(d["source"], "third_party");
    let text = d.to_string();
    for personal in ["Nowa", "Piotr", "kasia", "Targi", "Google"] {
        assert!(!text.contains(personal), "{personal} in {text}");
    }
    assert!(v.audit().verify().unwrap().ok);
    assert!(v.check().unwrap().ok);
}

#[test]
fn merging_fills_only_empty_fields_and_adds_missing_points() {
    let f = firm();
    let v = &f.t.vault;
    // Łucja has an organisation and notes: the file's notes do not replace hers.
    let summary = import(v, &file()[2..3], &agreed());
    assert_eq!(summary.merged, 1);
    assert_eq!((summary.points_added, summary.fields_filled, summary.tags_added), (1, 0, 0));
    let lucja = v.contacts().get(f.lucja.id).unwrap();
    assert_eq!(lucja.details.notes.as_deref(), Some("Met at the fair."));
    assert_eq!(lucja.details.organisation.as_deref(), Some("Pracownia Źdźbło sp. z o.o."));
    assert_eq!(lucja.details.emails, [Labelled { value: "lucja@zdzblo.pl".into(), label: Label::Work, primary: true }]);
    // Anna has a primary e-mail address: the file's second one is added, not primary.
    let second = ContactDraft {
        emails: vec![point("ANNA.NOWAK@example.pl", Label::Home), point("a.nowak@dom.pl", Label::Home)],
        ..draft(2, "Anna Nowak")
    };
    let summary = import(v, &[second], &agreed());
    assert_eq!(summary.points_added, 1);
    let anna = v.contacts().get(f.anna.id).unwrap();
    assert_eq!(
        anna.details.emails,
        [
            Labelled { value: "Anna.Nowak@Example.PL".into(), label: Label::Work, primary: true },
            Labelled { value: "a.nowak@dom.pl".into(), label: Label::Home, primary: false },
        ]
    );
}

#[test]
fn re_importing_the_same_file_adds_nobody() {
    let t = new_vault();
    in_poland(&t.vault);
    let drafts: Vec<ContactDraft> = [drafts_of("contacts_google.csv"), drafts_of("contacts_google_old.csv")].concat();
    let options = ImportOptions { tag: Some("Import 2026-12".into()), ..options() };
    let first = t.vault.address_book().import(&drafts, &options, &agreed(), &mut |_, _| true).unwrap();
    assert!(first.created > 3);
    let before = dump(&t);
    let preview = t.vault.address_book().preview(&drafts, &options).unwrap();
    assert!(preview.new.is_empty(), "{:?}", preview.new);
    assert_eq!(preview.duplicates.len() as u64, first.created + first.merged);

    let again = t.vault.address_book().import(&drafts, &options, &agreed(), &mut |_, _| true).unwrap();
    assert_eq!(again.created, 0);
    assert_eq!(again.merged, first.created + first.merged);
    assert_eq!((again.points_added, again.tags_added, again.fields_filled), (0, 0, 0));
    assert_eq!(dump(&t), before, "the second import changed no card");
    // So with "skip" as the default.
    let skip = ImportOptions { on_duplicate: Decision::Skip, ..options };
    let third = t.vault.address_book().import(&drafts, &skip, &agreed(), &mut |_, _| true).unwrap();
    assert_eq!((third.created, third.skipped), (0, first.created + first.merged));
    assert_eq!(dump(&t), before);
    assert_eq!(t.vault.address_book().imports().unwrap().len(), 3);
}

#[test]
fn problem_rows_are_refused_without_agreement_and_skipped_with_it() {
    let t = new_vault();
    let drafts = drafts_of("contacts_google.csv");
    let nameless: Vec<usize> = drafts.iter().filter(|d| d.problem.is_some()).map(|d| d.line).collect();
    assert_eq!(nameless.len(), 1, "the fixture has one row without a name");
    let audit_before = t.vault.audit().list(&AuditFilter::default()).unwrap().len();

    let err =
        t.vault.address_book().import(&drafts, &options(), &ImportChoices::default(), &mut |_, _| true).unwrap_err();
    assert_eq!(err.code(), "refused");
    let message = err.to_string();
    assert!(message.contains(&format!("line {} (", nameless[0])), "{message}");
    assert!(message.contains("Agree to skip it"), "{message}");
    assert!(message.ends_with("Nothing was imported."), "{message}");
    assert_eq!(count(&t, "contact"), 0);
    assert_eq!(count(&t, "contact_import"), 0);
    assert_eq!(t.vault.audit().list(&AuditFilter::default()).unwrap().len(), audit_before);

    let summary = import(&t.vault, &drafts, &agreed());
    assert_eq!(summary.problems.iter().map(|p| p.line).collect::<Vec<_>>(), nameless);
    assert_eq!(summary.created as usize, drafts.len() - 1);
    assert_eq!(count(&t, "contact"), drafts.len() as i64 - 1);
}

/// `n` people with Polish names, one row each.
fn people(n: usize) -> Vec<ContactDraft> {
    (0..n)
        .map(|i| ContactDraft {
            given_name: Some("Łucja".into()),
            family_name: Some(format!("Żółkiewska {i}")),
            emails: vec![point(&format!("lucja.{i}@zdzblo.pl"), Label::Work)],
            phones: vec![point(&format!("+48 601 {:03} {:03}", i / 1000, i % 1000), Label::Mobile)],
            tags: vec!["Targi 2026".into()],
            ..draft(i + 2, &format!("Łucja Żółkiewska {i}"))
        })
        .collect()
}

#[test]
fn a_cancel_halfway_leaves_the_vault_unchanged() {
    let t = new_vault();
    t.vault.contacts().add(NewContact::named("Anna Nowak")).unwrap();
    let drafts = people(400);
    let before = dump(&t);
    let audit_before = t.vault.audit().list(&AuditFilter::default()).unwrap();
    let mut told = Vec::new();
    let err = t
        .vault
        .address_book()
        .import(&drafts, &options(), &agreed(), &mut |done, total| {
            told.push(done);
            done < total / 2
        })
        .unwrap_err();
    assert_eq!(err.code(), "refused");
    assert_eq!(err.to_string(), "The import was cancelled: nothing was imported.");
    assert_eq!(*told.last().unwrap(), 200, "cancelled at half: {told:?}");
    assert_eq!(dump(&t), before);
    assert_eq!(count(&t, "contact_import"), 0);
    assert_eq!(t.vault.audit().list(&AuditFilter::default()).unwrap(), audit_before);
    assert!(t.vault.audit().verify().unwrap().ok);

    // Not cancelled, it runs to the end and says so.
    let mut last = (0, 0);
    let summary = t.vault.address_book().import(&drafts, &options(), &agreed(), &mut |d, n| {
        last = (d, n);
        true
    });
    assert_eq!(summary.unwrap().created, 400);
    assert_eq!(last, (400, 400));
}

#[test]
fn a_failure_in_the_middle_writes_nothing() {
    let t = new_vault();
    t.vault.contacts().add(NewContact::named("Anna Nowak")).unwrap();
    // The vault refuses the 301st card, as a full disk or a broken page would refuse a write.
    raw(&t.path, PASS)
        .execute_batch(
            "CREATE TRIGGER refuse_one BEFORE INSERT ON contact WHEN NEW.display_name = 'Łucja Żółkiewska 300'
             BEGIN SELECT RAISE(ABORT, 'refused for the test'); END;",
        )
        .unwrap();
    let before = dump(&t);
    let audit_before = t.vault.audit().list(&AuditFilter::default()).unwrap();
    let err = t.vault.address_book().import(&people(400), &options(), &agreed(), &mut |_, _| true).unwrap_err();
    assert!(err.to_string().contains("refused for the test"), "{err}");
    assert_eq!(dump(&t), before, "the 300 cards before it are gone with it");
    assert_eq!(count(&t, "contact_import"), 0);
    assert_eq!(t.vault.audit().list(&AuditFilter::default()).unwrap(), audit_before);
    assert!(t.vault.check().unwrap().ok);

    // A bad import tag is refused before anything is read.
    let long = ImportOptions { tag: Some("x".repeat(81)), ..options() };
    let err = t.vault.address_book().import(&people(3), &long, &agreed(), &mut |_, _| true).unwrap_err();
    assert_eq!(err.code(), "invalid_input");
    assert_eq!(dump(&t), before);
}

#[test]
fn undo_removes_exactly_what_the_import_added() {
    let f = firm();
    let v = &f.t.vault;
    let before = dump(&f.t);
    let options = ImportOptions { tag: Some("Targi 2026".into()), ..options() };
    let summary = v.address_book().import(&file(), &options, &agreed(), &mut |_, _| true).unwrap();
    assert!(summary.points_added > 0 && summary.fields_filled > 0 && summary.tags_added > 0, "{summary:?}");
    assert_ne!(dump(&f.t), before);
    assert_eq!(v.search("kierownik", 10).unwrap().len(), 1);

    let undone = v.address_book().undo_import(summary.import_id).unwrap();
    assert_eq!(undone.cards_removed, summary.created);
    assert_eq!(undone.fields_cleared, summary.fields_filled);
    assert_eq!(dump(&f.t), before, "every card, point, tag, field and index entry as before");
    assert!(v.search("kierownik", 10).unwrap().is_empty());
    assert!(v.search("katarzyna", 10).unwrap().is_empty());
    assert_eq!(v.contacts().get(f.piotr.id).unwrap(), f.piotr);

    let listed: Vec<ImportRecord> = v.address_book().imports().unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].undone_at, Some(v.now()));
    assert_eq!(listed[0].source, DataSource::ThirdParty { name: SOURCE.into() });
    assert_eq!(listed[0].cards, 0);
    let entries = imported_entries(v, "contact.import_undone");
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].details["cards_removed"], summary.created);

    let again = v.address_book().undo_import(summary.import_id).unwrap_err();
    assert_eq!(again.code(), "refused");
    assert!(again.to_string().contains("already undone"), "{again}");
    assert_eq!(v.address_book().undo_import(999).unwrap_err().code(), "not_found");
    assert!(v.audit().verify().unwrap().ok);
    assert!(v.check().unwrap().ok);
}

#[test]
fn undo_is_refused_once_the_firm_worked_with_a_card_it_created() {
    let t = new_vault();
    let v = &t.vault;
    let summary = import(v, &people(30), &agreed());
    let cards = cards(v);
    let edited = &cards["Łucja Żółkiewska 7"];
    t.clock.advance(chrono::Duration::minutes(5));
    v.contacts()
        .edit(edited.id, ContactPatch { job_title: Some(Some("Prezes".into())), ..Default::default() })
        .unwrap();
    let before = dump(&t);
    let err = v.address_book().undo_import(summary.import_id).unwrap_err();
    assert_eq!(err.code(), "refused");
    let message = err.to_string();
    assert!(message.contains(&format!("Łucja Żółkiewska 7 (#{}: edited", edited.id)), "{message}");
    assert!(message.contains("a card it created has"), "{message}");
    assert_eq!(dump(&t), before, "nothing was changed");
    assert_eq!(v.address_book().imports().unwrap()[0].undone_at, None);

    // A later import that added to one of its cards: that one is undone first.
    let t = new_vault();
    let v = &t.vault;
    let first = import(v, &people(3), &agreed());
    t.clock.advance(chrono::Duration::minutes(5));
    let more = ContactDraft { emails: vec![point("lucja@dom.pl", Label::Home)], ..people(3)[1].clone() };
    let second = import(v, &[more], &agreed());
    assert_eq!(second.points_added, 1);
    let err = v.address_book().undo_import(first.import_id).unwrap_err();
    assert!(err.to_string().contains("data from a later import (undo that one first)"), "{err}");
    v.address_book().undo_import(second.import_id).unwrap();
    assert_eq!(v.address_book().undo_import(first.import_id).unwrap().cards_removed, 3);
    assert_eq!(count(&t, "contact"), 0);
}

#[test]
fn undo_is_refused_after_a_conversation_and_while_a_card_it_added_to_is_restricted() {
    use custos_core::interactions::{Channel, NewConversation, NewMessage, Sender};
    let t = new_vault();
    let v = &t.vault;
    let anna = v.contacts().add(NewContact::named("Anna Nowak")).unwrap();
    let drafts = [
        ContactDraft { emails: vec![point("anna@nowak.pl", Label::Home)], ..draft(2, "Anna Nowak") },
        draft(3, "Jan Kowalski"),
    ];
    let summary = import(v, &drafts, &agreed());
    assert_eq!((summary.created, summary.merged), (1, 1));
    let jan = cards(v)["Jan Kowalski"].clone();
    let conversation = NewConversation {
        channel: Channel::Phone,
        started_at: None,
        ended_at: None,
        external_ref: None,
        messages: vec![NewMessage { at: v.now(), sender: Sender::Contact, text: "Dzień dobry".into() }],
    };
    v.interactions().add(jan.id, conversation).unwrap();
    let err = v.address_book().undo_import(summary.import_id).unwrap_err();
    assert!(err.to_string().contains("Jan Kowalski (#"), "{err}");
    assert!(err.to_string().contains("a conversation"), "{err}");

    // Anna, whom it gave an e-mail address, is frozen: her data may not change.
    let t = new_vault();
    let v = &t.vault;
    let anna2 = v.contacts().add(NewContact::named("Anna Nowak")).unwrap();
    let summary = import(v, &drafts[..1], &agreed());
    v.restrictions().restrict(anna2.id, "accuracy contested").unwrap();
    let err = v.address_book().undo_import(summary.import_id).unwrap_err();
    assert!(err.to_string().contains("since been restricted (frozen): Anna Nowak (#"), "{err}");
    v.restrictions().lift(anna2.id, "checked").unwrap();
    assert_eq!(v.address_book().undo_import(summary.import_id).unwrap().points_removed, 1);
    assert!(v.contacts().get(anna2.id).unwrap().details.emails.is_empty());
    let _ = anna;
}

#[test]
fn an_edit_makes_what_an_import_added_the_cards_own() {
    let f = firm();
    let v = &f.t.vault;
    let summary = import(v, &file()[1..2], &agreed());
    assert_eq!(summary.fields_filled, 2, "given name, job title");
    // The firm corrects the job title the import filled in, and adds an e-mail address to the
    // one it brought.
    let mut emails = v.contacts().get(f.piotr.id).unwrap().details.emails;
    emails.push(point("p.w@dom.pl", Label::Home));
    v.contacts()
        .edit(
            f.piotr.id,
            ContactPatch {
                job_title: Some(Some("Kierownik robót".into())),
                emails: Some(emails),
                ..Default::default()
            },
        )
        .unwrap();
    let undone = v.address_book().undo_import(summary.import_id).unwrap();
    assert_eq!((undone.fields_cleared, undone.points_removed), (1, 0));
    let piotr = v.contacts().get(f.piotr.id).unwrap();
    assert_eq!(piotr.details.job_title.as_deref(), Some("Kierownik robót"), "the firm's own now");
    assert_eq!(values(&piotr.details.emails), ["p.w@dom.pl".to_owned(), "piotr@budowy.pl".to_owned()].into());
    assert_eq!(piotr.details.given_name, None, "the field nobody touched is empty again");
}

/// The index's stored pages, as bytes.
fn index_bytes(t: &TestVault) -> Vec<u8> {
    let c = raw(&t.path, PASS);
    let mut stmt = c.prepare("SELECT block FROM search_fts_data").unwrap();
    let blocks: Vec<Vec<u8>> = stmt.query_map([], |r| r.get(0)).unwrap().collect::<rusqlite::Result<_>>().unwrap();
    blocks.concat()
}

#[test]
fn undo_leaves_nothing_of_the_cards_in_the_search_index() {
    // A few cards are taken out of the index one by one, many in one go: neither way leaves
    // their words in the index's pages.
    for n in [5, 400] {
        let t = new_vault();
        let drafts: Vec<ContactDraft> =
            people(n).into_iter().map(|d| ContactDraft { notes: Some("Skąpiec qqwwzzxxyy".into()), ..d }).collect();
        let summary = import(&t.vault, &drafts, &agreed());
        assert_eq!(t.vault.search("qqwwzzxxyy", 5).unwrap().len(), 5);
        assert!(contains(&index_bytes(&t), "wwzzxxyy"), "the word is in the index to begin with");
        t.vault.address_book().undo_import(summary.import_id).unwrap();
        assert!(t.vault.search("qqwwzzxxyy", 5).unwrap().is_empty());
        assert!(!contains(&index_bytes(&t), "wwzzxxyy"), "{n} cards: the word is still in the index");
        assert!(t.vault.check().unwrap().ok);
    }
}

/// The definitions of the two tables schema 13 rewrote.
fn card_tables(path: &std::path::Path) -> Vec<String> {
    let conn = raw(path, PASS);
    let mut stmt =
        conn.prepare("SELECT sql FROM sqlite_schema WHERE name IN ('contact', 'contact_point') ORDER BY name").unwrap();
    stmt.query_map([], |r| r.get(0)).unwrap().collect::<rusqlite::Result<_>>().unwrap()
}

#[test]
fn a_file_from_schema_12_checks_the_same_values_without_in_lists() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.custos");
    let conn = vault_at_schema(&path, 12);
    conn.execute_batch(
        "INSERT INTO vault_meta VALUES ('created_at', '2026-01-01T00:00:00.000Z');
         INSERT INTO contact (id, display_name, sort_key, status, source_kind, standing, created_at, updated_at)
         VALUES (1, 'Anna Nowak', 'anna nowak', 'customer', 'person', 'active',
                 '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
         INSERT INTO contact_point (contact_id, kind, label, value, is_primary, position, match_key)
         VALUES (1, 'email', 'work', 'anna@nowak.pl', 1, 0, 'anna@nowak.pl');
         PRAGMA user_version = 12;",
    )
    .unwrap();
    drop(conn);

    let vault = Vault::open(&path, &Passphrase::new(PASS), session(&clock())).unwrap();
    let conn = raw(&path, PASS);
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, custos_core::vault::SCHEMA_VERSION);
    let tables = card_tables(&path);
    for list in ["status IN", "source_kind IN", "standing IN", "kind IN", "label IN"] {
        assert!(tables.iter().all(|sql| !sql.contains(list)), "{list}: {tables:?}");
    }
    assert_eq!(tables, card_tables(&new_vault().path), "as a new vault has them");

    // Every value the lists allowed is still allowed, and nothing else.
    let insert_card = |column: &str, value: &str| {
        let sql = "INSERT INTO contact (display_name, sort_key, status, source_kind, standing, created_at, updated_at)
                   VALUES ('X', 'x', 'lead', 'person', 'active', 't', 't') RETURNING id";
        let id: i64 = conn.query_row(sql, [], |r| r.get(0)).unwrap();
        let set =
            conn.execute(&format!("UPDATE contact SET {column} = ?1 WHERE id = ?2"), rusqlite::params![value, id]);
        conn.execute("DELETE FROM contact WHERE id = ?1", [id]).unwrap();
        set.is_ok()
    };
    for (column, allowed) in [
        ("status", &["lead", "customer", "former_customer", "supplier_partner", "other"][..]),
        ("source_kind", &["person", "third_party", "public"][..]),
        ("standing", &["active", "restricted", "erased"][..]),
    ] {
        for value in allowed {
            assert!(insert_card(column, value), "{column} = {value}");
        }
        for value in ["", "Lead", "lead ", "nonsense"] {
            assert!(!insert_card(column, value), "{column} = {value:?}");
        }
    }
    let insert_point = |kind: &str, label: &str| {
        conn.execute(
            "INSERT INTO contact_point (contact_id, kind, label, value, is_primary, position) VALUES (1, ?1, ?2, 'v', 0, 9)",
            [kind, label],
        )
        .is_ok()
    };
    for kind in ["email", "phone", "address"] {
        for label in ["work", "home", "mobile", "other"] {
            assert!(insert_point(kind, label), "{kind} {label}");
        }
        assert!(!insert_point(kind, "fax"));
    }
    assert!(!insert_point("fax", "work"));
    assert!(!insert_point("Email", "work"));
    conn.execute("DELETE FROM contact_point WHERE position = 9", []).unwrap();
    drop(conn);

    // The card from before is as it was, and an import runs on the upgraded file (finding it).
    let anna = vault.contacts().get(1).unwrap();
    assert_eq!(anna.status, LifecycleStatus::Customer);
    assert_eq!(values(&anna.details.emails), BTreeSet::from(["anna@nowak.pl".to_owned()]));
    let summary = import(&vault, &[draft(2, "Jan Kowalski"), draft(3, "Anna Nowak")], &agreed());
    assert_eq!((summary.created, summary.merged), (1, 1));
    assert!(vault.check().unwrap().ok);
}
