//! The real desktop app in a real window (Xvfb), driven through tauri-driver.
//! Run by `cargo xtask test` (which builds the UI and wraps this in xvfb-run):
//! `cargo test -p custos-e2e --test desktop -- --ignored --test-threads=1`.

use std::io::Read;
use std::time::Duration;

use custos_e2e::desktop::*;
use fantoccini::Locator;
use fantoccini::key::Key;

const PASS: &str = "correct horse battery staple";

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
    let home = AppHome::new();
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
