//! Conversations from files through the real `custos` binary: a Thunderbird mbox, a Telegram
//! export and a Messenger folder dropped at once land on the right cards with every letter
//! right; unknown people are listed with their keys and created only when asked; a second run
//! adds nothing; a broken file names itself and imports nothing; a chat imported on a card.

use custos_e2e::CliVault;

fn fixture(name: &str) -> String {
    format!("{}/../crates/custos-core/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn an_mbox_a_telegram_export_and_a_messenger_folder_come_in_once() {
    let v = CliVault::new();
    v.json(&["vault", "init"]);
    v.json(&["company", "set", "--name", "Smaczna Kuchnia", "--email", "biuro@smaczna-kuchnia.example"]);
    v.json(&["company", "staff-addresses", "biuro@smaczna-kuchnia.example", "KUCHNIA@smaczna-kuchnia.example"]);
    let lucja =
        v.json(&["contact", "add", "Łucja Wróbel", "--email", "lucja.wrobel@poczta.example.pl"])["id"].to_string();
    let wisniewska = v.json(&["contact", "add", "Łucja Wiśniewska"])["id"].to_string();

    let files = [fixture("mail_thunderbird.mbox"), fixture("telegram_chat.json"), fixture("messenger")];
    let mut args = vec!["import", "conversations"];
    args.extend(files.iter().map(String::as_str));

    // A dry run lists the people with their keys and writes nothing.
    let mut dry = args.clone();
    dry.push("--dry-run");
    let text = v.text(&dry);
    assert!(text.contains("address:maria.petrova@example.bg") && text.contains("unknown"), "{text}");
    assert!(text.contains("biuro@smaczna-kuchnia.example") && text.contains("staff"), "{text}");
    assert!(text.contains("Nothing was imported"), "{text}");

    // The Bulgarian customer becomes a lead; the Messenger page is the firm's.
    let mut real = args.clone();
    real.extend(["--lead", "address:maria.petrova@example.bg", "--staff", "name:gabinet zdrowie"]);
    let done = v.json(&real);
    assert_eq!(done["leads_created"].as_array().unwrap().len(), 1, "{done}");
    assert!(done["attachments"].as_u64().unwrap() >= 1, "{done}");
    let mails = v.json(&["transcript", "list", &lucja]);
    assert_eq!(mails[0]["title"], "Zapytanie o przyjęcie w Łodzi", "{mails}");
    let chats = v.json(&["transcript", "list", &wisniewska]);
    let origins: Vec<&str> = chats.as_array().unwrap().iter().map(|c| c["origin"].as_str().unwrap()).collect();
    assert!(origins.contains(&"telegram") && origins.contains(&"messenger"), "{chats}");
    let messenger = chats.as_array().unwrap().iter().find(|c| c["origin"] == "messenger").unwrap()["id"].to_string();
    let shown = v.text(&["transcript", "show", &messenger]);
    assert!(shown.contains("ul. Piotrkowska 120, Łódź."), "{shown}");
    let hits = v.json(&["search", "lodz"]);
    assert!(hits["hits"].as_array().unwrap().len() >= 2, "{hits}");
    let maria = v.json(&["search", "petrova"])["hits"][0]["contact_id"].to_string();
    let card = v.json(&["contact", "show", &maria])["contact"].clone();
    assert_eq!(card["status"], "lead", "{card}");

    // Again: nothing twice.
    let again = v.json(&real);
    assert_eq!((again["messages"].as_u64(), again["conversations_created"].as_u64()), (Some(0), Some(0)), "{again}");

    // A broken file among them: named, with its line; nothing imported.
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("Inbox.mbox");
    std::fs::write(&broken, "This is not a mailbox\n").unwrap();
    let err = v.fails(&["import", "conversations", &fixture("telegram_chat.json"), broken.to_str().unwrap()]);
    assert!(err.contains("Inbox.mbox: Line 1"), "{err}");
}

#[test]
fn a_telegram_chat_imported_on_a_card_is_that_card_s_person() {
    let v = CliVault::new();
    v.json(&["vault", "init"]);
    // The card's name differs from the chat's: the one other writer is the card's person.
    let id = v.json(&["contact", "add", "Pani Łucja (Gabinet)"])["id"].to_string();
    let done = v.json(&["transcript", "import", &id, &fixture("telegram_chat.json"), "--format", "telegram"]);
    assert_eq!(done["contacts"], serde_json::json!([id.parse::<i64>().unwrap()]), "{done}");
    let list = v.json(&["transcript", "list", &id]);
    assert_eq!(list[0]["origin"], "telegram", "{list}");
}
