//! The real desktop app backs its vault up by itself and restores it from Settings → Backups
//! (Xvfb, tauri-driver). Run by `cargo xtask test` with the other desktop tests.

use custos_e2e::desktop::*;

#[tokio::test]
#[ignore = "needs the desktop app under Xvfb: cargo xtask test runs it"]
async fn the_vault_backs_itself_up_and_is_restored_from_settings() {
    let home = AppHome::new();
    let driver = Driver::start(&home, 4444);
    let c = driver.session().await;

    create_vault(&c).await;
    add_contact(&c, "Anna Nowak", "").await;

    // Unlocking makes the day's backup on its own; the status bar says so.
    click(&c, "[data-testid=lock]").await;
    fill(&c, "#unlock-passphrase", PASS).await;
    click(&c, "[data-testid=unlock-submit]").await;
    wait_text(&c, "[data-testid=backup-status]", "Backed up").await;
    let folder = home.dir.path().join("backups");
    let made: Vec<_> = std::fs::read_dir(&folder).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(made.len(), 2, "one backup beside the vault, with its key file: {made:?}");

    // Settings → Backups lists it with what it held, and checks it.
    click(&c, "[data-testid=nav-settings]").await;
    wait_text(&c, "[data-testid=backup-row]", "1 contact, 0 messages").await;
    click_text(&c, "[data-testid=backup-row] button", "Check").await;
    wait_text(&c, "[data-testid=backup-row]", "Checked: every page reads back").await;
    let scroll = "const panel = document.querySelector('[data-testid=backups]');
                  panel.closest('[data-testid=settings]').scrollTop = panel.offsetTop - 16;";
    c.execute(scroll, vec![]).await.unwrap();
    screenshot(&c, "16-backups").await;

    // A contact added after the backup is gone once the backup is restored; the state
    // before the restore is a backup of its own.
    add_contact(&c, "Jan Kowalski", "").await;
    click(&c, "[data-testid=nav-settings]").await;
    click_text(&c, "[data-testid=backup-row] button", "Restore…").await;
    fill(&c, "#restore-passphrase", "not the passphrase").await;
    click(&c, "[data-testid=restore-confirm]").await;
    wait_text(&c, "[data-testid=restore-dialog]", "Wrong passphrase").await;
    fill(&c, "#restore-passphrase", PASS).await;
    click(&c, "[data-testid=restore-confirm]").await;
    wait_text(&c, "[data-testid=shell-notice]", "Restored the backup of").await;
    click(&c, "[data-testid=nav-contacts]").await;
    wait_text(&c, "[data-testid=contact-row]", "Anna Nowak").await;
    let rows = c.find_all(fantoccini::Locator::Css("[data-testid=contact-row]")).await.unwrap();
    assert_eq!(rows.len(), 1, "Jan Kowalski came after the backup");
    let kept: Vec<_> = std::fs::read_dir(&folder).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(kept.len(), 4, "the backup restored and the one of the state before, each with its key file: {kept:?}");
    assert_eq!(kept.iter().filter(|n| n.to_string_lossy().ends_with("-keys")).count(), 2, "{kept:?}");
}
