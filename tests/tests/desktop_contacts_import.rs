//! Address books in and out of the real desktop app (Xvfb, tauri-driver): a Google Contacts
//! CSV, an Outlook CSV in Windows-1250 and an Android vCard through the import wizard (each
//! name with every letter right in the list), the same file again offering its duplicates and
//! adding nobody, an import undone from its summary and one from the menu, and the book
//! exported as vCard. One app session. Run by `cargo xtask test` with the other desktop tests.

use custos_e2e::desktop::*;
use fantoccini::Locator;
use fantoccini::key::Key;

fn fixture(name: &str) -> String {
    format!("{}/../crates/custos-core/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// The wizard's file step: the path typed (the native dialog is the system's), then Next.
async fn choose_file(c: &fantoccini::Client, name: &str) {
    fill(c, "#contacts-import-path", &fixture(name)).await;
    click(c, "[data-testid=import-next]").await;
}

/// Waits until the contact list counts `count` contacts ("5 contacts").
async fn listed(c: &fantoccini::Client, count: &str) {
    let wanted = format!("{count} contacts");
    let total = find(c, "[data-testid=contact-list-total]").await;
    let started = std::time::Instant::now();
    loop {
        let text = total.prop("textContent").await.unwrap_or_else(|e| panic!("the list's count: {e}"));
        let text = text.unwrap_or_default();
        if text.split_whitespace().collect::<Vec<_>>().join(" ") == wanted {
            return;
        }
        assert!(started.elapsed() < WAIT, "the list counts {text:?}, not {wanted:?}");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// Elements of the dialog `css` that stick out of it, sideways or below (as "tag.class: why"),
/// and whether the dialog itself fits the window.
async fn overflow(c: &fantoccini::Client, css: &str) -> serde_json::Value {
    c.execute(
        "const d = document.querySelector(arguments[0]);
         const box = d.getBoundingClientRect();
         const out = [];
         if (box.right > innerWidth || box.bottom > innerHeight) out.push(`the dialog (${box.width}x${box.height}) is larger than the window (${innerWidth}x${innerHeight})`);
         for (const e of d.querySelectorAll('*')) {
           const r = e.getBoundingClientRect();
           if (r.width === 0 || r.height === 0 || e.closest('option')) continue;
           if (r.right > box.right + 1 || r.left < box.left - 1) out.push(`${e.tagName}.${e.className}: ${r.left}-${r.right} outside ${box.left}-${box.right}`);
         }
         if (d.scrollWidth > d.clientWidth) out.push(`the dialog scrolls sideways (${d.scrollWidth} > ${d.clientWidth})`);
         return out;",
        vec![serde_json::json!(css)],
    )
    .await
    .unwrap_or_else(|e| panic!("layout of {css}: {e}"))
}

#[tokio::test]
#[ignore = "needs the desktop app under Xvfb: cargo xtask test runs it"]
async fn address_books_are_imported_through_the_wizard_undone_and_exported() {
    let home = AppHome::new();
    let driver = Driver::start(&home, 4454);
    let c = driver.session().await;
    create_vault(&c).await;

    // Google Contacts, from the empty vault's start page: the columns as guessed, the first
    // rows as the core imports them, a row without a name to agree to skip.
    click(&c, "[data-testid=start-import]").await;
    choose_file(&c, "contacts_google.csv").await;
    wait_text(&c, "[data-testid=import-detected]", "Google Contacts CSV in UTF-8, fields separated by commas").await;
    wait_text(&c, "[data-testid=import-row]", "Łucja Żółkiewska").await;
    wait_text(&c, "[data-testid=import-row]", "Иван Петров Георгиев").await;
    let problems = overflow(&c, "[data-testid=contacts-import]").await;
    assert_eq!(problems, serde_json::json!([]), "the mapping step at 1280×800");
    screenshot(&c, "17-import-mapping").await;
    click(&c, "[data-testid=import-next]").await;
    let source = find(&c, "#contacts-import-source-name").await.prop("value").await.unwrap().unwrap_or_default();
    assert!(source.starts_with("Google Contacts export of 20"), "{source}");
    click(&c, "[data-testid=import-next]").await;
    wait_text(&c, "[data-testid=import-counts]", "5 rows in the file: 4 new, 0 duplicates, 1 that cannot be imported")
        .await;
    click(&c, "[data-testid=import-skip-problems]").await;
    click(&c, "[data-testid=import-next]").await;
    wait_text(&c, "[data-testid=import-summary]", "Imported contacts_google.csv: 4 new cards").await;
    click(&c, "[data-testid=import-close]").await;
    for name in ["Łucja Żółkiewska", "Jürgen Müller", "Иван Петров Георгиев", "Françoise Lefèvre"]
    {
        wait_text(&c, "[data-testid=contact-row] .name", name).await;
    }
    listed(&c, "4").await;

    // Outlook in Windows-1250 with semicolons, from the keyboard (Ctrl+I); undone at once
    // from its summary.
    find(&c, "#global-search").await.send_keys(&format!("{}i", Key::Control)).await.unwrap();
    choose_file(&c, "contacts_outlook_pl_1250.csv").await;
    wait_text(&c, "[data-testid=import-detected]", "Outlook CSV in Windows-1250, fields separated by semicolons").await;
    wait_text(&c, "[data-testid=import-row]", "Ścibor Józef Ćwikliński").await;
    click(&c, "[data-testid=import-next]").await;
    click(&c, "[data-testid=import-next]").await;
    wait_text(&c, "[data-testid=import-counts]", "3 new").await;
    click(&c, "[data-testid=import-next]").await;
    wait_text(&c, "[data-testid=import-summary]", "3 new cards").await;
    for name in ["Łucja Źdźbło-Ślęzak", "Ścibor Józef Ćwikliński", "Żabka Polska sp. z o.o."] {
        wait_text(&c, "[data-testid=contact-row] .name", name).await;
    }
    click(&c, "[data-testid=import-undo]").await;
    wait_text(&c, "[data-testid=import-undone]", "The import was undone: 3 cards removed").await;
    click(&c, "[data-testid=import-close]").await;
    wait_gone(&c, "[data-testid=contact-row]", "Ścibor").await;
    listed(&c, "4").await;

    // An Android vCard (2.1, quoted-printable) from the menu: no mapping step; Łucja is
    // already in (the same mobile number) and is merged by default.
    click(&c, "[data-testid=contacts-menu]").await;
    click(&c, "[data-testid=contacts-menu-import]").await;
    choose_file(&c, "android-2.1.vcf").await;
    wait_text(&c, "[data-testid=import-detected]", "android-2.1.vcf: vCard file with 3 cards").await;
    click(&c, "[data-testid=import-next]").await;
    wait_text(&c, "[data-testid=import-counts]", "3 rows in the file: 1 new, 1 duplicate, 1 that cannot be imported")
        .await;
    wait_text(&c, "[data-testid=import-duplicate]", "the same phone number").await;
    click(&c, "[data-testid=import-skip-problems]").await;
    click(&c, "[data-testid=import-next]").await;
    wait_text(&c, "[data-testid=import-summary]", "1 new card, 1 row merged into a card, 0 rows skipped").await;
    screenshot(&c, "19-import-summary").await;
    click(&c, "[data-testid=import-close]").await;
    wait_text(&c, "[data-testid=contact-row] .name", "Grzegorz Brzęczyszczykiewicz").await;
    listed(&c, "5").await;

    // The Google file again: every row is offered as a duplicate of its card; nobody is added.
    click(&c, "[data-testid=contacts-menu]").await;
    click(&c, "[data-testid=contacts-menu-import]").await;
    choose_file(&c, "contacts_google.csv").await;
    wait_text(&c, "[data-testid=import-row]", "Łucja Żółkiewska").await;
    click(&c, "[data-testid=import-next]").await;
    click(&c, "[data-testid=import-next]").await;
    wait_text(&c, "[data-testid=import-counts]", "5 rows in the file: 0 new, 4 duplicates").await;
    wait_text(&c, "[data-testid=import-duplicate]", "Françoise Lefèvre").await;
    let offered = c.find_all(Locator::Css("[data-testid=import-duplicate]")).await.unwrap();
    assert_eq!(offered.len(), 4, "every person of the file is offered as a duplicate");
    let problems = overflow(&c, "[data-testid=contacts-import]").await;
    assert_eq!(problems, serde_json::json!([]), "the duplicates step at 1280×800");
    screenshot(&c, "18-import-duplicates").await;
    click(&c, "[data-testid=import-skip-problems]").await;
    click(&c, "[data-testid=import-next]").await;
    wait_text(&c, "[data-testid=import-summary]", "0 new cards, 4 rows merged into cards").await;
    click(&c, "[data-testid=import-close]").await;
    listed(&c, "5").await;

    // The vCard import undone from the menu's list of this run's imports.
    click(&c, "[data-testid=contacts-menu]").await;
    click(&c, "[data-testid=contacts-menu-imports]").await;
    let vcard = wait_text(&c, "[data-testid=recent-import]", "vCard export of").await;
    vcard.find(Locator::Css("button")).await.unwrap().click().await.unwrap();
    wait_text(&c, "[data-testid=recent-imports-done]", "1 card removed").await;
    click_text(&c, "[data-testid=recent-imports] button", "Close").await;
    wait_gone(&c, "[data-testid=contact-row]", "Grzegorz").await;
    listed(&c, "4").await;

    // The address book out as vCard, where the user says.
    click(&c, "[data-testid=contacts-menu]").await;
    click(&c, "[data-testid=contacts-menu-export]").await;
    let suggested = find(&c, "#contacts-export-path").await;
    let started = std::time::Instant::now();
    while !suggested.prop("value").await.unwrap().unwrap_or_default().ends_with(".vcf") {
        assert!(started.elapsed() < WAIT, "no file name suggested");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let vcf = home.dir.path().join("contacts.vcf");
    fill(&c, "#contacts-export-path", &vcf.display().to_string()).await;
    click(&c, "[data-testid=contacts-export-submit]").await;
    wait_text(&c, "[data-testid=contacts-export-done]", "Wrote 4 contacts").await;
    let written = std::fs::read_to_string(&vcf).unwrap();
    assert!(written.contains("FN:Łucja Żółkiewska"), "{written}");
    assert_eq!(written.matches("BEGIN:VCARD").count(), 4);
}
