//! Conversations from where they happen, in the real desktop app (Xvfb, tauri-driver): the
//! firm's address set in Settings, a Thunderbird mbox, a Telegram chat and a Messenger folder
//! imported at once through the contacts menu's "Import conversations…", the mail matched to
//! Łucja Wróbel's card by her address, a lead created for the chats' unknown writer; then the
//! subject and the Messenger text with every letter right, and a word of a mail found by search
//! without its diacritics. One app session. Run by `cargo xtask test` with the other desktop
//! tests.

use custos_e2e::desktop::*;
use fantoccini::Locator;
use fantoccini::key::Key;

fn fixture(name: &str) -> String {
    format!("{}/../crates/custos-core/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// The text of the first element matching `css`, as the page has it.
async fn text_of(c: &fantoccini::Client, css: &str) -> String {
    find(c, css).await.prop("textContent").await.unwrap_or_else(|e| panic!("{css}: {e}")).unwrap_or_default()
}

/// Opens every conversation of the card shown (their messages load when opened).
async fn open_conversations(c: &fantoccini::Client) {
    find(c, "[data-testid=conversation]").await;
    let heads = c
        .find_all(Locator::Css("[data-testid=conversation] > button"))
        .await
        .unwrap_or_else(|e| panic!("the conversations: {e}"));
    for head in heads {
        let open = head.attr("aria-expanded").await.unwrap_or_else(|e| panic!("a conversation: {e}"));
        if open.as_deref() != Some("true") {
            head.click().await.unwrap_or_else(|e| panic!("open a conversation: {e}"));
        }
    }
}

#[tokio::test]
#[ignore = "needs the desktop app under Xvfb: cargo xtask test runs it"]
async fn an_mbox_a_telegram_chat_and_a_messenger_folder_land_on_the_right_cards() {
    let home = AppHome::new();
    let driver = Driver::start(&home, 4630);
    let c = driver.session().await;
    create_vault(&c).await;

    // The firm's own address: mails from and to it are the staff's.
    click(&c, "[data-testid=nav-settings]").await;
    wait_text(&c, "[data-testid=staff-addresses-hint]", "company profile").await;
    fill(&c, "#staff-addresses-list", "biuro@smaczna-kuchnia.example").await;
    click(&c, "[data-testid=staff-addresses-save]").await;
    wait_text(&c, "[data-testid=staff-addresses-saved]", "Saved.").await;

    // Łucja Wróbel, known by her address.
    click(&c, "[data-testid=nav-contacts]").await;
    click(&c, "[data-testid=new-contact]").await;
    fill(&c, "#new-name", "Łucja Wróbel").await;
    fill(&c, "#new-email", "lucja.wrobel@poczta.example.pl").await;
    click(&c, "[data-testid=new-contact-submit]").await;
    wait_text(&c, "[data-testid=card-name]", "Łucja Wróbel").await;

    // Three sources at once from the contacts menu (the paths typed: the native dialog is
    // the system's).
    click(&c, "[data-testid=contacts-menu]").await;
    click(&c, "[data-testid=contacts-menu-conversations]").await;
    // One a line (WebDriver types a new line as the Enter key).
    fill(&c, "#conversations-import-paths", &fixture("mail_thunderbird.mbox")).await;
    let paths = find(&c, "#conversations-import-paths").await;
    for more in [fixture("telegram_chat.json"), fixture("messenger")] {
        paths.send_keys(&format!("{}{more}", Key::Enter)).await.unwrap();
    }
    click(&c, "[data-testid=conversations-import-next]").await;

    // The preview: Łucja Wróbel matched by address, the chats' writer unknown (skipped unless
    // chosen); a lead chosen for her re-asks the core, which plans her conversations.
    wait_text(&c, "[data-testid=conversations-import-counts]", "4 files:").await;
    wait_text(&c, "[data-testid=conversations-import-attachments]", "contents are not stored").await;
    wait_text(&c, "[data-testid=conversations-person]", "Łucja Wróbel (by e-mail address)").await;
    let writer = wait_text(&c, "[data-testid=conversations-person]", "Łucja Wiśniewska").await;
    let choice = writer.find(Locator::Css("[data-testid=conversations-choice]")).await.unwrap();
    assert_eq!(choice.prop("value").await.unwrap().as_deref(), Some("skip"), "nothing is created without a choice");
    choice.select_by_value("create_lead").await.unwrap();
    let planned = wait_text(&c, "[data-testid=conversations-planned-row]", "new lead").await;
    let planned = planned.prop("textContent").await.unwrap().unwrap_or_default();
    assert!(planned.contains("Łucja Wiśniewska"), "{planned}");
    wait_text(&c, "[data-testid=conversations-planned-row]", "Zapytanie o przyjęcie w Łodzi").await;
    screenshot(&c, "21-import-conversations").await;

    click(&c, "[data-testid=conversations-import-next]").await;
    let done = text_of(&c, "[data-testid=conversations-import-done]").await;
    assert!(done.starts_with("Imported: "), "{done}");
    wait_text(&c, "[data-testid=conversations-import-done]", "new conversations").await;
    wait_text(&c, "[data-testid=conversations-import-lead]", "Łucja Wiśniewska").await;

    // The lead's card: the Messenger text with every letter right (the export's mojibake
    // repaired).
    click(&c, "[data-testid=conversations-import-lead]").await;
    wait_text(&c, "[data-testid=card-name]", "Łucja Wiśniewska").await;
    open_conversations(&c).await;
    wait_text(&c, "[data-testid=message]", "Przesyłam mapkę dojazdu: ul. Piotrkowska 120, Łódź.").await;
    wait_text(&c, "[data-testid=message]", "Zażółć gęślą jaźń").await;

    // A word of Łucja Wróbel's first mail, searched without its diacritics, finds her and
    // opens the mail; the thread's subject is right letter by letter.
    fill(&c, "#global-search", "chcialabym").await;
    click_text(&c, "[data-testid=search-hit]", "Łucja Wróbel").await;
    wait_text(&c, "[data-testid=card-name]", "Łucja Wróbel").await;
    wait_text(&c, "[data-testid=message].hit", "chciałabym zapytać o przyjęcie dla 40 osób w Łodzi").await;
    let title = text_of(&c, "[data-testid=conversation-title]").await;
    assert_eq!(title.chars().collect::<Vec<_>>(), "Zapytanie o przyjęcie w Łodzi".chars().collect::<Vec<_>>());
    wait_text(&c, "[data-testid=message-recipients]", "Smaczna Kuchnia").await;
    wait_text(&c, "[data-testid=message-attachments]", "Oferta_przyjęcie_28.03.pdf").await;
}
