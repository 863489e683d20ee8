//! Conversations from files: the people matched to cards, one conversation per thread and
//! contact, the unknown people's choices, nothing imported twice, all or nothing.

// Set-up helpers panic with the error when a step fails.
#![allow(clippy::unwrap_used)]

mod common;

use chrono::{DateTime, TimeZone, Utc};
use common::*;
use custos_core::contact_points::{Label, Labelled};
use custos_core::contacts::{ContactDetails, ContactId, NewContact};
use custos_core::import::conversations::Part;
use custos_core::import::parsed::{Attachment, ParsedExport, ParsedMessage, Party, Thread};
use custos_core::import::people::{Choice, Known, PersonChoice};
use custos_core::interactions::{Channel, Origin, Sender};

fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 2, day, hour, 0, 0).unwrap()
}

fn party(name: &str, address: &str) -> Party {
    Party { name: Some(name.into()), address: Some(address.into()), staff: false }
}

fn mail(id: &str, when: Option<DateTime<Utc>>, from: Party, to: Vec<Party>, text: &str) -> ParsedMessage {
    ParsedMessage { id: Some(id.into()), at: when, from, to, text: text.into(), attachments: vec![], line: 1 }
}

fn part(origin: Origin, export: &ParsedExport) -> Part {
    Part { origin, export: export.clone() }
}

fn card(t: &TestVault, name: &str, emails: &[&str]) -> ContactId {
    let emails = emails.iter().map(|e| Labelled::new(*e, Label::Work)).collect();
    let new = NewContact {
        display_name: name.into(),
        details: ContactDetails { emails, ..Default::default() },
        ..Default::default()
    };
    t.vault.contacts().add(new).unwrap().id
}

fn firm(t: &TestVault) {
    let profile = custos_core::company::CompanyProfile {
        controller_name: "Kwiaciarnia Róża".into(),
        email: Some("Biuro@Roza.pl".into()),
        ..Default::default()
    };
    t.vault.company().set(profile).unwrap();
}

/// A thread between the firm, Łucja (who has two addresses) and her colleague Bob, who is on
/// no card, and one mail Łucja sent from her second address.
fn order_thread() -> ParsedExport {
    let biuro = party("Biuro Róża", "biuro@roza.pl");
    let lucja = party("Łucja Wróbel", "lucja@wrobel.pl");
    let lucja_home = party("Łucja", "LUCJA.W@poczta.pl");
    let bob = party("Bob Kowalczyk", "bob@wrobel.pl");
    let messages = vec![
        mail(
            "m1@x",
            Some(at(2, 9)),
            lucja.clone(),
            vec![biuro.clone(), bob.clone()],
            "Zamawiam 20 róż, dostawa do Łodzi.",
        ),
        mail("m2@x", Some(at(2, 11)), biuro.clone(), vec![lucja.clone()], "Potwierdzamy zamówienie."),
        mail("m3@x", None, bob.clone(), vec![biuro.clone()], "Proszę o fakturę na firmę."),
        ParsedMessage {
            attachments: vec![Attachment { name: "faktura-12.pdf".into(), size: 48_213 }],
            ..mail("m4@x", Some(at(3, 8)), biuro.clone(), vec![bob.clone(), lucja_home.clone()], "")
        },
    ];
    let thread =
        Thread { key: "m1@x".into(), title: Some("Zamówienie róż".into()), channel: Channel::Email, messages };
    ParsedExport { threads: vec![thread], skipped: 0 }
}

#[test]
fn each_contact_of_a_thread_gets_the_mails_they_sent_or_received() {
    let t = new_vault();
    firm(&t);
    let lucja = card(&t, "Łucja Wróbel", &["lucja@wrobel.pl", "lucja.w@poczta.pl"]);
    let export = order_thread();

    let preview = t.vault.preview_conversations(&[part(Origin::Email, &export)], &[]).unwrap();
    let known = |address: &str| preview.people.iter().find(|p| p.address.as_deref() == Some(address)).unwrap();
    assert_eq!(known("biuro@roza.pl").known, Known::Staff, "the company profile's address is the firm's");
    assert!(
        matches!(known("lucja.w@poczta.pl").known, Known::Contact { id, .. } if id == lucja),
        "any of her addresses, any case"
    );
    assert_eq!(known("bob@wrobel.pl").known, Known::Unknown);
    assert_eq!((preview.messages, preview.undated, preview.attachments), (4, 1, 1));
    assert_eq!(preview.conversations.len(), 1, "Bob is skipped unless chosen otherwise");
    assert_eq!(preview.conversations[0].messages, 3, "the mail only Bob and the firm had is not Łucja's");

    let done = t.vault.import_conversations(&[part(Origin::Email, &export)], &[], &mut |_, _| {}).unwrap();
    assert_eq!((done.conversations_created, done.messages, done.attachments), (1, 3, 1));
    assert!(done.leads_created.is_empty(), "nobody is created without a choice");
    let list = t.vault.interactions().for_contact(lucja).unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!((list[0].channel, list[0].origin), (Channel::Email, Origin::Email));
    assert_eq!(list[0].title.as_deref(), Some("Zamówienie róż"));
    let conv = t.vault.interactions().get(list[0].id).unwrap();
    let senders: Vec<&Sender> = conv.messages.iter().map(|m| &m.sender).collect();
    assert_eq!(
        senders,
        [&Sender::Contact, &Sender::Staff { name: "Biuro Róża".into() }, &Sender::Staff { name: "Biuro Róża".into() }]
    );
    assert_eq!(conv.messages[0].recipients.len(), 2, "To and Cc are kept with the mail");
    assert_eq!(conv.messages[2].attachments, [Attachment { name: "faktura-12.pdf".into(), size: 48_213 }]);
    assert_eq!(t.vault.contacts().get(lucja).unwrap().last_contact_at, Some(at(3, 8)));
    assert!(t.vault.search("lodzi", 5).unwrap().iter().any(|h| h.contact_id == lucja), "searchable, folded");

    // The same file again adds nothing; a later reply adds to the same conversation.
    let again = t.vault.import_conversations(&[part(Origin::Email, &export)], &[], &mut |_, _| {}).unwrap();
    assert_eq!((again.conversations_created, again.messages, again.duplicates), (0, 0, 3));
    let mut later = order_thread();
    later.threads[0].messages.push(mail(
        "m5@x",
        Some(at(4, 10)),
        party("Łucja Wróbel", "lucja@wrobel.pl"),
        vec![party("Biuro", "biuro@roza.pl")],
        "Dziękuję, kwiaty dotarły.",
    ));
    let preview = t.vault.preview_conversations(&[part(Origin::Email, &later)], &[]).unwrap();
    assert_eq!((preview.conversations[0].messages, preview.conversations[0].duplicates), (1, 3));
    assert_eq!(preview.conversations[0].adds_to, Some(list[0].id));
    let more = t.vault.import_conversations(&[part(Origin::Email, &later)], &[], &mut |_, _| {}).unwrap();
    assert_eq!((more.conversations_created, more.conversations_extended, more.messages), (0, 1, 1));
    assert_eq!(t.vault.interactions().for_contact(lucja).unwrap()[0].message_count, 4);
    assert!(t.vault.check().unwrap().ok);
}

#[test]
fn unknown_people_become_leads_contacts_staff_or_nobody_as_chosen() {
    let t = new_vault();
    firm(&t);
    let lucja = card(&t, "Łucja Wróbel", &["lucja@wrobel.pl"]);
    let export = order_thread();
    let bob = "address:bob@wrobel.pl".to_owned();

    let lead = |choice| vec![PersonChoice { key: bob.clone(), choice }];
    let preview = t.vault.preview_conversations(&[part(Origin::Email, &export)], &lead(Choice::CreateLead)).unwrap();
    assert_eq!(preview.conversations.len(), 2);
    let planned = preview.conversations.iter().find(|c| c.contact_id.is_none()).unwrap();
    assert_eq!((planned.contact_name.as_str(), planned.messages), ("Bob Kowalczyk", 3));
    let done = t
        .vault
        .import_conversations(&[part(Origin::Email, &export)], &lead(Choice::CreateLead), &mut |_, _| {})
        .unwrap();
    let [bob_id] = done.leads_created[..] else { panic!("{done:?}") };
    let bobs_card = t.vault.contacts().get(bob_id).unwrap();
    assert_eq!(bobs_card.display_name, "Bob Kowalczyk");
    assert_eq!(bobs_card.details.emails[0].value, "bob@wrobel.pl");
    // Source: the person, by the first mail he sent (received on 2 February, the undated one
    // dated by the mail before it).
    let via = custos_core::contacts::Via { channel: Channel::Email, on: at(2, 11).date_naive() };
    assert_eq!(bobs_card.source, custos_core::contacts::DataSource::Person { via: Some(via) });
    assert_eq!(bobs_card.source.describe(), "the person: e-mail received on 2026-02-02");
    assert_eq!(bobs_card.last_contact_at, Some(at(3, 8)));
    // The same choice again makes no second card: he has one now.
    let again = t
        .vault
        .import_conversations(&[part(Origin::Email, &export)], &lead(Choice::CreateLead), &mut |_, _| {})
        .unwrap();
    assert_eq!((again.leads_created.len(), again.messages), (0, 0), "{again:?}");
    assert!(again.duplicates > 0 && again.contacts.is_empty(), "{again:?}");
    // In Bob's conversation, Łucja is another party; in hers, he is.
    let bobs = t.vault.interactions().for_contact(bob_id).unwrap();
    let conv = t.vault.interactions().get(bobs[0].id).unwrap();
    assert_eq!(conv.messages[0].sender, Sender::Other { name: "Łucja Wróbel".into() });

    // Attached to a card: his mails are that card's.
    let t = new_vault();
    let lucja2 = card(&t, "Łucja Wróbel", &["lucja@wrobel.pl"]);
    let office = card(&t, "Wróbel sp. z o.o.", &["biuro@wrobel.pl"]);
    let choice = lead(Choice::Attach { contact: office });
    t.vault.import_conversations(&[part(Origin::Email, &export)], &choice, &mut |_, _| {}).unwrap();
    let conv = t.vault.interactions().get(t.vault.interactions().for_contact(office).unwrap()[0].id).unwrap();
    assert!(conv.messages.iter().any(|m| m.sender == Sender::Contact && m.text.contains("fakturę")));
    assert_eq!(t.vault.interactions().for_contact(lucja2).unwrap().len(), 1);
    // Marked as staff: what he writes to her is the firm's.
    let t = new_vault();
    firm(&t);
    let lucja3 = card(&t, "Łucja Wróbel", &["lucja@wrobel.pl"]);
    let mut export = order_thread();
    let (bob_party, lucja_party) = (party("Bob Kowalczyk", "bob@wrobel.pl"), party("Łucja", "lucja@wrobel.pl"));
    export.threads[0].messages.push(mail(
        "m6@x",
        Some(at(4, 9)),
        bob_party,
        vec![lucja_party],
        "Faktura w załączniku.",
    ));
    let preview = t.vault.preview_conversations(&[part(Origin::Email, &export)], &lead(Choice::Staff)).unwrap();
    assert_eq!((preview.conversations.len(), preview.conversations[0].messages), (1, 3));
    t.vault.import_conversations(&[part(Origin::Email, &export)], &lead(Choice::Staff), &mut |_, _| {}).unwrap();
    let conv = t.vault.interactions().get(t.vault.interactions().for_contact(lucja3).unwrap()[0].id).unwrap();
    assert_eq!(conv.messages[2].sender, Sender::Staff { name: "Bob Kowalczyk".into() });
    assert_eq!(t.vault.interactions().for_contact(lucja).unwrap().len(), 1, "the first vault: hers, once");
}

#[test]
fn a_thread_with_no_contact_and_a_restricted_contact_import_nothing_for_them() {
    let t = new_vault();
    firm(&t);
    let lucja = card(&t, "Łucja Wróbel", &["lucja@wrobel.pl"]);
    t.vault.restrictions().restrict(lucja, "Disputed accuracy").unwrap();
    let preview = t.vault.preview_conversations(&[part(Origin::Email, &order_thread())], &[]).unwrap();
    assert_eq!(preview.restricted, [lucja]);
    assert_eq!((preview.conversations.len(), preview.unassigned_threads), (0, 1));
    let done = t.vault.import_conversations(&[part(Origin::Email, &order_thread())], &[], &mut |_, _| {}).unwrap();
    assert_eq!((done.messages, done.unassigned_threads), (0, 1));
    assert!(t.vault.interactions().for_contact(lucja).unwrap().is_empty());
}

#[test]
fn chat_senders_are_matched_by_the_whole_name_and_repeats_are_recognised_without_ids() {
    let t = new_vault();
    let anna = t.vault.contacts().add(NewContact::named("Anna Żak")).unwrap().id;
    let name = |n: &str| Party { name: Some(n.into()), address: None, staff: false };
    let staff = Party { staff: true, ..name("Marek (Róża)") };
    let msg = |h: u32, from: &Party, text: &str| ParsedMessage {
        id: None,
        at: Some(at(5, h)),
        from: from.clone(),
        to: vec![],
        text: text.into(),
        attachments: vec![],
        line: 1,
    };
    let messages = vec![
        msg(9, &name("anna  zak"), "Dzień dobry"),
        msg(10, &staff, "Witam"),
        msg(10, &staff, "Witam"),
        msg(11, &name("Anna Z."), "To ja, Anna"),
    ];
    let export = ParsedExport {
        threads: vec![Thread {
            key: "telegram:42".into(),
            title: Some("Anna".into()),
            channel: Channel::Chat,
            messages,
        }],
        skipped: 3,
    };
    let done = t.vault.import_conversations(&[part(Origin::Telegram, &export)], &[], &mut |_, _| {}).unwrap();
    assert_eq!((done.messages, done.duplicates, done.skipped), (3, 1, 3), "the same message twice is one");
    let conv = t.vault.interactions().get(t.vault.interactions().for_contact(anna).unwrap()[0].id).unwrap();
    assert_eq!(conv.messages[0].sender, Sender::Contact);
    assert_eq!(conv.messages[1].sender, Sender::Staff { name: "Marek (Róża)".into() });
    assert_eq!(conv.messages[2].sender, Sender::Other { name: "Anna Z.".into() }, "not her whole name");
    let again = t.vault.import_conversations(&[part(Origin::Telegram, &export)], &[], &mut |_, _| {}).unwrap();
    assert_eq!((again.messages, again.duplicates), (0, 4));
}

#[test]
fn the_firms_addresses_can_be_set_and_default_to_the_profiles() {
    let t = new_vault();
    assert!(t.vault.company().staff_addresses().unwrap().addresses.is_empty());
    firm(&t);
    let set = t.vault.company().staff_addresses().unwrap();
    assert_eq!((set.addresses, set.from_profile), (vec!["biuro@roza.pl".to_owned()], true));
    let set = t
        .vault
        .company()
        .set_staff_addresses(&["Ola@Roza.pl".into(), " ".into(), "ola@roza.pl".into(), "marek@roza.pl".into()])
        .unwrap();
    assert_eq!((set.addresses, set.from_profile), (vec!["marek@roza.pl".to_owned(), "ola@roza.pl".to_owned()], false));
    let err = t.vault.company().set_staff_addresses(&["marek@roza.pl".into(), "marek".into()]).unwrap_err();
    assert_eq!(err.reason(), Some("not_an_email"));
    // The profile's address is no longer the firm's: only the ones set are.
    let lucja = card(&t, "Łucja Wróbel", &["lucja@wrobel.pl"]);
    let preview = t.vault.preview_conversations(&[part(Origin::Email, &order_thread())], &[]).unwrap();
    let biuro = preview.people.iter().find(|p| p.address.as_deref() == Some("biuro@roza.pl")).unwrap();
    assert_eq!(biuro.known, Known::Unknown);
    assert!(preview.conversations.iter().all(|c| c.contact_id == Some(lucja)));
}

#[test]
fn an_import_that_fails_writes_nothing() {
    let t = new_vault();
    firm(&t);
    let lucja = card(&t, "Łucja Wróbel", &["lucja@wrobel.pl"]);
    let gone = card(&t, "Ktoś", &["ktos@example.pl"]);
    t.vault.erase(gone).unwrap();
    let choice = vec![PersonChoice { key: "address:bob@wrobel.pl".into(), choice: Choice::Attach { contact: gone } }];
    let err =
        t.vault.import_conversations(&[part(Origin::Email, &order_thread())], &choice, &mut |_, _| {}).unwrap_err();
    assert_eq!(err.code(), "contact_erased", "{err}");
    assert!(t.vault.interactions().for_contact(lucja).unwrap().is_empty());
}

#[test]
fn a_file_from_schema_13_takes_the_new_origins_and_keeps_its_conversations() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.custos");
    let conn = vault_at_schema(&path, 13);
    conn.execute_batch(
        "INSERT INTO vault_meta VALUES ('created_at', '2026-01-01T00:00:00.000Z');
         INSERT INTO contact (id, display_name, sort_key, status, source_kind, standing, created_at, updated_at)
         VALUES (1, 'Łucja Wróbel', 'lucja wrobel', 'customer', 'person', 'active',
                 '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
         INSERT INTO contact_point (contact_id, kind, label, value, is_primary, position, match_key)
         VALUES (1, 'email', 'work', 'lucja@wrobel.pl', 1, 0, 'lucja@wrobel.pl');
         INSERT INTO conversation (id, contact_id, channel, started_at, ended_at, external_ref, origin, created_at)
         VALUES (1, 1, 'chat', '2026-01-02T10:00:00.000Z', NULL, NULL, 'whatsapp', '2026-01-02T10:00:00.000Z');
         INSERT INTO message (conversation_id, sent_at, sender_kind, sender_name, body)
         VALUES (1, '2026-01-02T10:00:00.000Z', 'contact', NULL, 'Dzień dobry');
         PRAGMA user_version = 13;",
    )
    .unwrap();
    assert!(
        conn.execute("UPDATE conversation SET origin = 'email' WHERE id = 1", []).is_err(),
        "schema 13 refuses the new origins"
    );
    drop(conn);

    let vault = custos_core::Vault::open(&path, &custos_core::Passphrase::new(PASS), session(&clock())).unwrap();
    let conn = raw(&path, PASS);
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, custos_core::vault::SCHEMA_VERSION);
    let sql: String =
        conn.query_row("SELECT sql FROM sqlite_schema WHERE name = 'conversation'", [], |r| r.get(0)).unwrap();
    assert!(!sql.contains("origin IN ("), "{sql}");
    for origin in ["manual", "whatsapp", "json", "email", "telegram", "messenger", "web_chat"] {
        assert!(conn.execute("UPDATE conversation SET origin = ?1 WHERE id = 1", [origin]).is_ok(), "{origin}");
    }
    assert!(conn.execute("UPDATE conversation SET origin = 'fax' WHERE id = 1", []).is_err());
    conn.execute("UPDATE conversation SET origin = 'whatsapp' WHERE id = 1", []).unwrap();
    drop(conn);
    let old = vault.interactions().get(1).unwrap();
    assert_eq!((old.messages.len(), old.summary.title.clone()), (1, None));
    assert!(old.messages[0].recipients.is_empty() && old.messages[0].attachments.is_empty());
    // And an e-mail import runs on the upgraded file.
    let lucja = party("Łucja Wróbel", "lucja@wrobel.pl");
    let export = ParsedExport {
        threads: vec![Thread {
            key: "a@b".into(),
            title: None,
            channel: Channel::Email,
            messages: vec![mail("a@b", Some(at(1, 9)), lucja, vec![], "Witam")],
        }],
        skipped: 0,
    };
    assert_eq!(vault.import_conversations(&[part(Origin::Email, &export)], &[], &mut |_, _| {}).unwrap().messages, 1);
    assert!(vault.check().unwrap().ok);
}

#[test]
fn files_of_several_formats_import_together_each_with_its_origin() {
    let t = new_vault();
    firm(&t);
    let lucja = card(&t, "Łucja Wróbel", &["lucja@wrobel.pl"]);
    let chat = Thread {
        key: "telegram:7".into(),
        title: None,
        channel: Channel::Chat,
        messages: vec![ParsedMessage {
            id: Some("7:1".into()),
            at: Some(at(6, 9)),
            from: Party { name: Some("Łucja Wróbel".into()), address: None, staff: false },
            to: vec![],
            text: "Czy róże są już w drodze?".into(),
            attachments: vec![],
            line: 3,
        }],
    };
    let telegram = ParsedExport { threads: vec![chat], skipped: 1 };
    let parts = [part(Origin::Email, &order_thread()), part(Origin::Telegram, &telegram)];
    let preview = t.vault.preview_conversations(&parts, &[]).unwrap();
    assert_eq!((preview.threads, preview.messages, preview.skipped, preview.conversations.len()), (2, 5, 1, 2));
    t.vault.import_conversations(&parts, &[], &mut |_, _| {}).unwrap();
    let mut origins: Vec<Origin> =
        t.vault.interactions().for_contact(lucja).unwrap().into_iter().map(|c| c.origin).collect();
    origins.sort();
    assert_eq!(origins, [Origin::Email, Origin::Telegram]);
    assert_eq!(t.vault.contacts().get(lucja).unwrap().last_contact_at, Some(at(6, 9)));
}

#[test]
fn on_a_card_the_one_unknown_writer_starts_as_that_cards_person() {
    let t = new_vault();
    let card_id = t.vault.contacts().add(NewContact::named("Pani Anna (kwiaty)")).unwrap().id;
    let name = |n: &str, staff: bool| Party { name: Some(n.into()), address: None, staff };
    let msg = |h: u32, from: Party| ParsedMessage {
        id: None,
        at: Some(at(7, h)),
        from,
        to: vec![],
        text: "Dzień dobry".into(),
        attachments: vec![],
        line: 1,
    };
    let thread = Thread {
        key: "telegram:9".into(),
        title: None,
        channel: Channel::Chat,
        messages: vec![msg(9, name("Anna Z.", false)), msg(10, name("Róża", true))],
    };
    let parts = [part(Origin::Telegram, &ParsedExport { threads: vec![thread], skipped: 0 })];
    let (choices, preview) = t.vault.preview_conversations_on(&parts, Some(card_id)).unwrap();
    assert_eq!(choices, [PersonChoice { key: "name:anna z.".into(), choice: Choice::Attach { contact: card_id } }]);
    assert_eq!(preview.conversations.len(), 1);
    assert_eq!(preview.conversations[0].contact_id, Some(card_id));
    let (none, plain) = t.vault.preview_conversations_on(&parts, None).unwrap();
    assert!(none.is_empty() && plain.conversations.is_empty(), "without a card nobody is chosen");
}
