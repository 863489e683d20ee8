//! Conversations from real export files, read as a person drops them on Custos (files and
//! folders, the format told from each file): a Thunderbird mbox, a Telegram Desktop export, a
//! Messenger folder and a website chat's CSV each land on the right card with every letter
//! right, searchable, counted for retention; a second import adds nothing; a broken file names
//! itself and its line, and nothing is imported.

// Set-up helpers panic with the error when a step fails.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::PathBuf;

use chrono::FixedOffset;
use common::*;
use custos_core::contact_points::{Label, Labelled};
use custos_core::contacts::{ContactDetails, ContactId, NewContact};
use custos_core::import::sources::{self, ConversationFormat, ReadOptions};
use custos_core::interactions::{Channel, Origin, Sender};

fn path(name: &str) -> PathBuf {
    PathBuf::from(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR")))
}

fn options() -> ReadOptions {
    ReadOptions { utc_offset: FixedOffset::east_opt(3600).unwrap(), mapping: None, format: None }
}

fn card(t: &TestVault, name: &str, emails: &[&str]) -> ContactId {
    let emails = emails.iter().map(|e| Labelled::new(*e, Label::Home)).collect();
    let details = ContactDetails { emails, ..Default::default() };
    t.vault.contacts().add(NewContact { details, ..NewContact::named(name) }).unwrap().id
}

#[test]
fn a_thunderbird_mbox_lands_on_the_card_of_its_sender_with_every_letter_right() {
    let t = new_vault();
    t.vault
        .company()
        .set_staff_addresses(&["biuro@smaczna-kuchnia.example".into(), "kuchnia@smaczna-kuchnia.example".into()])
        .unwrap();
    let lucja = card(&t, "Łucja Wróbel", &["lucja.wrobel@poczta.example.pl"]);
    let read = sources::read(&[path("mail_thunderbird.mbox")], &options()).unwrap();
    assert_eq!(read.files.len(), 1);
    assert_eq!(read.files[0].1, ConversationFormat::Mbox);
    assert_eq!(read.parts[0].origin, Origin::Email);

    let done = t.vault.import_conversations(&read.parts, &[], &mut |_, _| {}).unwrap();
    assert_eq!(done.contacts, [lucja], "nobody else has a card: their threads wait for a choice");
    assert!(done.unassigned_threads >= 2, "{done:?}");
    let list = t.vault.interactions().for_contact(lucja).unwrap();
    assert_eq!(list.len(), 1, "one thread, one conversation: {list:?}");
    assert_eq!(list[0].title.as_deref(), Some("Zapytanie o przyjęcie w Łodzi"));
    assert_eq!(list[0].channel, Channel::Email);
    let conv = t.vault.interactions().get(list[0].id).unwrap();
    assert!(conv.messages.iter().any(|m| m.sender == Sender::Contact));
    assert!(conv.messages.iter().any(|m| matches!(&m.sender, Sender::Staff { .. })));
    assert!(conv.messages.iter().any(|m| !m.attachments.is_empty()), "the PDF's name is recorded");
    assert!(conv.messages.iter().all(|m| !m.text.contains('<')), "no markup");
    let card = t.vault.contacts().get(lucja).unwrap();
    assert_eq!(card.last_contact_at, conv.messages.iter().map(|m| Some(m.at)).max().unwrap());
    assert!(t.vault.search("przyjecie", 10).unwrap().iter().any(|h| h.contact_id == lucja), "folded search");

    // The same mbox again: nothing twice.
    let again = t.vault.import_conversations(&read.parts, &[], &mut |_, _| {}).unwrap();
    assert_eq!((again.messages, again.conversations_created), (0, 0));
    assert_eq!(again.duplicates as usize, conv.messages.len());
}

#[test]
fn a_telegram_export_and_a_messenger_folder_import_together_on_one_card() {
    let t = new_vault();
    let lucja = t.vault.contacts().add(NewContact::named("Łucja Wiśniewska")).unwrap().id;
    let paths = [path("telegram_chat.json"), path("messenger")];
    let files = sources::files(&paths).unwrap();
    assert_eq!(files.len(), 3, "the chat, and the folder's two files: {files:?}");
    let read = sources::read(&paths, &options()).unwrap();
    let formats: Vec<ConversationFormat> = read.files.iter().map(|(_, f)| *f).collect();
    assert_eq!(formats, [ConversationFormat::Messenger, ConversationFormat::Messenger, ConversationFormat::Telegram]);

    // Messenger does not say who exported it: "Gabinet Zdrowie" is unknown until chosen.
    let preview = t.vault.preview_conversations(&read.parts, &[]).unwrap();
    let gabinet = preview.people.iter().find(|p| p.name.as_deref() == Some("Gabinet Zdrowie")).unwrap();
    let staff = vec![custos_core::import::people::PersonChoice {
        key: gabinet.key.clone(),
        choice: custos_core::import::people::Choice::Staff,
    }];
    let done = t.vault.import_conversations(&read.parts, &staff, &mut |_, _| {}).unwrap();
    assert_eq!(done.contacts, [lucja]);
    let list = t.vault.interactions().for_contact(lucja).unwrap();
    let mut origins: Vec<Origin> = list.iter().map(|c| c.origin).collect();
    origins.sort();
    assert_eq!(origins, [Origin::Telegram, Origin::Messenger]);
    let messenger = list.iter().find(|c| c.origin == Origin::Messenger).unwrap();
    let conv = t.vault.interactions().get(messenger.id).unwrap();
    let texts: Vec<&str> = conv.messages.iter().map(|m| m.text.as_str()).collect();
    assert!(texts.contains(&"Przesyłam mapkę dojazdu: ul. Piotrkowska 120, Łódź."), "{texts:?}");
    assert!(texts.contains(&"Dziękuję! Do zobaczenia w Łodzi 👍"), "{texts:?}");
    assert!(conv.messages.iter().any(|m| m.sender == Sender::Staff { name: "Gabinet Zdrowie".into() }));
    assert!(t.vault.search("lodz", 10).unwrap().iter().any(|h| h.contact_id == lucja));
    assert!(t.vault.search("zazolc", 10).unwrap().iter().any(|h| h.contact_id == lucja), "Telegram's text too");
    // Retention sees them: the lead's last contact is the chats' last message (March 2024, two
    // years before the vault's clock), so the card is due for review, with its conversations.
    let warnings = t.vault.retention().warnings().unwrap();
    let warning = warnings.iter().find(|w| w.contact_id == lucja).unwrap();
    assert!(warning.had_contact);
    assert_eq!(warning.conversations, 2);
    assert_eq!(Some(warning.last_contact_at), t.vault.contacts().get(lucja).unwrap().last_contact_at);
    assert_eq!(warning.last_contact_at.format("%Y").to_string(), "2024");
}

#[test]
fn a_website_chat_csv_is_matched_by_the_visitors_address() {
    let t = new_vault();
    let lucja = card(&t, "Łucja Żółkiewska", &["lucja.zolkiewska@example.pl"]);
    let read = sources::read(&[path("webchat_livechat.csv")], &options()).unwrap();
    assert_eq!(read.parts[0].origin, Origin::WebChat);
    let done = t.vault.import_conversations(&read.parts, &[], &mut |_, _| {}).unwrap();
    assert_eq!(done.contacts, [lucja]);
    let conv = t.vault.interactions().get(t.vault.interactions().for_contact(lucja).unwrap()[0].id).unwrap();
    assert!(conv.messages.iter().any(|m| m.text.contains("Zażółć gęślą jaźń — ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż")));
    assert!(conv.messages.iter().any(|m| matches!(&m.sender, Sender::Staff { name } if name == "Grzegorz Wiśniewski")));
}

#[test]
fn a_broken_file_among_good_ones_names_itself_and_nothing_is_imported() {
    let t = new_vault();
    let lucja = t.vault.contacts().add(NewContact::named("Łucja Wiśniewska")).unwrap().id;
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("message_9.json");
    std::fs::write(&broken, "{\n \"participants\": [{\"name\": \"A\"}],\n \"messages\": [\n  {\"sender_name\": \"A\", \"timestamp_ms\": \"soon\"").unwrap();
    let err = sources::read(&[path("telegram_chat.json"), broken], &options()).unwrap_err();
    assert_eq!(err.code(), "import_failed", "{err}");
    assert!(err.to_string().starts_with("message_9.json: Line "), "{err}");
    assert!(err.params().iter().any(|(k, _)| *k == "file"));
    assert!(t.vault.interactions().for_contact(lucja).unwrap().is_empty());

    // WhatsApp text belongs on a card: refused here, naming the file.
    let err = sources::read(&[path("whatsapp_android_eu.txt")], &options()).unwrap_err();
    assert_eq!(err.reason(), Some("conversation_needs_card"), "{err}");
    assert!(err.to_string().contains("whatsapp_android_eu.txt"), "{err}");
    // An empty folder has nothing to read.
    let empty = tempfile::tempdir().unwrap();
    assert_eq!(
        sources::read(&[empty.path().to_owned()], &options()).unwrap_err().reason(),
        Some("no_conversation_files")
    );
}

#[test]
fn formats_are_told_from_the_files_contents() {
    let cases = [
        ("mail_thunderbird.mbox", ConversationFormat::Mbox),
        ("mail_single.eml", ConversationFormat::Eml),
        ("telegram_chat.json", ConversationFormat::Telegram),
        ("telegram_result.json", ConversationFormat::Telegram),
        ("messenger/message_1.json", ConversationFormat::Messenger),
        ("webchat_tawkto.csv", ConversationFormat::Csv),
        ("transcript.json", ConversationFormat::Json),
        ("whatsapp_ios_us.txt", ConversationFormat::WhatsApp),
    ];
    for (name, format) in cases {
        let p = path(name);
        assert_eq!(sources::detect(&p, &sources::head(&p).unwrap()), format, "{name}");
    }
}
