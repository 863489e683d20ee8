//! The real desktop app in a real window (Xvfb), driven through tauri-driver.
//! Run by `cargo xtask test` (which builds the UI and wraps this in xvfb-run):
//! `cargo test -p custos-e2e --test desktop -- --ignored --test-threads=1`.

use std::io::Read;
use std::time::Duration;

use custos_e2e::desktop::*;
use fantoccini::Locator;
use fantoccini::key::Key;

fn whatsapp_fixture() -> String {
    format!("{}/../crates/custos-core/tests/fixtures/whatsapp_android_eu.txt", env!("CARGO_MANIFEST_DIR"))
}

#[tokio::test]
#[ignore = "needs the desktop app under Xvfb: cargo xtask test runs it"]
async fn a_day_with_custos() {
    let home = AppHome::new();
    let driver = Driver::start(&home, 4444);

    // First run: create a vault.
    let c = driver.session().await;
    screenshot(&c, "00-welcome").await;
    click_text(&c, "button", "Create a new vault").await;
    assert_eq!(
        find(&c, "#create-path").await.prop("value").await.unwrap().unwrap_or_default(),
        home.vault().display().to_string()
    );
    fill(&c, "#operator", "Ola").await;
    fill(&c, "#create-passphrase", PASS).await;
    fill(&c, "#create-repeat", PASS).await;
    wait_text(&c, "[data-testid=strength]", "strong").await;
    screenshot(&c, "01-create-vault").await;
    click(&c, "[data-testid=create-submit]").await;
    skip_recovery_kit(&c).await;

    // An empty vault says what to do; add a contact.
    wait_text(&c, "main", "No contacts yet").await;
    screenshot(&c, "02-empty-contacts").await;
    click(&c, "[data-testid=new-contact]").await;
    fill(&c, "#new-name", "Łucja Żółkiewska").await;
    fill(&c, "#new-email", "lucja@example.pl").await;
    fill(&c, "#new-id-number", "PL80010112345").await;
    click(&c, "[data-testid=new-contact-submit]").await;
    wait_text(&c, "[data-testid=card-name]", "Łucja Żółkiewska").await;

    // Search without diacritics finds her.
    fill(&c, "#global-search", "zolkiewska").await;
    wait_text(&c, "[data-testid=search-hit]", "Łucja Żółkiewska").await;
    screenshot(&c, "03-search").await;
    find(&c, "#global-search").await.send_keys(&Key::Escape.to_string()).await.unwrap();

    // Import a WhatsApp export from her card and see its messages.
    click(&c, "[data-testid=contact-row]").await;
    wait_text(&c, "[data-testid=card-name]", "Łucja Żółkiewska").await;
    click_text(&c, "button", "Import chat export").await;
    fill(&c, "#import-path", &whatsapp_fixture()).await;
    click(&c, "[data-testid=import-submit]").await;
    wait_text(&c, "[data-testid=message]", "Jan Kowalski").await;
    screenshot(&c, "04-contact-card").await;

    // A search hit inside a transcript opens the card at that message.
    fill(&c, "#global-search", "kowalski").await;
    click(&c, "[data-testid=search-hit]").await;
    wait_text(&c, "[data-testid=message].hit", "Kowalski").await;

    click(&c, "[data-testid=nav-settings]").await;
    find(&c, "[data-testid=settings]").await;
    screenshot(&c, "05-settings").await;

    // Lock; a wrong passphrase is refused with the core's message; the right one opens.
    click(&c, "[data-testid=lock]").await;
    fill(&c, "#unlock-passphrase", "not the passphrase").await;
    click(&c, "[data-testid=unlock-submit]").await;
    wait_text(&c, "[data-testid=form-error]", "Wrong passphrase").await;
    screenshot(&c, "06-unlock-wrong-passphrase").await;
    fill(&c, "#unlock-passphrase", PASS).await;
    click(&c, "[data-testid=unlock-submit]").await;
    wait_text(&c, "[data-testid=contact-row]", "Łucja Żółkiewska").await;
    c.close().await.unwrap();

    // Quit and start again: the data is still there, behind the passphrase.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let c = driver.session().await;
    let path = find(&c, "#unlock-path").await.prop("value").await.unwrap().unwrap_or_default();
    assert_eq!(path, home.vault().display().to_string());
    fill(&c, "#unlock-passphrase", PASS).await;
    click(&c, "[data-testid=unlock-submit]").await;
    wait_text(&c, "[data-testid=contact-row]", "Łucja Żółkiewska").await;
    screenshot(&c, "07-contacts").await;
    c.close().await.unwrap();
}

#[tokio::test]
#[ignore = "needs the desktop app under Xvfb: cargo xtask test runs it"]
async fn the_app_makes_no_network_connection() {
    // As a user of this machine gets it (under Xvfb: no GPU, so no compositing).
    let home = AppHome::as_installed();
    let driver = Driver::start(&home, 4454);
    let c = driver.session().await;
    wait_text(&c, "button", "Create a new vault").await;

    // A listener the page will try to reach: the CSP must stop the request before it leaves.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let port = listener.local_addr().unwrap().port();
    let outcome = c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             fetch('http://127.0.0.1:' + arguments[0] + '/probe').then(() => done('fetched'), e => done('blocked: ' + e));",
            vec![serde_json::json!(port)],
        )
        .await
        .unwrap();
    assert!(outcome.as_str().unwrap_or_default().starts_with("blocked"), "the page reached the network: {outcome}");
    tokio::time::sleep(Duration::from_millis(300)).await;
    let mut buf = [0u8; 16];
    if let Ok((mut stream, _)) = listener.accept() {
        let n = stream.read(&mut buf).unwrap_or(0);
        panic!("the app connected to a local listener ({n} bytes)");
    }

    // Nothing in the app's processes holds a socket to anywhere but this machine.
    let pid = app_pid().expect("the app is running");
    let remote: Vec<String> = inet_sockets_of(pid).into_iter().filter(|s| !is_local(s)).collect();
    assert!(remote.is_empty(), "sockets to other hosts: {remote:?}");
    assert!(c.find(Locator::Css("script[src^='http']")).await.is_err(), "a remote script is loaded");
    c.close().await.unwrap();
}

/// True when a /proc/net socket line's remote end is unset or on this machine.
fn is_local(socket: &str) -> bool {
    let remote = socket.rsplit(" -> ").next().unwrap_or_default();
    let addr = remote.split(':').next().unwrap_or_default();
    addr.chars().all(|c| c == '0')
        || addr.ends_with("7F") && addr.len() == 8
        || addr == "00000000000000000000000001000000"
        || addr.starts_with("0000000000000000FFFF0000") && addr.ends_with("7F")
}

async fn is_disabled(c: &fantoccini::Client, css: &str) -> bool {
    let disabled = find(c, css).await.prop("disabled").await;
    disabled.unwrap_or_else(|e| panic!("{css}: {e}")).is_some_and(|d| d == "true")
}

async fn wait_enabled(c: &fantoccini::Client, css: &str) {
    let started = std::time::Instant::now();
    while is_disabled(c, css).await {
        assert!(started.elapsed() < WAIT, "{css} stays disabled");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Calls a command through the app's own IPC, as another window of the app would, and
/// returns `{ok: value}` or `{err: {code, message}}`.
async fn invoke(c: &fantoccini::Client, command: &str, args: serde_json::Value) -> serde_json::Value {
    c.execute_async(
        "const done = arguments[arguments.length - 1];
         window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1])
           .then(ok => done({ ok }), err => done({ err }));",
        vec![serde_json::json!(command), args],
    )
    .await
    .unwrap_or_else(|e| panic!("invoke {command}: {e}"))
}

/// Restricts or lifts through the card's dialog.
async fn restriction_dialog(c: &fantoccini::Client, open: &str, reason: &str) {
    click(c, open).await;
    find(c, "[data-testid=restriction-dialog][open]").await;
    fill(c, "#restriction-reason", reason).await;
    click(c, "[data-testid=restriction-submit]").await;
}

#[tokio::test]
#[ignore = "needs the desktop app under Xvfb: cargo xtask test runs it"]
async fn a_restricted_contact_is_frozen_until_lifted() {
    let home = AppHome::new();
    let driver = Driver::start(&home, 4464);
    let c = driver.session().await;
    create_vault(&c).await;
    add_contact(&c, "Otto Other", "").await;
    add_contact(&c, "Freya Frost", "").await;

    // Restrict with a reason: the card shows the frozen banner and refuses every change.
    restriction_dialog(&c, "[data-testid=restrict-contact]", "Accuracy contested by Freya on the phone").await;
    wait_text(&c, "[data-testid=frozen-banner]", "Accuracy contested by Freya on the phone").await;
    for control in ["[data-testid=edit-contact]", "[data-testid=erase-contact]"] {
        assert!(is_disabled(&c, control).await, "{control} is enabled on a frozen card");
    }
    for label in ["Add conversation", "Import chat export"] {
        let button = wait_text(&c, "button", label).await;
        assert_eq!(button.prop("disabled").await.unwrap().as_deref(), Some("true"), "{label} is enabled");
    }
    screenshot(&c, "08-restricted-contact").await;

    // She leaves the normal list and search, and is found under Restricted.
    wait_text(&c, "[data-testid=contact-row]", "Otto Other").await;
    wait_gone(&c, "[data-testid=contact-row]", "Freya Frost").await;
    click(&c, "[data-testid=restricted-filter]").await;
    wait_text(&c, "[data-testid=contact-row]", "Freya Frost").await;
    wait_gone(&c, "[data-testid=contact-row]", "Otto Other").await;

    // Lift with a reason; editing works again.
    restriction_dialog(&c, "[data-testid=lift-restriction]", "Accuracy verified").await;
    wait_gone(&c, "[data-testid=frozen-banner]", "Accuracy").await;
    click(&c, "[data-testid=restricted-filter]").await;
    wait_text(&c, "[data-testid=contact-row]", "Freya Frost").await;
    click(&c, "[data-testid=edit-contact]").await;
    fill(&c, "#edit-notes", "Prefers the phone").await;
    click_text(&c, "button", "Save changes").await;
    wait_text(&c, "[data-testid=contact-card]", "Prefers the phone").await;

    // Frozen while her card is being edited (e.g. from another window): saving is refused with
    // the core's message, and the card then shows the banner.
    click(&c, "[data-testid=edit-contact]").await;
    fill(&c, "#edit-notes", "Calls on Mondays").await;
    let page = invoke(&c, "list_contacts", serde_json::json!({ "query": { "limit": 10 } })).await;
    let id = page["ok"]["items"]
        .as_array()
        .and_then(|items| items.iter().find(|i| i["display_name"] == "Freya Frost"))
        .map(|i| i["id"].clone())
        .expect("Freya in the list");
    let frozen = invoke(&c, "restrict_contact", serde_json::json!({ "id": id, "reason": "Disputed again" })).await;
    assert_eq!(frozen["ok"]["restriction"]["reason"], "Disputed again", "{frozen}");
    click_text(&c, "button", "Save changes").await;
    let refused = wait_text(&c, "[data-testid=form-error]", "Disputed again").await;
    let message = refused.prop("textContent").await.unwrap().unwrap_or_default();
    let direct = invoke(&c, "edit_contact", serde_json::json!({ "id": id, "patch": { "notes": "x" } })).await;
    assert_eq!(direct["err"]["code"], "contact_restricted", "{direct}");
    // The UI shows the core's message in the UI's words: the same sentence, its date as the UI
    // writes dates (the core sends it as a parameter).
    let since = direct["err"]["params"]["since"].as_str().expect("the date the restriction began");
    let day = chrono::NaiveDate::parse_from_str(since, "%Y-%m-%d").expect("an ISO date");
    let core = direct["err"]["message"].as_str().unwrap_or_default();
    assert_eq!(
        core.replace(since, &day.format("%-d %b %Y").to_string()),
        message.trim(),
        "the UI shows the core's message"
    );
    wait_text(&c, "[data-testid=frozen-reason]", "Disputed again").await;

    // The audit log shows both restrictions and the lifting; the chain verifies.
    click(&c, "[data-testid=nav-audit]").await;
    wait_text(&c, "[data-testid=audit-entry]", "Contact restriction lifted").await;
    wait_text(&c, "[data-testid=audit-entry]", "Disputed again").await;
    click(&c, "[data-testid=verify-chain]").await;
    wait_text(&c, "[data-testid=chain-result]", "Chain OK").await;
    screenshot(&c, "09-audit-log").await;
    c.close().await.unwrap();
}

#[tokio::test]
#[ignore = "needs the desktop app under Xvfb: cargo xtask test runs it"]
async fn an_erased_contact_leaves_no_trace_in_the_file() {
    const MARK: &str = "QXJ7ERASEMARK";
    let home = AppHome::new();
    let driver = Driver::start(&home, 4474);
    let c = driver.session().await;
    create_vault(&c).await;
    let name = format!("Erin {MARK}");
    add_contact(&c, &name, &format!("Met at the fair, {MARK} badge")).await;
    click_text(&c, "button", "Add conversation").await;
    fill(&c, "#message-0-text", &format!("Please call me back about {MARK}")).await;
    click_text(&c, "button", "Save conversation").await;
    wait_text(&c, "[data-testid=conversation]", "Phone").await;

    // Locked, the file holds the marker (as typed, and folded in the search index).
    let lock_and_look = async |needle: &[u8]| -> Vec<String> {
        click(&c, "[data-testid=lock]").await;
        find(&c, "#unlock-passphrase").await;
        custos_e2e::forensics::vault_contains(&home.vault(), PASS, needle)
    };
    assert!(
        !lock_and_look(MARK.as_bytes()).await.is_empty(),
        "the marker is not in the vault: the check proves nothing"
    );
    assert!(!custos_e2e::forensics::vault_contains(&home.vault(), PASS, b"qxj7erasemark").is_empty());
    fill(&c, "#unlock-passphrase", PASS).await;
    click(&c, "[data-testid=unlock-submit]").await;
    click_text(&c, "[data-testid=contact-row]", MARK).await;
    wait_text(&c, "[data-testid=card-name]", MARK).await;

    // Erase: the dialog says what goes and what stays, and wants the name or ERASE.
    click(&c, "[data-testid=erase-contact]").await;
    wait_text(&c, "[data-testid=erase-dialog]", "every conversation and message").await;
    assert!(is_disabled(&c, "[data-testid=erase-submit]").await);
    screenshot(&c, "10-erase-dialog").await;
    fill(&c, "#erase-confirm", "Erin").await;
    assert!(is_disabled(&c, "[data-testid=erase-submit]").await, "a part of the name confirmed the erasure");
    fill(&c, "#erase-confirm", &name).await;
    wait_enabled(&c, "[data-testid=erase-submit]").await;
    click(&c, "[data-testid=erase-submit]").await;
    wait_text(&c, "[data-testid=erasure-result]", "1 conversation with 1 message deleted").await;
    wait_text(&c, "[data-testid=card-name]", "Erased contact #").await;
    find(&c, "[data-testid=tombstone]").await;
    wait_gone(&c, "[data-testid=contact-row]", MARK).await;
    fill(&c, "#global-search", "qxj7").await;
    wait_text(&c, "[data-testid=search-results]", "No results for").await;
    find(&c, "#global-search").await.send_keys(&Key::Escape.to_string()).await.unwrap();

    // Locked again: nothing of the marker in the pages or the write-ahead log.
    let found = lock_and_look(MARK.as_bytes()).await;
    assert!(found.is_empty(), "the erased marker is still in the file: {found:?}");
    let folded = custos_e2e::forensics::vault_contains(&home.vault(), PASS, b"qxj7erasemark");
    assert!(folded.is_empty(), "the erased marker is still in the search index: {folded:?}");
    c.close().await.unwrap();
}

#[tokio::test]
#[ignore = "needs the desktop app under Xvfb: cargo xtask test runs it"]
async fn a_withdrawn_consent_leaves_the_audience_at_once() {
    let home = AppHome::new();
    let driver = Driver::start(&home, 4484);
    let c = driver.session().await;
    create_vault(&c).await;

    // A consent purpose with its wording and double opt-in; its audience starts empty.
    click(&c, "[data-testid=nav-settings]").await;
    click_text(&c, "button", "Add purpose").await;
    fill(&c, "#purpose-name", "Newsletter").await;
    find(&c, "#purpose-basis").await.select_by_value("a").await.unwrap();
    fill(&c, "#purpose-description", "Monthly news about our courses").await;
    fill(&c, "#purpose-wording", "Yes, send me the monthly newsletter by e-mail.").await;
    fill(&c, "#purpose-subjects", "newsletter subscribers").await;
    let double_opt_in = Locator::XPath("//label[contains(., 'Double opt-in')]/input");
    c.wait().at_most(WAIT).for_element(double_opt_in).await.unwrap().click().await.unwrap();
    click_text(&c, "button", "Save purpose").await;
    wait_text(&c, "[data-testid=purpose-row]", "Newsletter").await;
    let saved = invoke(&c, "list_purposes", serde_json::json!({})).await;
    assert_eq!(saved["ok"][0]["data_subject_categories"], serde_json::json!(["newsletter subscribers"]), "{saved}");
    click(&c, "[data-testid=purpose-audience]").await;
    wait_text(&c, "[data-testid=audience-empty]", "Nobody may be contacted").await;

    // Give and confirm her consent on the card, with the wording shown and the evidence.
    add_contact(&c, "Zofia Nowak", "").await;
    wait_text(&c, "[data-testid=consent-purpose]", "Never given").await;
    click_text(&c, "button", "Give consent").await;
    wait_text(&c, "[data-testid=consent-wording]", "Yes, send me the monthly newsletter by e-mail.").await;
    fill(&c, "[data-testid=consent-form] input[placeholder^='Form id']", "form-17").await;
    click(&c, "[data-testid=consent-submit]").await;
    wait_text(&c, "[data-testid=consent-state]", "Given, awaiting confirmation").await;
    wait_text(&c, "[data-testid=may-contact]", "awaits confirmation").await;
    click_text(&c, "button", "Confirm").await;
    click(&c, "[data-testid=consent-submit]").await;
    wait_text(&c, "[data-testid=consent-state]", "Confirmed").await;
    wait_text(&c, "[data-testid=may-contact]", "May contact").await;
    click_text(&c, "button", "History (2)").await;
    wait_text(&c, "[data-testid=consent-history]", "form-17").await;
    screenshot(&c, "11-consents-on-card").await;

    // She is in the purpose's audience (still open in Settings); export it, twice.
    click(&c, "[data-testid=nav-settings]").await;
    wait_text(&c, "[data-testid=audience-row]", "Zofia Nowak").await;
    wait_text(&c, "[data-testid=audience-total]", "1").await;
    click(&c, "[data-testid=audience-export]").await;
    let csv = home.dir.path().join("newsletter.csv");
    fill(&c, "#audience-export-path", &csv.display().to_string()).await;
    click(&c, "[data-testid=export-submit]").await;
    wait_text(&c, "[data-testid=export-done]", "Wrote 1 person").await;
    let written = std::fs::read_to_string(&csv).unwrap();
    assert!(written.contains("Zofia Nowak"), "{written}");
    click(&c, "[data-testid=export-submit]").await;
    wait_text(&c, "[data-testid=export-error]", "already exists").await;
    screenshot(&c, "12-purpose-audience").await;

    // Withdraw on her card (one click): the card answers at once, and she leaves the list.
    click_text(&c, "[data-testid=audience-row] button", "Zofia Nowak").await;
    wait_text(&c, "[data-testid=card-name]", "Zofia Nowak").await;
    click(&c, "[data-testid=withdraw-consent]").await;
    wait_text(&c, "[data-testid=consent-state]", "Withdrawn").await;
    wait_text(&c, "[data-testid=may-contact]", "May not contact").await;
    click(&c, "[data-testid=nav-settings]").await;
    wait_text(&c, "[data-testid=audience-empty]", "Nobody may be contacted").await;
    wait_gone(&c, "[data-testid=audience-row]", "Zofia Nowak").await;
    c.close().await.unwrap();
}

/// A vault made 90 days ago: two leads silent since then (one with a marked transcript) and
/// one who wrote five days ago.
#[allow(clippy::unwrap_used)] // set-up: a failed step panics with its error
fn seed_stale_leads(path: &std::path::Path, mark: &str) {
    use custos_core::contacts::{LifecycleStatus, NewContact};
    use custos_core::interactions::{Channel, NewConversation, NewMessage, Sender};
    use custos_core::{FixedClock, Passphrase, Session, Vault};

    let clock = FixedClock::new(chrono::Utc::now() - chrono::Duration::days(90));
    let session = Session::new("Ola").with_clock(std::sync::Arc::new(clock.clone()));
    let vault = Vault::create(path, &Passphrase::new(PASS), session).unwrap();
    let lead = |name: &str, text: &str| {
        let id = vault
            .contacts()
            .add(NewContact { status: Some(LifecycleStatus::Lead), ..NewContact::named(name) })
            .unwrap()
            .id;
        let message = NewMessage { at: vault.now(), sender: Sender::Contact, text: text.into() };
        let chat = NewConversation {
            channel: Channel::Chat,
            started_at: None,
            ended_at: None,
            external_ref: None,
            messages: vec![message],
        };
        vault.interactions().add(id, chat).unwrap();
    };
    lead("Stefan Stale", &format!("Do you have 3 seats on the Excel course? {mark}"));
    lead("Karla Keep", "Call me in spring about the accounting course");
    clock.set(chrono::Utc::now() - chrono::Duration::days(5));
    lead("Fiona Fresh", "Is the course still on?");
    vault.lock();
}

/// The button `label` on the warning row of `name` in Needs attention.
#[allow(clippy::unwrap_used)] // a missing button fails the test with the driver's error
async fn warning_button(c: &fantoccini::Client, name: &str, label: &str) {
    let xpath = format!(
        "//li[@data-testid='warning'][contains(., '{name}')]//div[@class and contains(@class, 'row-actions')]\
         //button[starts-with(normalize-space(.), '{label}')]"
    );
    c.wait().at_most(WAIT).for_element(Locator::XPath(&xpath)).await.unwrap().click().await.unwrap();
}

#[tokio::test]
#[ignore = "needs the desktop app under Xvfb: cargo xtask test runs it"]
async fn a_stale_lead_is_cleaned_up_from_needs_attention() {
    const MARK: &str = "QXJ7STALEMARK";
    let home = AppHome::new();
    seed_stale_leads(&home.vault(), MARK);
    let driver = Driver::start(&home, 4494);
    let c = driver.session().await;

    // After unlocking, the navigation counts the two stale leads (not the fresh one).
    fill(&c, "#unlock-passphrase", PASS).await;
    click(&c, "[data-testid=unlock-submit]").await;
    wait_text(&c, "[data-testid=nav-attention-count]", "2").await;
    click(&c, "[data-testid=nav-attention]").await;
    let group = wait_text(&c, "[data-testid=group-delete_transcripts]", "Stefan Stale").await;
    let text = group.text().await.unwrap();
    assert!(text.contains("Karla Keep") && !text.contains("Fiona Fresh"), "{text}");
    assert!(text.contains("No contact since") && text.contains("delete transcripts 60 days"), "{text}");
    assert!(text.contains("30 days overdue"), "{text}");
    screenshot(&c, "13-needs-attention").await;

    // Delete Stefan's transcripts, first noting what to keep on his card.
    warning_button(&c, "Stefan Stale", "Delete transcripts").await;
    wait_text(&c, "[data-testid=delete-transcripts-dialog]", "1 conversation and every message").await;
    fill(&c, "#transcripts-note", "Wants 3 seats on the Excel course").await;
    click(&c, "[data-testid=delete-transcripts-submit]").await;
    wait_text(&c, "[data-testid=attention-done]", "Deleted 1 conversation of Stefan Stale; your note is on the card")
        .await;
    wait_gone(&c, "[data-testid=warning]", "Stefan Stale").await;
    wait_text(&c, "[data-testid=nav-attention-count]", "1").await;

    // Keep Karla with a reason until the proposed review date: nothing is left to do.
    warning_button(&c, "Karla Keep", "Keep").await;
    fill(&c, "#keep-reason", "Asked us to call back in spring").await;
    click(&c, "[data-testid=keep-submit]").await;
    wait_text(&c, "[data-testid=attention-done]", "Keeping Karla Keep until").await;
    wait_text(&c, "[data-testid=attention-empty]", "Nothing needs attention").await;
    wait_gone(&c, "[data-testid=nav-attention-count]", "1").await;

    // Stefan's card keeps the note and has no conversations; the audit log has both steps.
    click(&c, "[data-testid=nav-contacts]").await;
    click_text(&c, "[data-testid=contact-row]", "Stefan Stale").await;
    wait_text(&c, "[data-testid=card-name]", "Stefan Stale").await;
    wait_text(&c, "main", "Wants 3 seats on the Excel course").await;
    wait_text(&c, "main", "No conversations yet").await;
    click(&c, "[data-testid=nav-audit]").await;
    wait_text(&c, "main", "Retention transcripts deleted").await;
    wait_text(&c, "main", "Retention kept").await;

    // Locked, no page of the file holds the deleted transcript.
    click(&c, "[data-testid=lock]").await;
    find(&c, "#unlock-passphrase").await;
    let found = custos_e2e::forensics::vault_contains(&home.vault(), PASS, MARK.as_bytes());
    assert!(found.is_empty(), "the deleted transcript is still in the file: {found:?}");
    c.close().await.unwrap();
}

/// A vault made 40 days ago with Erna, and an access request from a stranger received then
/// (overdue by now).
#[allow(clippy::unwrap_used)] // set-up: a failed step panics with its error
fn seed_requests(path: &std::path::Path) {
    use custos_core::contacts::NewContact;
    use custos_core::requests::{NewRequest, RequestChannel, RequestKind};
    use custos_core::{FixedClock, Passphrase, Session, Vault};

    let clock = FixedClock::new(chrono::Utc::now() - chrono::Duration::days(40));
    let session = Session::new("Ola").with_clock(std::sync::Arc::new(clock));
    let vault = Vault::create(path, &Passphrase::new(PASS), session).unwrap();
    vault.contacts().add(NewContact::named("Erna Erase")).unwrap();
    let received_on = vault.now().date_naive();
    vault
        .requests()
        .open(NewRequest {
            kind: RequestKind::Access,
            contact_id: None,
            requester_name: Some("J. Doe".into()),
            requester_contact: Some("jd@example.com".into()),
            received_on,
            channel: RequestChannel::Letter,
            details: None,
        })
        .unwrap();
    vault.lock();
}

#[tokio::test]
#[ignore = "needs the desktop app under Xvfb: cargo xtask test runs it"]
async fn an_erasure_request_is_logged_acted_on_and_closed() {
    // As a user of this machine gets it (under Xvfb: no GPU, so no compositing).
    let home = AppHome::as_installed();
    seed_requests(&home.vault());
    let driver = Driver::start(&home, 4504);
    let c = driver.session().await;

    // After unlocking, the navigation counts the overdue request.
    fill(&c, "#unlock-passphrase", PASS).await;
    click(&c, "[data-testid=unlock-submit]").await;
    wait_text(&c, "[data-testid=nav-requests-count]", "1").await;
    click(&c, "[data-testid=nav-requests]").await;
    wait_text(&c, "[data-testid=request-row]", "J. Doe (not matched to a contact)").await;
    wait_text(&c, "[data-testid=request-urgency]", "Overdue by").await;
    click_text(&c, "[data-testid=request-row] button", "Access (Art. 15)").await;
    wait_text(&c, "[data-testid=request-detail]", "Match the request to the requester's card first").await;

    // Log Erna's erasure request, received today: its due date follows.
    click(&c, "[data-testid=new-request-button]").await;
    click(&c, "#request-kind option[value=erasure]").await;
    fill(&c, "#request-contact", "Erna").await;
    click_text(&c, "[data-testid=request-contact-hit]", "Erna Erase").await;
    click(&c, "[data-testid=request-submit]").await;
    wait_text(&c, "[data-testid=requests-done]", "Request logged: due").await;
    wait_text(&c, "[data-testid=request-detail]", "Erasure (Art. 17)").await;
    wait_text(&c, "[data-testid=request-deadline]", "one month from receipt").await;

    // Closing before anything was done is refused with the core's reason.
    click(&c, "[data-testid=request-close]").await;
    wait_text(&c, "[data-testid=close-error]", "no action is recorded").await;

    // One click to her card; erase her there.
    click(&c, "[data-testid=request-open-card]").await;
    wait_text(&c, "[data-testid=card-name]", "Erna Erase").await;
    click(&c, "[data-testid=erase-contact]").await;
    fill(&c, "#erase-confirm", "Erna Erase").await;
    click(&c, "[data-testid=erase-submit]").await;
    find(&c, "[data-testid=tombstone]").await;

    // Back in Requests: record the erasure's audit entry as the action, then close.
    click(&c, "[data-testid=nav-requests]").await;
    wait_text(&c, "[data-testid=request-detail]", "Erasure (Art. 17)").await;
    let option = "//select[@id='action-entry']/option[contains(., 'Contact erased')]";
    c.wait().at_most(WAIT).for_element(Locator::XPath(option)).await.unwrap().click().await.unwrap();
    fill(&c, "#action-description", "Erased the card and every conversation").await;
    click_text(&c, "button", "Record the action").await;
    wait_text(&c, "[data-testid=requests-done]", "The action is recorded.").await;
    wait_text(&c, "[data-testid=request-actions]", "Erased the card and every conversation").await;
    click(&c, "[data-testid=request-close]").await;
    wait_text(&c, "[data-testid=requests-done]", "The request is closed as done.").await;
    wait_text(&c, "[data-testid=request-outcome]", "Closed as done").await;
    c.close().await.unwrap();
}

/// A vault with a complete company profile and purpose, and Łucja, whose chat names a third
/// person (Marek) by name and e-mail.
#[allow(clippy::unwrap_used)] // set-up: a failed step panics with its error
fn seed_documents(path: &std::path::Path) {
    use custos_core::company::CompanyProfile;
    use custos_core::contacts::NewContact;
    use custos_core::interactions::{Channel, NewConversation, NewMessage, Sender};
    use custos_core::purposes::{LegalBasis, PurposeSpec};
    use custos_core::{Passphrase, Session, Vault};

    let vault = Vault::create(path, &Passphrase::new(PASS), Session::new("Ola")).unwrap();
    vault
        .company()
        .set(CompanyProfile {
            controller_name: "Szkolenia Żółć Sp. z o.o.".into(),
            address: Some("ul. Długa 1, 90-001 Łódź".into()),
            email: Some("biuro@example.pl".into()),
            country: Some("PL".into()),
            authority_name: Some("Prezes UODO".into()),
            authority_contact: Some("ul. Stawki 2, 00-193 Warszawa".into()),
            ..Default::default()
        })
        .unwrap();
    let mut courses = PurposeSpec::new("Szkolenia", "Organising the courses people sign up for", LegalBasis::Contract);
    courses.data_subject_categories = vec!["course participants".into()];
    courses.data_categories = vec!["name".into(), "e-mail".into(), "chat transcripts".into()];
    courses.retention_rule = Some("6 years after the course".into());
    vault.purposes().add(courses).unwrap();
    let id = vault.contacts().add(NewContact::named("Łucja Żółkiewska")).unwrap().id;
    let at = vault.now();
    let messages = vec![
        NewMessage { at, sender: Sender::Contact, text: "Can my colleague join too?".into() },
        NewMessage {
            at,
            sender: Sender::Other { name: "Marek Sąsiad".into() },
            text: "Hi, Marek Sąsiad here, write to marek.sasiad@example.com".into(),
        },
    ];
    let chat =
        NewConversation { channel: Channel::Chat, started_at: None, ended_at: None, external_ref: None, messages };
    vault.interactions().add(id, chat).unwrap();
    vault.lock();
}

#[allow(clippy::unwrap_used)] // a missing pdftotext fails the test with its error
fn pdf_text(path: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext").arg(path).arg("-").output().unwrap();
    assert!(out.status.success(), "pdftotext failed on {}", path.display());
    String::from_utf8(out.stdout).unwrap()
}

#[tokio::test]
#[ignore = "needs the desktop app under Xvfb: cargo xtask test runs it"]
async fn documents_are_saved_where_chosen_in_the_chosen_language() {
    let home = AppHome::new();
    seed_documents(&home.vault());
    let driver = Driver::start(&home, 4514);
    let c = driver.session().await;
    fill(&c, "#unlock-passphrase", PASS).await;
    click(&c, "[data-testid=unlock-submit]").await;

    // The access report from her card, in Polish, with the portable export beside it.
    click_text(&c, "[data-testid=contact-row]", "Łucja Żółkiewska").await;
    wait_text(&c, "[data-testid=card-name]", "Łucja Żółkiewska").await;
    click(&c, "[data-testid=access-report]").await;
    find(&c, "#document-language").await.select_by_value("pl").await.unwrap();
    let (report, export) = (home.dir.path().join("raport.pdf"), home.dir.path().join("eksport.zip"));
    fill(&c, "#document-path", &report.display().to_string()).await;
    fill(&c, "#document-export-path", &export.display().to_string()).await;
    click(&c, "[data-testid=document-submit]").await;
    wait_text(&c, "[data-testid=document-saved]", "eksport.zip").await;
    screenshot(&c, "14-access-report").await;
    let text = pdf_text(&report);
    assert!(text.contains("Łucja Żółkiewska") && text.contains("Szkolenia Żółć"), "{text}");
    assert!(!text.contains("Marek") && !text.contains("marek.sasiad"), "a third party is in the report: {text}");
    assert!(std::fs::metadata(&export).unwrap().len() > 0);

    // Again, without "replace": refused, the file stays as it was.
    let before = std::fs::read(&report).unwrap();
    click(&c, "[data-testid=document-submit]").await;
    wait_text(&c, "[data-testid=document-error]", "already exists").await;
    assert_eq!(std::fs::read(&report).unwrap(), before);
    find(&c, "#document-path").await.send_keys(&Key::Escape.to_string()).await.unwrap();

    // The record of processing from Settings, in German.
    click(&c, "[data-testid=nav-settings]").await;
    click(&c, "[data-testid=generate-record]").await;
    find(&c, "#document-language").await.select_by_value("de").await.unwrap();
    let record = home.dir.path().join("verzeichnis.pdf");
    fill(&c, "#document-path", &record.display().to_string()).await;
    click(&c, "[data-testid=document-submit]").await;
    wait_text(&c, "[data-testid=document-saved]", "verzeichnis.pdf").await;
    let text = pdf_text(&record);
    assert!(text.contains("Szkolenia Żółć Sp. z o.o.") && text.contains("Szkolenia"), "{text}");
    c.close().await.unwrap();
}

#[tokio::test]
#[ignore = "needs the desktop app under Xvfb: cargo xtask test runs it"]
async fn an_access_request_is_answered_with_the_report_and_closed() {
    let home = AppHome::new();
    seed_documents(&home.vault());
    let driver = Driver::start(&home, 4524);
    let c = driver.session().await;
    fill(&c, "#unlock-passphrase", PASS).await;
    click(&c, "[data-testid=unlock-submit]").await;

    // Log Łucja's access request, received today.
    click(&c, "[data-testid=nav-requests]").await;
    click(&c, "[data-testid=new-request-button]").await;
    click(&c, "#request-kind option[value=access]").await;
    fill(&c, "#request-contact", "Łucja").await;
    click_text(&c, "[data-testid=request-contact-hit]", "Łucja Żółkiewska").await;
    click(&c, "[data-testid=request-submit]").await;
    wait_text(&c, "[data-testid=requests-done]", "Request logged: due").await;
    wait_text(&c, "[data-testid=request-next-step]", "Generate the access report").await;

    // One click from the request to the report, in Polish, with the export beside it.
    click(&c, "[data-testid=request-report]").await;
    find(&c, "#document-language").await.select_by_value("pl").await.unwrap();
    let (report, export) = (home.dir.path().join("odpowiedz.pdf"), home.dir.path().join("kopia.zip"));
    fill(&c, "#document-path", &report.display().to_string()).await;
    fill(&c, "#document-export-path", &export.display().to_string()).await;
    click(&c, "[data-testid=document-submit]").await;
    wait_text(&c, "[data-testid=document-recorded]", "Recorded on request #1").await;
    let text = pdf_text(&report);
    assert!(text.contains("Łucja Żółkiewska"), "{text}");
    assert!(!text.contains("Marek"), "a third party is in the report: {text}");
    assert!(std::fs::metadata(&export).unwrap().len() > 0);
    find(&c, "#document-path").await.send_keys(&Key::Escape.to_string()).await.unwrap();

    // Both documents are recorded as what was done, so the request closes.
    wait_text(&c, "[data-testid=requests-done]", "The report is recorded as what was done.").await;
    wait_text(&c, "[data-testid=request-actions]", "Access report generated in polski").await;
    wait_text(&c, "[data-testid=request-actions]", "Portable export generated").await;
    click(&c, "[data-testid=request-close]").await;
    wait_text(&c, "[data-testid=requests-done]", "The request is closed as done.").await;
    wait_text(&c, "[data-testid=request-outcome]", "Closed as done").await;

    // The answer letter, in Polish, says the report is enclosed.
    click(&c, "[data-testid=letter-completion]").await;
    find(&c, "#document-language").await.select_by_value("pl").await.unwrap();
    let letter = home.dir.path().join("pismo.pdf");
    fill(&c, "#document-path", &letter.display().to_string()).await;
    click(&c, "[data-testid=document-submit]").await;
    wait_text(&c, "[data-testid=document-saved]", "pismo.pdf").await;
    let text = pdf_text(&letter);
    assert!(text.contains("Łucja Żółkiewska") && text.contains("Szkolenia Żółć"), "{text}");
    find(&c, "#document-path").await.send_keys(&Key::Escape.to_string()).await.unwrap();
    screenshot(&c, "15-access-request-answered").await;
    c.close().await.unwrap();
}

/// An empty vault at `path`, made by the core (passphrase [`PASS`]).
#[allow(clippy::unwrap_used)] // set-up: a failed step panics with its error
fn make_vault(path: &std::path::Path) {
    use custos_core::{Passphrase, Session, Vault};
    Vault::create(path, &Passphrase::new(PASS), Session::new("Ola")).unwrap().lock();
}

/// Waits until the field matching `css` holds `value`.
async fn wait_value(c: &fantoccini::Client, css: &str, value: &str) {
    let started = std::time::Instant::now();
    loop {
        let now = find(c, css).await.prop("value").await.ok().flatten().unwrap_or_default();
        if now == value {
            return;
        }
        assert!(started.elapsed() < WAIT, "{css} holds {now:?}, not {value:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn unlock_with_passphrase(c: &fantoccini::Client) {
    fill(c, "#unlock-passphrase", PASS).await;
    click(c, "[data-testid=unlock-submit]").await;
    wait_text(c, "main", "No contacts yet").await;
}

/// Launches the app as a second instance from `cwd` and waits for it to end: it hands its
/// arguments to the running app and ends at once. Returns how long it ran.
fn second_launch(home: &AppHome, args: &[&str], cwd: &std::path::Path) -> Duration {
    let mut launched = home.launch(args, cwd, &[]);
    let Some((status, ran, stderr)) = launched.ended_within(Duration::from_secs(10)) else {
        panic!("a second launch with {args:?} still runs after 10 s: it opened a window of its own")
    };
    assert!(status.success(), "a second launch with {args:?} failed ({status}): {stderr}");
    ran
}

#[tokio::test]
#[ignore = "needs the desktop app under Xvfb: cargo xtask test runs it"]
async fn one_window_remembers_its_place_and_takes_the_files_it_is_given() {
    // A session bus of the test's own, on which a second launch finds the running app.
    let home = AppHome::with_session_bus();
    let dir = home.dir.path().to_owned();
    let (shop, office) = (dir.join("shop.custos"), dir.join("office.custos"));
    make_vault(&shop);
    make_vault(&office);
    let driver = Driver::start(&home, 4534);

    // A launch with a file offers that file for unlocking (without one, the welcome screen
    // would show: there is no vault at the default place).
    let c = driver.session_with_args(&[shop.to_str().unwrap()]).await;
    wait_value(&c, "#unlock-path", &shop.display().to_string()).await;

    // The user gives the window another size and place.
    c.set_window_rect(40, 30, 1000, 640).await.unwrap();
    let placed = c.get_window_rect().await.unwrap();
    assert_eq!((placed.2, placed.3), (1000, 640), "the window was not resized: {placed:?}");

    // A second launch ends at once and hands its file, named from its own folder, to this
    // window: a file that is not there is said so.
    let ran = second_launch(&home, &["missing.custos"], &dir);
    let missing = dir.join("missing.custos");
    wait_text(&c, "[data-testid=open-request-error]", &format!("There is no file at {}.", missing.display())).await;
    click_text(&c, "button", "OK").await;
    unlock_with_passphrase(&c).await;

    // With the shop unlocked, a second launch with the office vault asks before locking it.
    let ran = ran.max(second_launch(&home, &["office.custos"], &dir));
    wait_text(&c, "[data-testid=open-request-path]", &office.display().to_string()).await;
    wait_text(&c, "[data-testid=open-request]", &shop.display().to_string()).await;
    assert_eq!(app_pids().len(), 1, "more than one app runs");
    assert!(ran < Duration::from_secs(5), "a second launch took {ran:?} to hand over its file");
    click(&c, "#open-request-confirm").await;
    wait_value(&c, "#unlock-path", &office.display().to_string()).await;
    unlock_with_passphrase(&c).await;
    wait_text(&c, ".status .path", "office.custos").await;

    // Without a session bus to meet on, a launch still starts (a window of its own) and says why.
    let config = dir.join("lone-config");
    let lone_env = [("DBUS_SESSION_BUS_ADDRESS", "not an address"), ("XDG_CONFIG_HOME", config.to_str().unwrap())];
    let mut lone = home.launch(&[], &dir, &lone_env);
    if let Some((status, _, stderr)) = lone.ended_within(Duration::from_secs(2)) {
        panic!("without a session bus the app ended ({status}): {stderr}");
    }
    let stderr = lone.kill();
    assert!(stderr.contains("starting without the one-window guarantee: no D-Bus session bus"), "{stderr}");
    c.close().await.unwrap();

    // Started again without a file: the window has the size and place it was given, and the
    // vault opened last is offered.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let c = driver.session().await;
    wait_value(&c, "#unlock-path", &office.display().to_string()).await;
    assert_eq!(c.get_window_rect().await.unwrap(), placed, "the window's size and place were not kept");
    c.close().await.unwrap();
}
