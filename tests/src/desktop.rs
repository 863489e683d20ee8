//! Drives the real desktop app: tauri-driver starts WebKitWebDriver, which starts the app in
//! a real (Xvfb) window; fantoccini speaks WebDriver to it.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;

/// How long to wait for an element or a state before failing.
pub const WAIT: Duration = Duration::from_secs(20);

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The desktop binary, built once per run (the UI must have been built into ui/dist first:
/// `cargo xtask test` does that).
pub fn desktop_bin() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        assert!(workspace().join("ui/dist/index.html").exists(), "build the UI first: npm run build in ui/");
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        // The app is built with the same profile as the program driving it (the benchmark
        // runs in release, the tests in debug), and found beside it.
        let exe = std::env::current_exe().unwrap_or_default();
        let dir = exe.parent().map(Path::to_path_buf).unwrap_or_default();
        // Test binaries live in <profile>/deps, other binaries in <profile>.
        let profile_dir =
            if dir.ends_with("deps") { dir.parent().map(Path::to_path_buf).unwrap_or_default() } else { dir };
        let mut build = Command::new(cargo);
        if profile_dir.file_name().is_some_and(|n| n == "release") {
            build.args(["build", "--quiet", "--release", "-p", "custos-desktop", "--bin", "custos-desktop"]);
        } else {
            build.args(crate::build_like_the_tests("custos-desktop"));
        }
        let status = build.current_dir(workspace()).status();
        assert!(status.is_ok_and(|s| s.success()), "building the desktop app failed");
        let bin = profile_dir.join("custos-desktop");
        assert!(bin.exists(), "no desktop binary at {}", bin.display());
        bin
    })
}

/// A temp home for one app: its vault, config and data folders, and its D-Bus session bus.
#[derive(Debug)]
pub struct AppHome {
    /// A session bus of its own, or none (the app then starts without the single-instance
    /// plugin, as under a bare `xvfb-run` in CI). Ended before its folder goes.
    bus: Option<SessionBus>,
    pub dir: tempfile::TempDir,
    /// Whether the app is told to composite (`CUSTOS_COMPOSITING=on`) whatever the machine.
    composited: bool,
    /// The operating system's language the app sees (`LANGUAGE`): English unless a test
    /// asks for another, whatever the machine running the tests is set to.
    language: &'static str,
}

impl AppHome {
    /// An app that composites on any machine, as on one with a GPU: WebKitWebDriver's
    /// screenshots hang without compositing, and the tests that take them need this.
    pub fn new() -> Self {
        AppHome {
            dir: tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}")),
            composited: true,
            bus: None,
            language: "en",
        }
    }

    /// An app that draws as it does for a user of this machine: under Xvfb, with no GPU,
    /// without compositing (no screenshots then).
    pub fn as_installed() -> Self {
        AppHome { composited: false, ..Self::new() }
    }

    /// An app on a computer whose system language is `language` ("pl", "de_DE.UTF-8").
    pub fn in_language(language: &'static str) -> Self {
        AppHome { language, ..Self::new() }
    }

    /// An app with a D-Bus session bus of its own, on which a second launch finds it.
    pub fn with_session_bus() -> Self {
        let home = Self::new();
        let bus = SessionBus::start(&home.dir.path().join("bus"));
        AppHome { bus: Some(bus), ..home }
    }

    pub fn vault(&self) -> PathBuf {
        self.dir.path().join("firm.custos")
    }

    fn envs(&self) -> Vec<(&'static str, PathBuf)> {
        // Never the desktop's own bus (a Custos the developer has open would take the tests'
        // launches): a bus of this home's, or an address where none answers.
        let bus = match &self.bus {
            Some(bus) => bus.address.clone(),
            None => format!("unix:path={}", self.dir.path().join("no-session-bus").display()),
        };
        let mut envs = vec![
            ("CUSTOS_VAULT", self.vault()),
            ("XDG_CONFIG_HOME", self.dir.path().join("config")),
            ("XDG_DATA_HOME", self.dir.path().join("data")),
            ("XDG_CACHE_HOME", self.dir.path().join("cache")),
            ("DBUS_SESSION_BUS_ADDRESS", PathBuf::from(bus)),
            ("LANGUAGE", PathBuf::from(self.language)),
        ];
        if self.composited {
            envs.push(("CUSTOS_COMPOSITING", PathBuf::from("on")));
        }
        envs
    }

    /// Launches the app as a plain process with this home's environment (and `env` over it),
    /// from the folder `cwd`, as a user's second launch while the one under the driver runs.
    pub fn launch(&self, args: &[&str], cwd: &Path, env: &[(&str, &str)]) -> Launched {
        let mut cmd = Command::new(desktop_bin());
        cmd.args(args).current_dir(cwd).stdout(Stdio::null()).stderr(Stdio::piped());
        for (k, v) in self.envs() {
            cmd.env(k, v);
        }
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = cmd.spawn().unwrap_or_else(|e| panic!("launching the app: {e}"));
        Launched { child, started: Instant::now() }
    }
}

impl Default for AppHome {
    fn default() -> Self {
        Self::new()
    }
}

/// An app launched as a plain process; killed on drop if it still runs.
#[derive(Debug)]
pub struct Launched {
    child: Child,
    started: Instant,
}

impl Launched {
    /// Waits up to `limit` for the app to end: its exit status, how long it ran and its stderr,
    /// or `None` if it still runs.
    pub fn ended_within(&mut self, limit: Duration) -> Option<(std::process::ExitStatus, Duration, String)> {
        while self.started.elapsed() < limit {
            match self.child.try_wait() {
                Ok(Some(status)) => {
                    let ran = self.started.elapsed();
                    let mut err = String::new();
                    if let Some(mut stderr) = self.child.stderr.take() {
                        let _ = std::io::Read::read_to_string(&mut stderr, &mut err);
                    }
                    return Some((status, ran, err));
                }
                Ok(None) => std::thread::sleep(Duration::from_millis(50)),
                Err(e) => panic!("waiting for the app: {e}"),
            }
        }
        None
    }

    /// Ends the app and returns what it wrote to stderr.
    pub fn kill(mut self) -> String {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let mut err = String::new();
        if let Some(mut stderr) = self.child.stderr.take() {
            let _ = std::io::Read::read_to_string(&mut stderr, &mut err);
        }
        err
    }
}

impl Drop for Launched {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// A private D-Bus session bus (`dbus-daemon --session`, package dbus-daemon), ended on drop.
#[derive(Debug)]
pub struct SessionBus {
    child: Child,
    pub address: String,
}

impl SessionBus {
    /// Starts a session bus listening on the socket `socket` and waits until it answers.
    pub fn start(socket: &Path) -> SessionBus {
        let address = format!("unix:path={}", socket.display());
        let child = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--nopidfile", &format!("--address={address}")])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("starting dbus-daemon (cargo xtask setup installs it): {e}"));
        let started = Instant::now();
        while std::os::unix::net::UnixStream::connect(socket).is_err() {
            assert!(started.elapsed() < WAIT, "dbus-daemon does not listen on {}", socket.display());
            std::thread::sleep(Duration::from_millis(20));
        }
        SessionBus { child, address }
    }
}

impl Drop for SessionBus {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// tauri-driver and the app it starts; killed on drop.
#[derive(Debug)]
pub struct Driver {
    child: Child,
    port: u16,
    /// The program a session starts.
    app: PathBuf,
}

impl Driver {
    /// Starts tauri-driver with the app's environment and waits until WebDriver answers; its
    /// sessions start this workspace's app.
    pub fn start(home: &AppHome, port: u16) -> Driver {
        Self::start_app(home, port, desktop_bin())
    }

    /// The same, for the app at `app` (e.g. the one a package installed).
    pub fn start_app(home: &AppHome, port: u16, app: &Path) -> Driver {
        let native = port + 1;
        let mut cmd = Command::new(tauri_driver());
        // Its own process group, so that dropping the driver also ends WebKitWebDriver and the app.
        std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
        cmd.args(["--port", &port.to_string(), "--native-port", &native.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        for (k, v) in home.envs() {
            cmd.env(k, v);
        }
        let child = cmd.spawn().unwrap_or_else(|e| panic!("starting tauri-driver: {e}"));
        for p in [port, native] {
            wait_for_port(p);
        }
        Driver { child, port, app: app.to_path_buf() }
    }

    /// Opens a WebDriver session: this launches the app.
    pub async fn session(&self) -> Client {
        self.session_with_args(&[]).await
    }

    /// Opens a WebDriver session launching the app with `args` (`custos-desktop ARGS`).
    pub async fn session_with_args(&self, args: &[&str]) -> Client {
        let mut caps = serde_json::Map::new();
        caps.insert(
            "tauri:options".into(),
            serde_json::json!({ "application": self.app.display().to_string(), "args": args }),
        );
        let started = Instant::now();
        loop {
            match ClientBuilder::new(HttpConnector::new())
                .capabilities(caps.clone())
                .connect(&format!("http://127.0.0.1:{}", self.port))
                .await
            {
                Ok(client) => return client,
                Err(e) if started.elapsed() < WAIT => {
                    eprintln!("waiting for a WebDriver session: {e}");
                    tokio::time::sleep(Duration::from_millis(500)).await;
                }
                Err(e) => panic!("no WebDriver session: {e}"),
            }
        }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let group = format!("-{}", self.child.id());
        let _ = Command::new("kill").args(["-TERM", "--", &group]).status();
        std::thread::sleep(Duration::from_millis(300));
        let _ = Command::new("kill").args(["-KILL", "--", &group]).stderr(Stdio::null()).status();
        let _ = self.child.wait();
    }
}

fn tauri_driver() -> PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_default();
    let in_cargo = home.join("bin/tauri-driver");
    if in_cargo.exists() { in_cargo } else { PathBuf::from("tauri-driver") }
}

fn wait_for_port(port: u16) {
    let started = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < WAIT,
            "nothing listens on port {port}: is tauri-driver / WebKitWebDriver installed?"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Waits for the first element matching `css`.
pub async fn find(c: &Client, css: &str) -> Element {
    match c.wait().at_most(WAIT).for_element(Locator::Css(css)).await {
        Ok(e) => e,
        Err(e) => {
            let saved = save_failure(c, css).await;
            panic!("no element {css}: {e} (window saved to {saved})")
        }
    }
}

/// Saves the window's screenshot and HTML to target/e2e-failures/ for a failed wait.
async fn save_failure(c: &Client, what: &str) -> String {
    let dir = workspace().join("target/e2e-failures");
    let _ = std::fs::create_dir_all(&dir);
    let name: String = what.chars().map(|ch| if ch.is_ascii_alphanumeric() { ch } else { '_' }).collect();
    if let Ok(png) = c.screenshot().await {
        let _ = std::fs::write(dir.join(format!("{name}.png")), png);
    }
    if let Ok(html) = c.source().await {
        let _ = std::fs::write(dir.join(format!("{name}.html")), html);
    }
    dir.join(&name).display().to_string()
}

/// Waits until an element matching `css` contains `text`.
pub async fn wait_text(c: &Client, css: &str, text: &str) -> Element {
    let started = Instant::now();
    loop {
        if let Ok(elements) = c.find_all(Locator::Css(css)).await {
            for e in elements {
                // textContent, not WebDriver's rendered text: the latter is empty for rows of the
                // virtualised list, which WebKitWebDriver does not consider displayed.
                if e.prop("textContent").await.is_ok_and(|t| t.is_some_and(|t| t.contains(text))) {
                    return e;
                }
            }
        }
        if started.elapsed() >= WAIT {
            let saved = save_failure(c, css).await;
            panic!("no {css} containing {text:?} (window saved to {saved})");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until no element matching `css` contains `text`.
pub async fn wait_gone(c: &Client, css: &str, text: &str) {
    let started = Instant::now();
    loop {
        let mut found = false;
        for e in c.find_all(Locator::Css(css)).await.unwrap_or_default() {
            found |= e.prop("textContent").await.is_ok_and(|t| t.is_some_and(|t| t.contains(text)));
        }
        if !found {
            return;
        }
        if started.elapsed() >= WAIT {
            let saved = save_failure(c, css).await;
            panic!("{css} still contains {text:?} (window saved to {saved})");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Types into the field matching `css` (after clearing it).
pub async fn fill(c: &Client, css: &str, text: &str) {
    let field = find(c, css).await;
    let _ = c.execute("arguments[0].scrollIntoView({ block: 'center' })", vec![serde_json::json!(field)]).await;
    field.clear().await.unwrap_or_else(|e| panic!("clear {css}: {e}"));
    field.send_keys(text).await.unwrap_or_else(|e| panic!("type into {css}: {e}"));
}

/// Clicks the first element matching `css` whose text contains `text`.
pub async fn click_text(c: &Client, css: &str, text: &str) {
    let element = wait_text(c, css, text).await;
    // In the middle of the view first: a long settings page may have it under the fold.
    let _ = c.execute("arguments[0].scrollIntoView({ block: 'center' })", vec![serde_json::json!(element)]).await;
    element.click().await.unwrap_or_else(|e| panic!("click {css} {text:?}: {e:?}"));
}

pub async fn click(c: &Client, css: &str) {
    find(c, css).await.click().await.unwrap_or_else(|e| panic!("click {css}: {e}"));
}

/// Saves a screenshot of the window to docs/screenshots/NAME.png.
pub async fn screenshot(c: &Client, name: &str) {
    // WebKitWebDriver under Xvfb can hand back the frame before the last change: take one,
    // let the compositor catch up, and keep the second.
    let shot = || async {
        match tokio::time::timeout(Duration::from_secs(20), c.screenshot()).await {
            Ok(png) => png.unwrap_or_else(|e| panic!("screenshot {name}: {e}")),
            Err(_) => panic!("screenshot {name}: no answer (without compositing it never comes: use AppHome::new())"),
        }
    };
    shot().await;
    tokio::time::sleep(Duration::from_millis(400)).await;
    let png = shot().await;
    let dir = workspace().join("docs/screenshots");
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    std::fs::write(dir.join(format!("{name}.png")), png).unwrap_or_else(|e| panic!("write screenshot: {e}"));
}

/// Every INET socket of the app and its child processes (WebKit's web and network
/// processes), as "local -> remote" in hex from /proc/net.
pub fn inet_sockets_of(root_pid: u32) -> Vec<String> {
    let mut pids = vec![root_pid];
    let mut i = 0;
    while i < pids.len() {
        let children = std::fs::read_to_string(format!("/proc/{0}/task/{0}/children", pids[i])).unwrap_or_default();
        pids.extend(children.split_whitespace().filter_map(|p| p.parse::<u32>().ok()));
        i += 1;
    }
    let mut inodes = Vec::new();
    for pid in &pids {
        if let Ok(fds) = std::fs::read_dir(format!("/proc/{pid}/fd")) {
            for fd in fds.flatten() {
                if let Ok(target) = std::fs::read_link(fd.path()) {
                    let t = target.display().to_string();
                    if let Some(inode) = t.strip_prefix("socket:[").and_then(|r| r.strip_suffix(']')) {
                        inodes.push(inode.to_owned());
                    }
                }
            }
        }
    }
    let mut found = Vec::new();
    for table in ["tcp", "tcp6", "udp", "udp6"] {
        let text = std::fs::read_to_string(format!("/proc/net/{table}")).unwrap_or_default();
        for line in text.lines().skip(1) {
            let cols: Vec<&str> = line.split_whitespace().collect();
            if cols.len() > 9 && inodes.iter().any(|i| i == cols[9]) {
                found.push(format!("{table} {} -> {}", cols[1], cols[2]));
            }
        }
    }
    found
}

/// The pid of the running desktop app, if any.
pub fn app_pid() -> Option<u32> {
    let out = Command::new("pgrep").args(["-n", "-f", &desktop_bin().display().to_string()]).output().ok()?;
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}

/// The pids of every running desktop app.
pub fn app_pids() -> Vec<u32> {
    let out = Command::new("pgrep").args(["-f", &desktop_bin().display().to_string()]).output();
    let out = out.unwrap_or_else(|e| panic!("pgrep: {e}"));
    String::from_utf8_lossy(&out.stdout).split_whitespace().filter_map(|p| p.parse().ok()).collect()
}

/// The passphrase the desktop tests create their vaults with.
/// What in the window is cut off or lies over something else: each as "what: text". A text
/// that does not fit its box counts unless it is shown truncated with an ellipsis and a
/// tooltip; two visible controls or labels whose boxes cross count unless one holds the other.
pub async fn layout_problems(c: &Client) -> Vec<String> {
    const SCRIPT: &str = r##"
        // With a modal dialog open, the page behind it is inert: only the dialog counts.
        const dialogs = [...document.querySelectorAll("dialog[open]")];
        const scope = dialogs.length ? dialogs[dialogs.length - 1] : document;
        const visible = (e) => {
            const r = e.getBoundingClientRect();
            const s = getComputedStyle(e);
            // A label for screen readers only (1 px, clipped) is not on screen.
            const srOnly = r.width <= 2 || r.height <= 2 || (s.clip && s.clip !== "auto") || s.clipPath !== "none";
            return !srOnly && s.visibility !== "hidden" && s.display !== "none"
                && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
        };
        const name = (e) => `${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""} "${(e.textContent || e.value || "").trim().slice(0, 40)}"`;
        const problems = [];
        const texts = [...scope.querySelectorAll("button, label, h1, h2, h3, th, a, .badge, legend, summary, option:checked, [role=tab]")]
            .filter((e) => visible(e) && (e.textContent || "").trim());
        for (const e of texts) {
            const s = getComputedStyle(e);
            const cut = e.scrollWidth > e.clientWidth + 1 && s.overflowX !== "visible";
            const shownCut = s.textOverflow === "ellipsis" && (e.title || e.closest("[title]"));
            if (cut && !shownCut) problems.push(`cut off: ${name(e)} (${e.scrollWidth} > ${e.clientWidth})`);
        }
        const boxes = [...scope.querySelectorAll("button, label, input, select, textarea, h1, h2, h3, a, .badge")]
            .filter(visible);
        for (let i = 0; i < boxes.length; i++) {
            for (let j = i + 1; j < boxes.length; j++) {
                const a = boxes[i], b = boxes[j];
                if (a.contains(b) || b.contains(a)) continue;
                const p = a.getBoundingClientRect(), q = b.getBoundingClientRect();
                const x = Math.min(p.right, q.right) - Math.max(p.left, q.left);
                const y = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
                if (x > 2 && y > 2) problems.push(`overlap: ${name(a)} and ${name(b)}`);
            }
        }
        return problems;
    "##;
    let answer = c.execute(SCRIPT, vec![]).await.unwrap_or_else(|e| panic!("layout check: {e}"));
    serde_json::from_value(answer).unwrap_or_else(|e| panic!("layout check's answer: {e}"))
}

/// Sets the window's inner size (the app's minimum is 960×600).
pub async fn window_size(c: &Client, width: u32, height: u32) {
    c.set_window_size(width, height).await.unwrap_or_else(|e| panic!("window size {width}×{height}: {e}"));
    tokio::time::sleep(Duration::from_millis(300)).await;
}

pub const PASS: &str = "correct horse battery staple";

/// Creates a vault from the welcome screen, as Ola, with [`PASS`]; skips printing the
/// recovery kit; the empty list shows.
pub async fn create_vault(c: &Client) {
    click_text(c, "button", "Create a new vault").await;
    fill(c, "#operator", "Ola").await;
    fill(c, "#create-passphrase", PASS).await;
    fill(c, "#create-repeat", PASS).await;
    wait_text(c, "[data-testid=strength]", "strong").await;
    click(c, "[data-testid=create-submit]").await;
    skip_recovery_kit(c).await;
    wait_text(c, "main", "No contacts yet").await;
}

/// The step after creating a vault: the recovery kit is offered; skipped.
pub async fn skip_recovery_kit(c: &Client) {
    find(c, "[data-testid=kit-warning]").await;
    click(c, "[data-testid=kit-skip]").await;
}

/// Adds a contact through the new-contact dialog; its card opens.
pub async fn add_contact(c: &Client, name: &str, notes: &str) {
    click(c, "[data-testid=new-contact]").await;
    fill(c, "#new-name", name).await;
    if !notes.is_empty() {
        fill(c, "#new-notes", notes).await;
    }
    click(c, "[data-testid=new-contact-submit]").await;
    wait_text(c, "[data-testid=card-name]", name).await;
}
