//! The desktop app in its users' languages, in the real window (Xvfb): the main journey on a
//! computer set to Polish, and the layout of every screen in every language at 1280×800 and
//! at the smallest window (960×600).

use std::time::Duration;

use custos_e2e::desktop::*;

/// Words of the English UI a Polish, German… screen must not show (labels of the navigation,
/// the top bar and common buttons that no other language spells the same).
const ENGLISH: &[&str] = &["Needs attention", "Requests", "Audit log", "Settings", "New contact", "Lock", "Cancel"];

/// The words of [`ENGLISH`] the window shows.
async fn english_words(c: &fantoccini::Client) -> Vec<&'static str> {
    let text = find(c, "body").await.text().await.unwrap_or_default();
    // As whole words: Italian "Cancellazione" is not "Cancel".
    let whole = |w: &str| {
        text.match_indices(w).any(|(at, _)| {
            !text[..at].chars().next_back().is_some_and(char::is_alphabetic)
                && !text[at + w.len()..].chars().next().is_some_and(char::is_alphabetic)
        })
    };
    ENGLISH.iter().copied().filter(|w| whole(w)).collect()
}

/// The layout problems of the screen now, at 1280×800 and at the smallest window, each with
/// where it was seen.
async fn layout_at_both_sizes(c: &fantoccini::Client, screen: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (w, h) in [(1280, 800), (960, 600)] {
        window_size(c, w, h).await;
        found.extend(layout_problems(c).await.into_iter().map(|p| format!("{screen} at {w}×{h}: {p}")));
    }
    window_size(c, 1280, 800).await;
    found
}

/// Adds contacts with old dates to the (locked) vault: two leads silent for 90 days, so
/// Needs attention lists them.
#[allow(clippy::unwrap_used)] // set-up: a failed step panics with its error
fn add_stale_leads(path: &std::path::Path) {
    use custos_core::contacts::{LifecycleStatus, NewContact};
    use custos_core::{FixedClock, Passphrase, Session, Vault};

    let clock = FixedClock::new(chrono::Utc::now() - chrono::Duration::days(800));
    let session = Session::new("Ola").with_clock(std::sync::Arc::new(clock));
    let vault = Vault::open(path, &Passphrase::new(PASS), session).unwrap();
    for name in ["Stefan Stary", "Karolina Dawna"] {
        vault.contacts().add(NewContact { status: Some(LifecycleStatus::Lead), ..NewContact::named(name) }).unwrap();
    }
    vault.lock();
}

#[tokio::test]
#[ignore = "needs the desktop app under Xvfb: cargo xtask test runs it"]
async fn a_day_in_polish() {
    let home = AppHome::in_language("pl_PL.UTF-8");
    let driver = Driver::start(&home, 4610);
    let c = driver.session().await;
    let mut layout = Vec::new();

    // The computer speaks Polish, so Custos does, from the first screen.
    wait_text(&c, "h1", "Witamy w Custos").await;
    let lang = c.execute("return document.documentElement.lang", vec![]).await.unwrap();
    assert_eq!(lang, "pl");
    assert_eq!(
        find(&c, "[data-testid=start-language] option:checked").await.text().await.unwrap(),
        "Jak w systemie (polski)"
    );
    screenshot(&c, "pl-00-welcome").await;
    layout.extend(layout_at_both_sizes(&c, "welcome").await);

    // Create a vault.
    click_text(&c, "button", "Utwórz nowy sejf").await;
    fill(&c, "#operator", "Ola").await;
    fill(&c, "#create-passphrase", PASS).await;
    fill(&c, "#create-repeat", PASS).await;
    wait_text(&c, "[data-testid=strength]", "Siła: bardzo duża").await;
    screenshot(&c, "pl-01-create-vault").await;
    layout.extend(layout_at_both_sizes(&c, "create vault").await);
    click(&c, "[data-testid=create-submit]").await;
    wait_text(&c, "[data-testid=kit-warning]", "nikt").await;
    screenshot(&c, "pl-01b-recovery-kit").await;
    layout.extend(layout_at_both_sizes(&c, "recovery kit").await);
    click(&c, "[data-testid=kit-skip]").await;
    wait_text(&c, "main", "Brak kontaktów — dodaj pierwszy").await;

    // Contacts, counted with Polish plurals: 1 kontakt, 2 kontakty, 5 kontaktów.
    add_contact(&c, "Łucja Żółkiewska", "").await;
    wait_text(&c, "[data-testid=contact-list-total]", "1 kontakt").await;
    add_contact(&c, "Jan Kowalski", "").await;
    wait_text(&c, "[data-testid=contact-list-total]", "2 kontakty").await;
    for name in ["Anna Nowak", "Piotr Wiśniewski", "Zofia Wójcik"] {
        add_contact(&c, name, "").await;
    }
    wait_text(&c, "[data-testid=contact-list-total]", "5 kontaktów").await;

    // Search without diacritics finds her.
    fill(&c, "#global-search", "zolkiewska").await;
    wait_text(&c, "[data-testid=search-hit]", "Łucja Żółkiewska").await;
    screenshot(&c, "pl-02-search").await;
    layout.extend(layout_at_both_sizes(&c, "search").await);
    find(&c, "#global-search").await.send_keys(&fantoccini::key::Key::Escape.to_string()).await.unwrap();

    // A consent purpose in Settings, then her consent on the card.
    click(&c, "[data-testid=nav-settings]").await;
    wait_text(&c, "h1", "Ustawienia").await;
    layout.extend(layout_at_both_sizes(&c, "settings").await);
    click_text(&c, "button", "Dodaj cel").await;
    fill(&c, "#purpose-name", "Newsletter").await;
    find(&c, "#purpose-basis").await.select_by_value("a").await.unwrap();
    fill(&c, "#purpose-description", "Comiesięczne informacje o kursach").await;
    fill(&c, "#purpose-wording", "Tak, proszę o comiesięczny newsletter e-mailem.").await;
    fill(&c, "#purpose-subjects", "subskrybenci newslettera").await;
    click_text(&c, "button", "Zapisz cel").await;
    wait_text(&c, "[data-testid=purpose-row]", "Newsletter").await;
    click(&c, "[data-testid=nav-contacts]").await;
    click_text(&c, "[data-testid=contact-row]", "Łucja Żółkiewska").await;
    wait_text(&c, "[data-testid=consent-purpose]", "Nieudzielona").await;
    click_text(&c, "button", "Odnotuj zgodę").await;
    wait_text(&c, "[data-testid=consent-wording]", "Tak, proszę o comiesięczny newsletter e-mailem.").await;
    click(&c, "[data-testid=consent-submit]").await;
    wait_text(&c, "[data-testid=consent-state]", "Udzielona").await;
    screenshot(&c, "pl-03-consents").await;
    layout.extend(layout_at_both_sizes(&c, "contact card").await);

    // An erasure request: logged, with its deadline a month on.
    click(&c, "[data-testid=nav-requests]").await;
    click(&c, "[data-testid=new-request-button]").await;
    click(&c, "#request-kind option[value=erasure]").await;
    fill(&c, "#request-contact", "Jan").await;
    click_text(&c, "[data-testid=request-contact-hit]", "Jan Kowalski").await;
    layout.extend(layout_at_both_sizes(&c, "new request").await);
    click(&c, "[data-testid=request-submit]").await;
    wait_text(&c, "[data-testid=requests-done]", "Zarejestrowano żądanie: termin").await;
    wait_text(&c, "[data-testid=request-deadline]", "miesiąc od otrzymania").await;
    screenshot(&c, "pl-04-request").await;
    layout.extend(layout_at_both_sizes(&c, "request").await);

    // Two leads silent for long: Needs attention, in Polish.
    click(&c, "[data-testid=lock]").await;
    find(&c, "#unlock-passphrase").await;
    add_stale_leads(&home.vault());
    fill(&c, "#unlock-passphrase", PASS).await;
    click(&c, "[data-testid=unlock-submit]").await;
    wait_text(&c, "[data-testid=nav-attention-count]", "2").await;
    click(&c, "[data-testid=nav-attention]").await;
    wait_text(&c, "h1", "Wymaga uwagi").await;
    wait_text(&c, "[data-testid=warning]", "Stefan Stary").await;
    wait_text(&c, "[data-testid=attention]", "dni po terminie").await;
    wait_text(&c, "[data-testid=attention]", "bez kontaktu").await;
    screenshot(&c, "pl-05-needs-attention").await;
    layout.extend(layout_at_both_sizes(&c, "needs attention").await);

    let english = english_words(&c).await;
    assert!(english.is_empty(), "English on a Polish screen: {english:?}");
    assert!(layout.is_empty(), "layout problems in Polish:\n{}", layout.join("\n"));
    c.close().await.unwrap();
}

/// A vault with something on every screen: the company, a purpose, contacts (two of them
/// stale leads), a request.
#[allow(clippy::unwrap_used)] // set-up: a failed step panics with its error
fn seed_every_screen(path: &std::path::Path) {
    use custos_core::company::CompanyProfile;
    use custos_core::contacts::{LifecycleStatus, NewContact};
    use custos_core::purposes::{LegalBasis, PurposeSpec};
    use custos_core::requests::{NewRequest, RequestChannel, RequestKind};
    use custos_core::{FixedClock, Passphrase, Session, Vault};

    let clock = FixedClock::new(chrono::Utc::now() - chrono::Duration::days(800));
    let session = Session::new("Ola").with_clock(std::sync::Arc::new(clock.clone()));
    let vault = Vault::create(path, &Passphrase::new(PASS), session).unwrap();
    vault
        .company()
        .set(CompanyProfile {
            controller_name: "Schulungen Größe GmbH".into(),
            email: Some("buero@example.de".into()),
            country: Some("DE".into()),
            ..Default::default()
        })
        .unwrap();
    let mut news = PurposeSpec::new("Newsletter", "Monthly news", LegalBasis::Consent);
    news.consent_wording = Some("Yes, send me the newsletter.".into());
    news.data_subject_categories = vec!["subscribers".into()];
    vault.purposes().add(news).unwrap();
    for name in ["Stefan Stary", "Karolina Dawna"] {
        vault.contacts().add(NewContact { status: Some(LifecycleStatus::Lead), ..NewContact::named(name) }).unwrap();
    }
    clock.set(chrono::Utc::now());
    let anna = vault.contacts().add(NewContact::named("Anna-Katharina Müller-Lüdenscheidt")).unwrap().id;
    vault
        .requests()
        .open(NewRequest {
            kind: RequestKind::Access,
            contact_id: Some(anna),
            requester_name: None,
            requester_contact: None,
            received_on: vault.now().date_naive(),
            channel: RequestChannel::Email,
            details: None,
        })
        .unwrap();
    vault.lock();
}

#[tokio::test]
#[ignore = "needs the desktop app under Xvfb: cargo xtask test runs it"]
async fn every_screen_holds_its_layout_in_every_language() {
    let home = AppHome::in_language("de_DE.UTF-8");
    seed_every_screen(&home.vault());
    let driver = Driver::start(&home, 4620);
    let c = driver.session().await;
    wait_text(&c, "[data-testid=unlock-who]", "Ola").await;
    fill(&c, "#unlock-passphrase", PASS).await;
    let mut problems = layout_at_both_sizes(&c, "de unlock").await;
    click(&c, "[data-testid=unlock-submit]").await;
    wait_text(&c, "[data-testid=nav-contacts]", "Kontakte").await;

    // German first (the system's), then each other language chosen in Settings: at once.
    for (language, contacts) in [
        ("de", "Kontakte"),
        ("bg", "Контакти"),
        ("pl", "Kontakty"),
        ("fr", "Contacts"),
        ("it", "Contatti"),
        ("es", "Contactos"),
        ("en", "Contacts"),
    ] {
        if language != "de" {
            click(&c, "[data-testid=nav-settings]").await;
            find(&c, "#settings-language").await.select_by_value(language).await.unwrap();
            wait_text(&c, "[data-testid=nav-contacts]", contacts).await;
        }
        click(&c, "[data-testid=nav-contacts]").await;
        click_text(&c, "[data-testid=contact-row]", "Anna-Katharina").await;
        find(&c, "[data-testid=card-name]").await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        problems.extend(layout_at_both_sizes(&c, &format!("{language} contact card")).await);
        for section in ["attention", "requests", "audit", "settings"] {
            click(&c, &format!("[data-testid=nav-{section}]")).await;
            tokio::time::sleep(Duration::from_millis(500)).await;
            problems.extend(layout_at_both_sizes(&c, &format!("{language} {section}")).await);
        }
        if language != "en" {
            let english = english_words(&c).await;
            assert!(english.is_empty(), "English words in {language}: {english:?}");
        }
        if language == "bg" || language == "de" {
            screenshot(&c, &format!("{language}-settings")).await;
        }
    }
    assert!(problems.is_empty(), "layout problems:\n{}", problems.join("\n"));
    c.close().await.unwrap();
}
