//! Search: diacritic- and case-insensitive, prefix, hits located and ranked.

mod common;

use chrono::{TimeZone, Utc};
use common::*;
use custos_core::contacts::{ContactDetails, ContactField, ContactPatch, NewContact};
use custos_core::interactions::{Channel, NewConversation, NewMessage, Sender};
use custos_core::search::HitLocation;

fn names(hits: &[custos_core::search::SearchHit]) -> Vec<&str> {
    hits.iter().map(|h| h.contact_name.as_str()).collect()
}

#[test]
fn finds_european_names_without_diacritics_or_case() {
    let t = new_vault();
    let c = t.vault.contacts();
    for name in [
        "Łucja Żółkiewska",
        "Sven Sørensen",
        "Иван Петров",
        "Đorđe Đurić",
        "Heinz Großmann",
        "Ægir Œhlenschläger",
        "Ayşe Yıldız",
        "Ελένη Παπαδοπούλου",
    ] {
        c.add(NewContact::named(name)).unwrap();
    }
    c.add(NewContact {
        details: ContactDetails {
            addresses: vec![custos_core::contact_points::Labelled::new(
                "ul. Piotrkowska 1, Łódź",
                custos_core::contact_points::Label::Home,
            )],
            ..Default::default()
        },
        ..NewContact::named("Biuro")
    })
    .unwrap();
    let cases = [
        ("lodz", "Biuro"),
        ("sorensen", "Sven Sørensen"),
        ("петров", "Иван Петров"),
        ("ПЕТРОВ", "Иван Петров"),
        ("djuric", ""),
        ("duric", "Đorđe Đurić"),
        ("grossmann", "Heinz Großmann"),
        ("oehlen", "Ægir Œhlenschläger"),
        ("aegir", "Ægir Œhlenschläger"),
        ("yildiz", "Ayşe Yıldız"),
        ("zolkiewska", "Łucja Żółkiewska"),
        ("ŻÓŁK", "Łucja Żółkiewska"),
        ("luc zol", "Łucja Żółkiewska"),
        ("παπαδο", "Ελένη Παπαδοπούλου"),
    ];
    for (query, want) in cases {
        let hits = t.vault.search(query, 10).unwrap();
        if want.is_empty() {
            assert!(hits.is_empty(), "{query}: {:?}", names(&hits));
        } else {
            assert_eq!(names(&hits), [want], "{query}");
        }
    }
    let hit = &t.vault.search("lodz", 10).unwrap()[0];
    assert_eq!(hit.location, HitLocation::Field { field: ContactField::Address });
    assert_eq!(hit.snippet.as_deref(), Some("ul. Piotrkowska 1, Łódź"));
}

#[test]
fn hits_inside_transcripts_say_which_message() {
    let t = new_vault();
    let anna = t.vault.contacts().add(NewContact::named("Anna Nowak")).unwrap();
    let at = Utc.with_ymd_and_hms(2026, 2, 20, 10, 0, 0).unwrap();
    let conv = t
        .vault
        .interactions()
        .add(
            anna.id,
            NewConversation {
                channel: Channel::Chat,
                started_at: None,
                ended_at: None,
                external_ref: None,
                messages: vec![
                    NewMessage { at, sender: Sender::Contact, text: "Czy szkolenie w Gdańsku jest aktualne?".into() },
                    NewMessage {
                        at,
                        sender: Sender::Staff { name: "Ola".into() },
                        text: "Tak, zapraszamy do Gdańska!".into(),
                    },
                ],
            },
        )
        .unwrap();
    let full = t.vault.interactions().get(conv.id).unwrap();
    let hits = t.vault.search("gdansk", 10).unwrap();
    assert_eq!(hits.len(), 2);
    for hit in &hits {
        assert_eq!(hit.contact_id, anna.id);
        match &hit.location {
            HitLocation::Message { conversation_id, message_id, .. } => {
                assert_eq!(*conversation_id, conv.id);
                assert!(full.messages.iter().any(|m| m.id == *message_id));
            }
            other => panic!("expected a message hit, got {other:?}"),
        }
        assert!(hit.snippet.as_deref().unwrap().contains("Gdańsk"));
    }
}

#[test]
fn card_hits_rank_above_transcript_hits_and_names_first() {
    let t = new_vault();
    let c = t.vault.contacts();
    let mentioned = c.add(NewContact::named("Piotr Zieliński")).unwrap();
    let org = c
        .add(NewContact {
            details: ContactDetails { organisation: Some("Kowalski i Synowie".into()), ..Default::default() },
            ..NewContact::named("Ewa Lis")
        })
        .unwrap();
    let named = c.add(NewContact::named("Jan Kowalski")).unwrap();
    t.vault
        .interactions()
        .add(
            mentioned.id,
            NewConversation {
                channel: Channel::Email,
                started_at: None,
                ended_at: None,
                external_ref: None,
                messages: vec![NewMessage {
                    at: Utc::now(),
                    sender: Sender::Contact,
                    text: "Pan Kowalski polecił mi Państwa".into(),
                }],
            },
        )
        .unwrap();
    let hits = t.vault.search("kowal", 10).unwrap();
    let ids: Vec<_> = hits.iter().map(|h| h.contact_id).collect();
    assert_eq!(ids, [named.id, org.id, mentioned.id]);
    assert!(matches!(hits[2].location, HitLocation::Message { .. }));
}

#[test]
fn index_follows_edits_and_masks_sensitive_snippets() {
    let t = new_vault();
    let c = t.vault.contacts();
    let p = c
        .add(NewContact {
            details: ContactDetails {
                phones: vec![custos_core::contact_points::Labelled::new(
                    "+48 600-123-456",
                    custos_core::contact_points::Label::Mobile,
                )],
                id_number: Some("ABC998877".into()),
                ..Default::default()
            },
            sensitive: [ContactField::IdNumber].into(),
            ..NewContact::named("Marta Wiśniewska")
        })
        .unwrap();
    assert_eq!(names(&t.vault.search("600123456", 5).unwrap()), ["Marta Wiśniewska"]);
    let hit = &t.vault.search("abc998", 5).unwrap()[0];
    assert_eq!(hit.snippet, None, "sensitive value leaked into a snippet");

    c.edit(p.id, ContactPatch { display_name: Some("Marta Kowalczyk".into()), ..Default::default() }).unwrap();
    assert!(t.vault.search("wisniewska", 5).unwrap().is_empty());
    assert_eq!(names(&t.vault.search("kowalczyk", 5).unwrap()), ["Marta Kowalczyk"]);
    assert!(t.vault.search("  ", 5).unwrap().is_empty());
    assert!(t.vault.search("\"OR\" NEAR(", 5).unwrap().is_empty(), "query syntax must not reach FTS5");
}

#[test]
fn contacts_named_by_words_are_found_by_their_whole_name() {
    let t = new_vault();
    let c = t.vault.contacts();
    let jan = c.add(NewContact::named("Jan Kowalski")).unwrap();
    let anna = c.add(NewContact::named("Anna Żółkiewska-Nowak")).unwrap();
    let frozen = c.add(NewContact::named("Ewa Lis")).unwrap();
    t.vault.restrictions().restrict(frozen.id, "Disputes the data").unwrap();
    let gone = c.add(NewContact::named("Piotr Lis")).unwrap();
    t.vault.erase(gone.id).unwrap();
    c.add(NewContact::named("Janina Kowalska")).unwrap();
    let jan_nowak = c.add(NewContact::named("Jan Nowak")).unwrap();
    c.add(NewContact::named("Kowalski Jan Maria")).unwrap();

    let folded =
        custos_core::fold::fold("Tak, Jan Kowalski dołączy; anna żółkiewska-nowak też, Ewa Lis i Piotr Lis nie.");
    let words = custos_core::fold::words(&folded).map(str::to_owned).collect();
    let found: Vec<_> = c.named_by(&words).unwrap().into_iter().map(|s| (s.id, s.display_name)).collect();
    // Every word of the name must be among them (anywhere: "Jan Nowak" is, the caller checks
    // where); restricted contacts count, erased ones do not.
    assert_eq!(
        found,
        [
            (anna.id, "Anna Żółkiewska-Nowak".to_owned()),
            (frozen.id, "Ewa Lis".to_owned()),
            (jan.id, "Jan Kowalski".to_owned()),
            (jan_nowak.id, "Jan Nowak".to_owned()),
        ]
    );
    assert!(c.named_by(&Default::default()).unwrap().is_empty());
}
