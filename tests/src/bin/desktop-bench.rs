//! What a person feels in the desktop app at the benchmark's scale: start to unlock screen,
//! unlock to first list, keystroke to search results, scroll to a far page of the list.
//! A benchmark program, not a test. Run through `cargo xtask bench --desktop` (release build, Xvfb, UI built),
//! after `cargo xtask bench` has created the benchmark vault.
//!
//! Each figure is split into stages: the app marks named moments (`ui/src/lib/moments.ts`)
//! read here through WebDriver; the process start comes from `/proc`; the core's share and
//! serialising its answer are timed in this process on the same vault, after the app has closed.
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

/// The app's named moments (`ui/src/lib/moments.ts`) as wall-clock milliseconds since the epoch,
/// the last of each name.
const MOMENTS_JS: &str = "
const out = {};
for (const e of performance.getEntriesByType('mark'))
  if (e.name.startsWith('custos:')) out[e.name.slice(7)] = performance.timeOrigin + e.startTime;
out['navigation'] = performance.timeOrigin;
const page = performance.getEntriesByType('navigation')[0];
if (page) out['page-loaded'] = performance.timeOrigin + page.responseEnd;
return out;";

/// The app's IPC calls (`ipc:<command>` measures, `ui/src/lib/moments.ts`): command, start and
/// end in wall-clock milliseconds since the epoch.
const CALLS_JS: &str = "
return performance.getEntriesByType('measure').filter(e => e.name.startsWith('ipc:')).map(e => ({
  cmd: e.name.slice(4), start: performance.timeOrigin + e.startTime, end: performance.timeOrigin + e.startTime + e.duration,
}));";

/// Runs `arguments[1]` searches through the search box, cycling over the queries in
/// `arguments[0]`, each to its results on screen; resolves when done (for the memory figures).
const SEARCH_MANY_JS: &str = "
const [queries, count, done] = [arguments[0], arguments[1], arguments[arguments.length - 1]];
const box = document.querySelector('#global-search');
const set = v => { box.value = v; box.dispatchEvent(new Event('input', { bubbles: true })); };
const hits = () => document.querySelectorAll('[data-testid=search-hit]').length;
const frame = () => new Promise(r => requestAnimationFrame(() => r()));
(async () => {
  for (let i = 0; i < count; i++) {
    set('');
    while (hits() > 0) await frame();
    set(queries[i % queries.length]);
    const t0 = performance.now();
    while (hits() === 0 && performance.now() - t0 < 5000) await frame();
  }
  set('');
  done(true);
})();";

/// The three batches of 100 searches the memory figures are taken over: what WebKit's and the
/// app's processes grew by in each, and the page's elements after it.
const MEMORY_BATCHES: [[&str; 3]; 3] = [
    [
        "memory: WebKit grew over searches 1-100 (MiB, not ms)",
        "memory: the app grew over searches 1-100 (MiB, not ms)",
        "memory: elements on the page after searches 1-100 (count, not ms)",
    ],
    [
        "memory: WebKit grew over searches 101-200 (MiB, not ms)",
        "memory: the app grew over searches 101-200 (MiB, not ms)",
        "memory: elements on the page after searches 101-200 (count, not ms)",
    ],
    [
        "memory: WebKit grew over searches 201-300 (MiB, not ms)",
        "memory: the app grew over searches 201-300 (MiB, not ms)",
        "memory: elements on the page after searches 201-300 (count, not ms)",
    ],
];

/// 100 searches straight over IPC, one after the other, nothing drawn.
const IPC_MANY_JS: &str = "
const [queries, count, done] = [arguments[0], arguments[1], arguments[arguments.length - 1]];
(async () => {
  for (let i = 0; i < count; i++) {
    await window.__TAURI_INTERNALS__.invoke('search', { query: queries[i % queries.length], limit: 50 });
  }
  done(true);
})();";

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

fn report(name: &str, samples: Vec<f64>) {
    report_in(name, samples, None);
}

/// A row of the table; `worst` names the sample labels of the slowest samples (e.g. queries).
fn report_in(name: &str, samples: Vec<f64>, worst: Option<&[String]>) {
    let mut labelled: Vec<(f64, &str)> = samples
        .iter()
        .enumerate()
        .map(|(i, &v)| (v, worst.and_then(|w| w.get(i)).map_or("", String::as_str)))
        .collect();
    labelled.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut names: Vec<&str> = Vec::new();
    for (_, label) in &labelled {
        if !label.is_empty() && !names.contains(label) && names.len() < 3 {
            names.push(label);
        }
    }
    report_sorted(name, samples, &names.join(", "));
}

fn report_sorted(name: &str, mut samples: Vec<f64>, worst: &str) {
    samples.sort_by(f64::total_cmp);
    println!(
        "| {name} | {:.1} | {:.1} | {:.1} | {} | {worst} |",
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

/// Milliseconds since the epoch now.
fn epoch_ms() -> f64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

/// When the newest `custos-desktop` process started, in milliseconds since the epoch (from its
/// start time in clock ticks since boot and the uptime now: 10 ms resolution).
fn app_started_at() -> Option<f64> {
    let mut newest: Option<u64> = None;
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let comm = std::fs::read_to_string(entry.path().join("comm")).unwrap_or_default();
        if comm.trim() != "custos-desktop" {
            continue;
        }
        let stat = std::fs::read_to_string(entry.path().join("stat")).unwrap_or_default();
        // Field 22 (starttime), counted after the command's closing parenthesis (field 2).
        let after = stat.rsplit_once(')').map(|(_, rest)| rest).unwrap_or_default();
        if let Some(ticks) = after.split_whitespace().nth(19).and_then(|t| t.parse::<u64>().ok()) {
            newest = Some(newest.map_or(ticks, |n| n.max(ticks)));
        }
    }
    let uptime: f64 = std::fs::read_to_string("/proc/uptime").ok()?.split_whitespace().next()?.parse().ok()?;
    // USER_HZ is 100 on Linux (sysconf(_SC_CLK_TCK)).
    Some(epoch_ms() - (uptime * 1000.0 - newest? as f64 * 10.0))
}

async fn moments(c: &fantoccini::Client) -> std::collections::HashMap<String, f64> {
    let v = c.execute(MOMENTS_JS, vec![]).await.unwrap_or_else(|e| panic!("reading the marks: {e}"));
    serde_json::from_value(v).unwrap_or_default()
}

/// Waits until the app has marked `moment`.
async fn moment(c: &fantoccini::Client, name: &str) -> f64 {
    for _ in 0..500 {
        if let Some(&t) = moments(c).await.get(name) {
            return t;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("the app never marked {name}")
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// A process as `/proc/<pid>/status` describes it.
struct Proc {
    pid: u32,
    parent: u32,
    name: String,
    rss_kib: u64,
}

fn processes() -> Vec<Proc> {
    let entries = std::fs::read_dir("/proc").into_iter().flatten().flatten();
    entries
        .filter_map(|e| {
            let pid: u32 = e.file_name().to_str()?.parse().ok()?;
            let status = std::fs::read_to_string(e.path().join("status")).ok()?;
            let field = |name: &str| {
                status.lines().find_map(|l| l.strip_prefix(name).map(|v| v.trim().trim_end_matches(" kB").to_owned()))
            };
            let rss_kib = field("VmRSS:").and_then(|v| v.parse().ok()).unwrap_or(0);
            Some(Proc { pid, parent: field("PPid:")?.parse().ok()?, name: field("Name:")?, rss_kib })
        })
        .collect()
}

/// Resident memory in MiB of the newest `custos-desktop` process and of the processes it
/// started (WebKit's web and network processes), from `/proc/<pid>/status`.
fn app_memory() -> (f64, f64) {
    let procs = processes();
    let Some(app) = procs.iter().filter(|p| p.name == "custos-desktop").map(|p| p.pid).max() else {
        return (0.0, 0.0);
    };
    let mib =
        |pick: &dyn Fn(&Proc) -> bool| procs.iter().filter(|p| pick(p)).map(|p| p.rss_kib).sum::<u64>() as f64 / 1024.0;
    (mib(&|p| p.pid == app), mib(&|p| p.parent == app))
}

/// Samples per stage, in the order they are printed.
#[derive(Default)]
struct Stages(Vec<(&'static str, Vec<f64>)>);

impl Stages {
    fn push(&mut self, name: &'static str, value: f64) {
        match self.0.iter_mut().find(|(n, _)| *n == name) {
            Some((_, v)) => v.push(value),
            None => self.0.push((name, vec![value])),
        }
    }
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
    // Its key slots go with it (docs/KEYS.md): a vault is two files.
    let keys = custos_core::vault::keys_path(&vault);
    std::os::unix::fs::symlink(&keys, custos_core::vault::keys_path(&home.vault()))
        .unwrap_or_else(|e| panic!("link the key file: {e}"));
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
    let mut searched = Vec::new();
    let mut stages = Stages::default();
    let mut calls_after_unlock = Vec::new();
    for round in 0..rounds {
        let asked = epoch_ms();
        let t = Instant::now();
        let c = driver.session().await;
        find(&c, "#unlock-passphrase").await;
        start.push(ms(t.elapsed()));
        let screen = moment(&c, "unlock-screen").await;
        let marks = moments(&c).await;
        let at = |name: &str| marks.get(name).copied().unwrap_or(f64::NAN);
        if let Some(process) = app_started_at() {
            stages.push("start: WebKitWebDriver starts the app (session asked → process start)", process - asked);
            stages.push("start: the app's own part (process start → unlock screen with operators)", screen - process);
            stages.push(
                "start: process start → the window's page is asked for (Tauri and WebKit start)",
                at("navigation") - process,
            );
        }
        stages.push("start: page asked for → page loaded (index.html)", at("page-loaded") - at("navigation"));
        stages.push(
            "start: page loaded → the script runs (the bundle loaded, parsed, compiled)",
            at("script") - at("page-loaded"),
        );
        {}
        stages.push("start: script → the shell answers what to show (app_info)", at("app-info") - at("script"));
        stages.push("start: app_info → unlock screen with operators (unlocking)", screen - at("app-info"));
        fill(&c, "#unlock-passphrase", passphrase).await;
        let t = Instant::now();
        click(&c, "[data-testid=unlock-submit]").await;
        find(&c, "[data-testid=contact-row]").await;
        unlock.push(ms(t.elapsed()));
        let listed = moment(&c, "first-list").await;
        let marks = moments(&c).await;
        let at = |name: &str| marks.get(name).copied().unwrap_or(f64::NAN);
        stages.push("unlock: the app's own part (click → first list page in the DOM)", listed - at("unlock-click"));
        stages.push(
            "unlock: click → the shell has unlocked (key derivation, open, settings)",
            at("unlocked") - at("unlock-click"),
        );
        stages.push("unlock: unlocked → first list page in the DOM (main screen, list call)", listed - at("unlocked"));
        if round + 1 == rounds {
            // The calls around the first list, in the last round, relative to the click.
            let calls = c.execute(CALLS_JS, vec![]).await.unwrap_or_default();
            let click = at("unlock-click");
            for call in calls.as_array().into_iter().flatten() {
                let start = call["start"].as_f64().unwrap_or(f64::NAN) - click;
                let end = call["end"].as_f64().unwrap_or(f64::NAN) - click;
                if start >= -1.0 && start < listed - click + 500.0 {
                    calls_after_unlock
                        .push(format!("| {} | {start:.0} | {end:.0} |", call["cmd"].as_str().unwrap_or("?")));
                }
            }
            calls_after_unlock.push(format!("| (first list page in the DOM) | {:.0} | |", listed - click));
        }
        // A person reaches for the search box a moment after the list appears; by then the
        // app's own after-unlock work (the day's warnings, 1.5 s after unlocking) is done.
        tokio::time::sleep(AFTER_UNLOCK).await;
        let (app, webkit) = app_memory();
        stages.push("memory after unlocking: the app's process (MiB, not ms)", app);
        stages.push("memory after unlocking: WebKit's processes (MiB, not ms)", webkit);
        stages.push("memory after unlocking: together (MiB, not ms)", app + webkit);
        for q in QUERIES {
            let [screen, dom] = js_times(&c, SEARCH_JS, serde_json::json!(q)).await;
            search.push(screen);
            search_dom.push(dom);
            searched.push((*q).to_owned());
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
        // Memory across 300 more searches through the search box, in three batches of 100:
        // growth that stops after the first batch is the JavaScript heap finding its size;
        // growth in every batch is a leak. The page's element count tells the UI's part.
        let (app_before, webkit_before) = app_memory();
        let mut last = (app_before, webkit_before);
        for (batch, [webkit_grew, app_grew, elements]) in MEMORY_BATCHES.iter().enumerate() {
            let many = c.execute_async(SEARCH_MANY_JS, vec![serde_json::json!(QUERIES), serde_json::json!(100)]).await;
            many.unwrap_or_else(|e| panic!("searching 100 times: {e}"));
            tokio::time::sleep(SETTLE).await;
            let now = app_memory();
            stages.push(webkit_grew, now.1 - last.1);
            stages.push(app_grew, now.0 - last.0);
            let count = c.execute("return document.getElementsByTagName('*').length", vec![]).await;
            stages.push(elements, count.ok().and_then(|v| v.as_f64()).unwrap_or(-1.0));
            last = now;
            if batch == 0 {
                stages.push("memory after 100 more searches: together (MiB, not ms)", now.0 + now.1);
                stages.push("memory after 100 more searches: the app's process (MiB, not ms)", now.0);
                stages.push("memory: the app's process grew over the 100 searches (MiB, not ms)", now.0 - app_before);
                stages
                    .push("memory: WebKit's processes grew over the 100 searches (MiB, not ms)", now.1 - webkit_before);
            }
        }
        // The same 100 searches straight over IPC, nothing drawn: the IPC's part of the growth.
        let ipc_many = c.execute_async(IPC_MANY_JS, vec![serde_json::json!(QUERIES), serde_json::json!(100)]).await;
        ipc_many.unwrap_or_else(|e| panic!("searching 100 times over IPC: {e}"));
        tokio::time::sleep(SETTLE).await;
        let now = app_memory();
        stages.push("memory: WebKit grew over 100 searches over IPC, nothing drawn (MiB, not ms)", now.1 - last.1);
        c.close().await.unwrap_or_else(|e| panic!("closing the app: {e}"));
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    drop(driver);

    // The core's share, in this process on the same vault, the app closed: as the app calls it.
    let (mut kdf, mut open, mut first_page) = (Vec::new(), Vec::new(), Vec::new());
    let (mut core_search, mut json_search, mut json_bytes) = (Vec::new(), Vec::new(), Vec::new());
    let (mut core_page, mut json_page) = (Vec::new(), Vec::new());
    let pass = custos_core::Passphrase::new(passphrase);
    for round in 0..rounds {
        let t = Instant::now();
        let key = custos_core::vault::sqlcipher_key(&home.vault(), &pass, "");
        kdf.push(ms(t.elapsed()));
        drop(key.unwrap_or_else(|e| panic!("derive the key: {e}")));
        let t = Instant::now();
        let v = custos_core::Vault::open(&home.vault(), &pass, custos_core::Session::new(""))
            .unwrap_or_else(|e| panic!("open the benchmark vault: {e}"));
        open.push(ms(t.elapsed()));
        let t = Instant::now();
        let first = custos_core::contacts::ContactQuery { limit: 50, ..Default::default() };
        v.contacts().list(&first).unwrap_or_else(|e| panic!("list: {e}"));
        first_page.push(ms(t.elapsed()));
        for q in QUERIES {
            let t = Instant::now();
            let hits = v.search(q, 50).unwrap_or_else(|e| panic!("search: {e}"));
            core_search.push(ms(t.elapsed()));
            let t = Instant::now();
            let json = serde_json::to_vec(&hits).unwrap_or_default();
            json_search.push(ms(t.elapsed()));
            json_bytes.push(json.len() as f64 / 1024.0);
        }
        for offset in far_rows(round) {
            let query = custos_core::contacts::ContactQuery { offset: offset as u32, limit: 100, ..Default::default() };
            let t = Instant::now();
            let page = v.contacts().list(&query).unwrap_or_else(|e| panic!("list: {e}"));
            core_page.push(ms(t.elapsed()));
            let t = Instant::now();
            drop(serde_json::to_vec(&page));
            json_page.push(ms(t.elapsed()));
        }
        v.lock();
    }
    let queries: Vec<String> = (0..rounds).flat_map(|_| QUERIES.iter().map(|q| (*q).to_owned())).collect();

    println!("| what the person does → sees | p50 (ms) | p95 (ms) | max (ms) | samples | slowest |");
    println!("|---|---:|---:|---:|---:|---|");
    report("start the app → unlock screen (includes WebKitWebDriver starting the app)", start);
    report("click Unlock → first page of the contact list (includes key derivation, WebDriver's click)", unlock);
    report_in("type a search → results on screen", search, Some(&searched));
    report("scroll to a far part of the list → rows filled", scroll);
    println!();
    println!("| stage | p50 (ms) | p95 (ms) | max (ms) | samples | slowest |");
    println!("|---|---:|---:|---:|---:|---|");
    for (name, samples) in stages.0 {
        report(name, samples);
    }
    report("unlock: core, in this process: key derivation (Argon2id, the slot's data key)", kdf);
    report("unlock: core, in this process: open the vault (key derivation included)", open);
    report("unlock: core, in this process: first list page (50 rows) after opening", first_page);
    report_in("search: core, in this process (50 hits)", core_search, Some(&queries));
    report_in("search: serialising the hits to JSON", json_search, Some(&queries));
    report_in("search: the hits' JSON size (KiB, not ms)", json_bytes, Some(&queries));
    report_in("search: over IPC, no rendering (core + JSON + IPC)", search_ipc, Some(&queries));
    report_in("search: results in the DOM, before painting (+ UI update)", search_dom, Some(&searched));
    report("scroll: core, in this process: far rows (100)", core_page);
    report("scroll: serialising the far rows to JSON", json_page);
    report("scroll: the far rows (100, as the app asks) over IPC, no rendering", page_ipc);
    report("scroll: far rows in the DOM, before painting", scroll_dom);
    println!();
    println!("| IPC call around the first list (last round) | sent (ms after the click) | answered |");
    println!("|---|---:|---:|");
    for line in calls_after_unlock {
        println!("{line}");
    }
}
