//! Desktop notifications of new retention warnings and of requests falling due: soon after the
//! vault is unlocked and once a day while it stays open. Only what was not announced before
//! counts. The keys of what was announced (contact or request id, action or urgency, due day —
//! no names) are kept in the app's config folder; the warnings and deadlines come from the core.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Mutex;

use custos_core::retention::WarningSummary;
use custos_documents::Language;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Emitter, Manager, Runtime};
use tauri_plugin_notification::NotificationExt;
use unic_langid::LanguageIdentifier;

use crate::state::AppState;

/// The event the UI hears when the warnings were counted again (payload: [`WarningSummary`]).
pub const RETENTION_CHANGED: &str = "retention-changed";

/// The event the UI hears when open requests due within 7 days or overdue were counted
/// again (payload: the count).
pub const REQUESTS_CHANGED: &str = "requests-changed";

/// Keys of requests start with this; the rest are retention warnings.
const REQUEST_KEY: &str = "request:";

/// Checks one at a time, so two checks never interleave reading and writing the file.
static RECORDING: Mutex<()> = Mutex::new(());

/// What was announced, per vault file.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Announced {
    vaults: BTreeMap<String, BTreeSet<String>>,
}

/// What is new since the last announcement, beside the totals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct News {
    pub warnings: usize,
    pub total_warnings: u64,
    pub requests: usize,
    pub total_requests: u64,
}

/// The notifications' words in `language`: the UI's own file for them
/// (`ui/src/locales/<code>/notifications.ftl`, checked complete with the UI's).
fn texts(language: Language) -> Option<FluentBundle<FluentResource>> {
    let source = match language {
        Language::En => include_str!("../../ui/src/locales/en/notifications.ftl"),
        Language::Pl => include_str!("../../ui/src/locales/pl/notifications.ftl"),
        Language::De => include_str!("../../ui/src/locales/de/notifications.ftl"),
        Language::Fr => include_str!("../../ui/src/locales/fr/notifications.ftl"),
        Language::It => include_str!("../../ui/src/locales/it/notifications.ftl"),
        Language::Es => include_str!("../../ui/src/locales/es/notifications.ftl"),
        Language::Bg => include_str!("../../ui/src/locales/bg/notifications.ftl"),
    };
    let resource = FluentResource::try_new(source.to_owned()).ok()?;
    let id: LanguageIdentifier = language.code().parse().ok()?;
    let mut bundle = FluentBundle::new(vec![id]);
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).ok()?;
    Some(bundle)
}

fn say(texts: &FluentBundle<FluentResource>, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let Some(pattern) = texts.get_message(id).and_then(|m| m.value()) else { return id.to_owned() };
    texts.format_pattern(pattern, Some(&fluent_args), &mut Vec::new()).into_owned()
}

/// The notification's title and text in `language`, or `None` when nothing is new.
pub fn notice(news: News, language: Language) -> Option<(String, String)> {
    let texts = texts(language).or_else(|| texts(Language::En))?;
    let count = |n: u64| FluentValue::from(n);
    let contacts = || say(&texts, "notify-contacts-title", &[("new", count(news.warnings as u64))]);
    let requests = || say(&texts, "notify-requests-title", &[("new", count(news.requests as u64))]);
    let warnings_body = || say(&texts, "notify-contacts-body", &[("total", count(news.total_warnings))]);
    let requests_body = || say(&texts, "notify-requests-body", &[("total", count(news.total_requests))]);
    match (news.warnings, news.requests) {
        (0, 0) => None,
        (_, 0) => Some((contacts(), warnings_body())),
        (0, _) => Some((requests(), requests_body())),
        (_, _) => Some((
            say(&texts, "notify-both-title", &[("contacts", contacts().into()), ("requests", requests().into())]),
            say(
                &texts,
                "notify-both-body",
                &[("contacts", warnings_body().into()), ("requests", requests_body().into())],
            ),
        )),
    }
}

/// Compares `current` keys with those announced before for `vault`, remembers `current` (so
/// what was dealt with is forgotten), and returns the new ones. An unreadable file counts as
/// nothing announced; one that cannot be written is reported.
pub fn record(file: &Path, vault: &str, current: BTreeSet<String>) -> Vec<String> {
    let _one_at_a_time = RECORDING.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let mut announced: Announced =
        std::fs::read(file).ok().and_then(|bytes| serde_json::from_slice(&bytes).ok()).unwrap_or_default();
    let before = announced.vaults.get(vault);
    let fresh = current.iter().filter(|key| before.is_none_or(|b| !b.contains(*key))).cloned().collect();
    announced.vaults.insert(vault.to_owned(), current);
    let written = serde_json::to_vec(&announced).map_err(|e| e.to_string()).and_then(|bytes| {
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        }
        std::fs::write(file, bytes).map_err(|e| e.to_string())
    });
    if let Err(e) = written {
        eprintln!("Custos: could not remember the announced warnings in {}: {e}", file.display());
    }
    fresh
}

/// Counts the warnings and the requests due soon or overdue, tells the UI, and shows a
/// notification if any is new. Does nothing when the vault is locked; does not postpone the
/// auto-lock.
pub async fn check<R: Runtime>(app: AppHandle<R>) {
    let state = app.state::<AppState>();
    let counted = state
        .in_background(|v| {
            let warnings = v.retention().warnings()?;
            let mut keys: BTreeSet<String> = warnings.iter().map(|w| w.key()).collect();
            let due = v.requests().needing_attention()?;
            for q in &due {
                let urgency = if q.overdue { "overdue" } else { "due_soon" };
                keys.insert(format!("{REQUEST_KEY}{}:{}:{urgency}", q.id, q.due_on));
            }
            Ok((v.path().display().to_string(), keys, WarningSummary::of(&warnings), due.len() as u64))
        })
        .await;
    let Ok((vault, keys, summary, due)) = counted else { return };
    let _ = app.emit(RETENTION_CHANGED, summary);
    let _ = app.emit(REQUESTS_CHANGED, due);
    let file = state.notified_path().to_owned();
    let fresh = tauri::async_runtime::spawn_blocking(move || record(&file, &vault, keys)).await.unwrap_or_default();
    let requests = fresh.iter().filter(|k| k.starts_with(REQUEST_KEY)).count();
    let news = News { warnings: fresh.len() - requests, total_warnings: summary.total, requests, total_requests: due };
    if let Some((title, body)) = notice(news, state.language()) {
        // Showing goes through the desktop's notification service; it may be slow or absent.
        let shown =
            tauri::async_runtime::spawn_blocking(move || app.notification().builder().title(title).body(body).show());
        match shown.await {
            Ok(Ok(())) => {}
            Ok(Err(e)) => eprintln!("Custos: could not show a notification: {e}"),
            Err(e) => eprintln!("Custos: could not show a notification: {e}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(list: &[&str]) -> BTreeSet<String> {
        list.iter().map(|k| (*k).to_owned()).collect()
    }

    #[test]
    fn only_new_warnings_are_announced_per_vault() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("config").join("retention-notified.json");
        let n = |vault: &str, list: &[&str]| record(&file, vault, keys(list)).len();
        assert_eq!(n("/a.custos", &["1:erase:2026-01-01", "2:erase:2026-01-02"]), 2);
        assert_eq!(n("/a.custos", &["1:erase:2026-01-01", "2:erase:2026-01-02"]), 0);
        assert_eq!(n("/b.custos", &["1:erase:2026-01-01"]), 1, "another vault is separate");
        // 2 was dealt with, 3 is new; when 2 comes back (a hold ended) it is new again.
        assert_eq!(n("/a.custos", &["1:erase:2026-01-01", "3:delete_transcripts:2026-02-01"]), 1);
        assert_eq!(n("/a.custos", &["2:erase:2026-01-02"]), 1);
        // A request due soon, then overdue: announced both times.
        assert_eq!(n("/a.custos", &["2:erase:2026-01-02", "request:7:2026-03-02:due_soon"]), 1);
        assert_eq!(
            record(&file, "/a.custos", keys(&["request:7:2026-03-02:overdue"])),
            ["request:7:2026-03-02:overdue"]
        );
        std::fs::write(&file, b"not json").unwrap();
        assert_eq!(n("/a.custos", &["2:erase:2026-01-02"]), 1, "a damaged file announces again");
    }

    #[test]
    fn the_notice_says_how_many_are_new() {
        let news = News { warnings: 0, total_warnings: 5, requests: 0, total_requests: 2 };
        let notice = |news| notice(news, Language::En);
        assert_eq!(notice(news), None);
        let (title, body) = notice(News { warnings: 1, ..news }).unwrap();
        assert_eq!(title, "1 contact needs attention");
        assert!(body.contains("5 in all") && body.contains("Needs attention"), "{body}");
        assert_eq!(notice(News { warnings: 3, ..news }).unwrap().0, "3 contacts need attention");
        let (title, body) = notice(News { requests: 1, ..news }).unwrap();
        assert_eq!(title, "1 request is due soon or overdue");
        assert!(body.contains("Requests") && body.contains("2 due soon or overdue in all"), "{body}");
        let both = notice(News { warnings: 2, requests: 2, ..news }).unwrap().0;
        assert_eq!(both, "2 contacts need attention; 2 requests are due soon or overdue");
    }

    #[test]
    fn the_notice_speaks_the_uis_language_with_its_plurals() {
        let news = News { warnings: 0, total_warnings: 5, requests: 0, total_requests: 2 };
        let title = |warnings| notice(News { warnings, ..news }, Language::Pl).unwrap().0;
        assert_eq!(title(1), "1 kontakt wymaga uwagi");
        assert_eq!(title(3), "3 kontakty wymagają uwagi");
        assert_eq!(title(5), "5 kontaktów wymaga uwagi");
        let (title, body) = notice(News { requests: 1, ..news }, Language::De).unwrap();
        assert_eq!(title, "1 Anfrage ist bald fällig oder überfällig");
        assert!(body.contains("insgesamt 2"), "{body}");
        for language in Language::ALL {
            let (title, body) = notice(News { warnings: 2, requests: 2, ..news }, language).unwrap();
            assert!(!title.contains("notify-") && !body.contains("notify-"), "{language}: {title} / {body}");
            assert!(body.contains('5') && body.contains('2'), "{language}: {body}");
        }
    }
}
