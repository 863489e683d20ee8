//! Possible duplicates in the real desktop app (Xvfb, tauri-driver): two cards that share an
//! e-mail address written in another case are offered as a pair, compared side by side and
//! merged; the kept card has both cards' addresses and the merge in its history. Run by
//! `cargo xtask test` with the other desktop tests.

use custos_e2e::desktop::*;

/// The second card's name: too long for its column, so cut short with the whole in a tooltip.
const LONG: &str = "Anna Kowalska-Wiśniewska, Dział Zakupów Hurtowych i Logistyki Magazynowej";

/// Nothing in the detail pane is wider than the pane (at the window's 1280×800): what it shows
/// wraps or is cut short with its whole text in a tooltip.
const FITS_JS: &str = "
const pane = document.querySelector('[data-testid=duplicates-view]').closest('section.detail');
const right = pane.getBoundingClientRect().right;
const over = [...pane.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > right + 1);
const name = document.querySelector(arguments[0]);
return { scrolls: pane.scrollWidth > pane.clientWidth, over: over.map(e => e.outerHTML.slice(0, 80)),
         cut: name.scrollWidth > name.clientWidth, tooltip: name.title };";

#[tokio::test]
#[ignore = "needs the desktop app under Xvfb: cargo xtask test runs it"]
async fn two_cards_of_one_person_are_compared_and_merged() {
    let home = AppHome::new();
    let driver = Driver::start(&home, 4564);
    let c = driver.session().await;
    create_vault(&c).await;

    // Two cards of Anna: the second, under a long name, writes her work address in capitals
    // and adds another.
    click(&c, "[data-testid=new-contact]").await;
    fill(&c, "#new-name", "Anna Kowalska").await;
    fill(&c, "#new-email", "anna.kowalska@firma.pl").await;
    fill(&c, "#new-organisation", "Firma Kowalscy sp. z o.o.").await;
    click(&c, "[data-testid=new-contact-submit]").await;
    wait_text(&c, "[data-testid=card-name]", "Anna Kowalska").await;
    click(&c, "[data-testid=new-contact]").await;
    fill(&c, "#new-name", LONG).await;
    fill(&c, "#new-email", "Anna.Kowalska@Firma.PL").await;
    click_text(&c, "[data-field=email] button", "Add an e-mail address").await;
    fill(&c, "#new-email-2", "anna@dom.pl").await;
    fill(&c, "#new-job-title", "Buyer").await;
    click(&c, "[data-testid=new-contact-submit]").await;
    wait_text(&c, "[data-testid=card-name]", LONG).await;

    // The contacts view counts the pair and lists it with what the two share.
    wait_text(&c, "[data-testid=duplicates-count]", "1").await;
    click(&c, "[data-testid=duplicates-open]").await;
    wait_text(&c, "[data-testid=duplicate-pair]", "Same e-mail address: anna.kowalska@firma.pl").await;
    let fits =
        c.execute(FITS_JS, vec!["[data-testid=duplicate-pair] .card-line:last-child .name".into()]).await.unwrap();
    let expected = serde_json::json!({ "scrolls": false, "over": [], "cut": true, "tooltip": LONG });
    assert_eq!(fits, expected, "the list fits the window, the long name cut short");
    click(&c, "[data-testid=duplicate-pair]").await;

    // Side by side, the older card kept; what will happen is said before anything is done.
    wait_text(&c, "[data-testid=compare-card-1]", "Anna Kowalska").await;
    wait_text(&c, "[data-testid=merge-compare] td[data-field=email]", "anna@dom.pl").await;
    wait_text(&c, "[data-testid=merge-statement]", &format!("{LONG} (#2) will be merged into Anna Kowalska (#1):"))
        .await;
    wait_text(&c, "[data-testid=merge-submit]", "Merge #2 into #1").await;
    let fits = c.execute(FITS_JS, vec!["[data-testid=compare-card-2] .name".into()]).await.unwrap();
    assert_eq!(fits, expected, "the comparison fits the window, the long name cut short");
    screenshot(&c, "20-merge-duplicates").await;

    click(&c, "[data-testid=merge-submit]").await;
    wait_text(&c, "[data-testid=merge-summary]", "Added e-mail address anna@dom.pl (Work)").await;
    wait_text(&c, "[data-testid=merge-summary]", "Filled in: Job title").await;
    wait_text(&c, "[data-testid=no-duplicates]", "No possible duplicates").await;
    wait_text(&c, "[data-testid=duplicates-count]", "0").await;

    // The kept card has both addresses, and the merge is in its history.
    click(&c, "[data-testid=merge-open-kept]").await;
    wait_text(&c, "[data-testid=card-name]", "Anna Kowalska").await;
    let card = wait_text(&c, "[data-testid=contact-card] [data-field=email]", "anna.kowalska@firma.pl").await;
    let emails = card.prop("textContent").await.unwrap().unwrap_or_default();
    assert!(emails.contains("anna@dom.pl"), "the kept card shows both addresses: {emails}");
    wait_text(&c, "[data-testid=contact-card] [data-field=job_title]", "Buyer").await;
    click(&c, "[data-testid=history-toggle]").await;
    wait_text(&c, "[data-testid=history-entry]", &format!("merged #2 ({LONG}) into this card")).await;
    let rows = c.find_all(fantoccini::Locator::Css("[data-testid=contact-row]")).await.unwrap();
    assert_eq!(rows.len(), 1, "the merged card is gone from the list");
    c.close().await.unwrap();
}
