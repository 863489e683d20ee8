//! What a person feels in the desktop app at the benchmark's scale: start to unlock screen,
//! unlock to first list, keystroke to search results, scroll to a far page of the list.
//! A benchmark program, not a test. Run through `cargo xtask bench --desktop` (release build, Xvfb, UI built),
//! after `cargo xtask bench` has created the benchmark vault.
//!
//! Usage: desktop-bench [ROUNDS] — opens `target/bench/`'s default-size vault.

use std::time::{Duration, Instant};

use custos_e2e::desktop::{AppHome, Driver, click, fill, find};

const QUERIES: &[&str] = &["zolkiewska", "sorensen", "петров", "kow", "lodz", "szkolenie", "invoice", "anna now"];

/// Sets the search box to `q` as typing would and resolves with the milliseconds until the
/// results for it are on screen (measured in the page, so WebDriver's round trips are not
/// counted), and until they were in the page's DOM (before WebKit painted them).
const SEARCH_JS: &str = "
const [q, done] = [arguments[0], arguments[arguments.length - 1]];
const box = document.querySelector('#global-search');
const set = v => { box.value = v; box.dispatchEvent(new Event('input', { bubbles: true })); };
const hits = () => document.querySelectorAll('[data-testid=search-hit]').length;
set('');
const cleared = performance.now();
const waitClear = () => {
  if (hits() === 0 && performance.now() - cleared > 400 || performance.now() - cleared > 2000) {
    let inDom = -1;
    const seen = new MutationObserver(() => { if (inDom < 0 && hits() > 0) inDom = performance.now() - t0; });
    seen.observe(document.body, { subtree: true, childList: true });
    const t0 = performance.now();
    set(q);
    const tick = () => {
      const t = performance.now() - t0;
      if (hits() > 0) { seen.disconnect(); done([t, inDom < 0 ? t : inDom]); }
      else if (t > 5000) done([-1, -1]);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  } else requestAnimationFrame(waitClear);
};
requestAnimationFrame(waitClear);";

/// Scrolls the contact list to row `arguments[0]` and resolves with the milliseconds until
/// that row shows a name on screen, and until it had one in the DOM (before painting).
const SCROLL_JS: &str = "
const [index, done] = [arguments[0], arguments[arguments.length - 1]];
const viewport = document.querySelector('[data-testid=contact-list] .viewport, .viewport');
const filled = () => {
  const row = document.querySelector('[data-testid=contact-row][data-index=\"' + index + '\"] .name');
  return row !== null && row.textContent.trim() !== '';
};
let inDom = -1;
const seen = new MutationObserver(() => { if (inDom < 0 && filled()) inDom = performance.now() - t0; });
seen.observe(viewport, { subtree: true, childList: true, characterData: true });
const t0 = performance.now();
viewport.scrollTop = index * 56;
const tick = () => {
  const t = performance.now() - t0;
  if (filled()) { seen.disconnect(); done([t, inDom < 0 ? t : inDom]); }
  else if (t > 5000) done([-1, -1]);
  else requestAnimationFrame(tick);
};
requestAnimationFrame(tick);";

/// Calls a command straight over IPC and resolves with the milliseconds to its answer: the
/// share of the figures above that is the core plus IPC, without rendering.
const IPC_JS: &str = "
const [cmd, args, done] = [arguments[0], arguments[1], arguments[arguments.length - 1]];
const t0 = performance.now();
window.__TAURI_INTERNALS__.invoke(cmd, args).then(() => done(performance.now() - t0), () => done(-1));";

/// The rows a round jumps to: far apart, different each round, never one already loaded.
fn far_rows(round: usize) -> [usize; 6] {
    [50_000, 99_000, 20_000, 75_000, 5_000, 35_000].map(|base| (base + round * 1_013) % 99_950)
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[i]
}

fn report(name: &str, mut samples: Vec<f64>) {
    samples.sort_by(f64::total_cmp);
    println!(
        "| {name} | {:.1} | {:.1} | {:.1} | {} |",
        percentile(&samples, 0.5),
        percentile(&samples, 0.95),
        samples.last().copied().unwrap_or(f64::NAN),
        samples.len()
    );
}

/// How long the page is left alone before each timed action: a person does not act again
/// within this of the last result appearing, and WebKit is still painting that result for a
/// few frames (see docs/BENCHMARKS.md), which would otherwise be counted against the next one.
const SETTLE: Duration = Duration::from_millis(400);

/// The pause after unlocking before the first timed action.
const AFTER_UNLOCK: Duration = Duration::from_secs(2);

/// Runs a timing script that answers `[on screen, in the DOM]` in milliseconds, after
/// leaving the page to settle.
async fn js_times(c: &fantoccini::Client, script: &str, arg: serde_json::Value) -> [f64; 2] {
    tokio::time::sleep(SETTLE).await;
    let v = c.execute_async(script, vec![arg]).await.unwrap_or_else(|e| panic!("script failed: {e}"));
    let times = [0, 1].map(|i| v.get(i).and_then(serde_json::Value::as_f64).unwrap_or(-1.0));
    assert!(times.iter().all(|&t| t >= 0.0), "timed out waiting in the page: {times:?}");
    times
}

async fn js_ms2(c: &fantoccini::Client, script: &str, a: serde_json::Value, b: serde_json::Value) -> f64 {
    let v = c.execute_async(script, vec![a, b]).await.unwrap_or_else(|e| panic!("script failed: {e}"));
    let ms = v.as_f64().unwrap_or(-1.0);
    assert!(ms >= 0.0, "the command failed");
    ms
}

#[tokio::main]
async fn main() {
    let rounds: usize = std::env::args().nth(1).and_then(|r| r.parse().ok()).unwrap_or(5);
    let vault = custos_bench::default_vault(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/bench"));
    let Ok(vault) = std::fs::canonicalize(&vault) else {
        eprintln!("No benchmark vault at {}: run `cargo xtask bench` first.", vault.display());
        std::process::exit(1);
    };
    let passphrase = custos_bench::PASSPHRASE;
    // The app as a user of this machine gets it: under Xvfb, with no GPU, no compositing.
    let home = AppHome::as_installed();
    std::os::unix::fs::symlink(&vault, home.vault()).unwrap_or_else(|e| panic!("link the vault: {e}"));
    // The app backs the vault up after an unlock when no backup is a day old, which would run
    // beside the first round's searches: one made now (into `backups` beside the link) keeps
    // that out of these figures. Backups have their own: `custos-bench --backups`.
    let opened = custos_core::Vault::open(
        &home.vault(),
        &custos_core::Passphrase::new(custos_bench::PASSPHRASE),
        custos_core::Session::new("benchmark"),
    );
    let vault_now = opened.unwrap_or_else(|e| panic!("open the benchmark vault: {e}"));
    vault_now.auto_backup(|_, _| {}).unwrap_or_else(|e| panic!("back the benchmark vault up: {e}"));
    vault_now.lock();
    // Build the app first, so the first round times the app and not the compiler.
    custos_e2e::desktop::desktop_bin();
    let driver = Driver::start(&home, 4464);

    let (mut start, mut unlock) = (Vec::new(), Vec::new());
    let (mut search, mut scroll) = (Vec::new(), Vec::new());
    let (mut search_dom, mut scroll_dom) = (Vec::new(), Vec::new());
    let (mut search_ipc, mut page_ipc) = (Vec::new(), Vec::new());
    for round in 0..rounds {
        let t = Instant::now();
        let c = driver.session().await;
        find(&c, "#unlock-passphrase").await;
        start.push(t.elapsed().as_secs_f64() * 1000.0);
        fill(&c, "#operator", "Benchmark").await;
        fill(&c, "#unlock-passphrase", passphrase).await;
        let t = Instant::now();
        click(&c, "[data-testid=unlock-submit]").await;
        find(&c, "[data-testid=contact-row]").await;
        unlock.push(t.elapsed().as_secs_f64() * 1000.0);
        // A person reaches for the search box a moment after the list appears; by then the
        // app's own after-unlock work (the day's warnings, 1.5 s after unlocking) is done.
        tokio::time::sleep(AFTER_UNLOCK).await;
        for q in QUERIES {
            let [screen, dom] = js_times(&c, SEARCH_JS, serde_json::json!(q)).await;
            search.push(screen);
            search_dom.push(dom);
        }
        for index in far_rows(round) {
            let [screen, dom] = js_times(&c, SCROLL_JS, serde_json::json!(index)).await;
            scroll.push(screen);
            scroll_dom.push(dom);
        }
        for q in QUERIES {
            let args = serde_json::json!({ "query": q, "limit": 50 });
            search_ipc.push(js_ms2(&c, IPC_JS, serde_json::json!("search"), args).await);
        }
        for offset in far_rows(round) {
            let query = serde_json::json!({ "status": null, "restricted": false, "offset": offset, "limit": 100 });
            page_ipc.push(
                js_ms2(&c, IPC_JS, serde_json::json!("list_contacts"), serde_json::json!({ "query": query })).await,
            );
        }
        c.close().await.unwrap_or_else(|e| panic!("closing the app: {e}"));
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    println!("| what the person does → sees | p50 (ms) | p95 (ms) | max (ms) | samples |");
    println!("|---|---:|---:|---:|---:|");
    report("start the app → unlock screen (includes WebKitWebDriver starting the app)", start);
    report("click Unlock → first page of the contact list (includes key derivation)", unlock);
    report("type a search → results on screen", search);
    report("scroll to a far part of the list → rows filled", scroll);
    report("of which: search results in the DOM, before painting", search_dom);
    report("of which: far rows in the DOM, before painting", scroll_dom);
    report("of which: search over IPC, no rendering", search_ipc);
    report("of which: the far rows (100, as the app asks) over IPC, no rendering", page_ipc);
}
