//! Real Syncthing instances on loopback, for the team-sync test (issue 21, docs/TEAM.md
//! "Tests"): each instance has its own home in a temp directory, one folder (given by the
//! caller) shared with every other instance, and **no network address but 127.0.0.1**:
//!
//! - the sync protocol listens only on `tcp://127.0.0.1:<free port>`, and each device knows
//!   the others only by their explicit `tcp://127.0.0.1:<port>` address;
//! - the GUI/REST API listens on `127.0.0.1:<free port>` with a known API key;
//! - global discovery, local discovery (LAN broadcast/multicast), relays, NAT traversal
//!   (UPnP/NAT-PMP), STUN, usage reporting, crash reporting and auto-upgrade are off, and
//!   the announce/STUN/report/upgrade server lists are empty;
//! - the processes run with an empty environment (no proxy variable can send a dial
//!   elsewhere, no `STGUIADDRESS` can move the GUI).
//!
//! The whole configuration is written as `config.xml` before the first start (what Syncthing
//! 1.19, Debian's, reads at start-up), so nothing runs with a default that reaches outside
//! even for a moment; [`Syncthing::assert_loopback_only`] then checks the configuration that
//! Syncthing really loaded (through `/rest/config`) and the addresses it really listens on,
//! dialled and is connected to.

use std::fmt::Write as _;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The shared folder's id in every instance.
pub const FOLDER_ID: &str = "custos-team";
/// Every instance's API key (the GUI listens on loopback only).
const API_KEY: &str = "custos-e2e-syncthing-api-key";

/// The `syncthing` program on PATH, if installed (`cargo xtask setup` installs Debian's).
pub fn installed() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|dir| dir.join("syncthing")).find(|p| p.is_file())
}

/// A folder's files (relative path, bytes), sorted by path.
type Files = Vec<(PathBuf, Vec<u8>)>;

/// One running `syncthing serve`.
#[derive(Debug)]
pub struct Instance {
    /// Its device id (`XXXXXXX-…`).
    pub device_id: String,
    /// Its home (config, keys, database, `syncthing.log`).
    pub home: PathBuf,
    /// The folder it shares with the others.
    pub folder: PathBuf,
    /// GUI/REST API address (127.0.0.1).
    pub gui: SocketAddr,
    /// Sync protocol address (127.0.0.1).
    pub listen: SocketAddr,
    child: Child,
}

/// N Syncthing instances sharing one folder among them; dropping it kills them all.
#[derive(Debug)]
pub struct Syncthing {
    pub instances: Vec<Instance>,
    _homes: tempfile::TempDir,
}

impl Syncthing {
    /// Starts one instance per folder (each folder is created if missing, with Syncthing's
    /// `.stfolder` marker), all sharing [`FOLDER_ID`] with each other. Returns once the
    /// processes are started; [`Syncthing::wait_connected`] waits until they are connected.
    pub fn start(program: &Path, folders: &[&Path]) -> Result<Self, String> {
        let homes = tempfile::tempdir().map_err(|e| format!("temp dir: {e}"))?;
        // Ports: bound together (so all differ), then freed for Syncthing to take.
        let listeners: Vec<TcpListener> = (0..2 * folders.len())
            .map(|_| TcpListener::bind("127.0.0.1:0"))
            .collect::<Result<_, _>>()
            .map_err(|e| format!("a free port on 127.0.0.1: {e}"))?;
        let ports: Vec<SocketAddr> =
            listeners.iter().map(TcpListener::local_addr).collect::<Result<_, _>>().map_err(|e| e.to_string())?;
        drop(listeners);
        let mut planned = Vec::new();
        for (i, folder) in folders.iter().enumerate() {
            let home = homes.path().join(format!("home-{i}"));
            let out = Command::new(program)
                .args(["generate", "--no-default-folder", "--skip-port-probing", "--home"])
                .arg(&home)
                .env_clear()
                .env("HOME", &home)
                .output()
                .map_err(|e| format!("running {} generate: {e}", program.display()))?;
            if !out.status.success() {
                return Err(format!("syncthing generate failed: {}", String::from_utf8_lossy(&out.stderr)));
            }
            let device_id = device_id(program, &home)?;
            std::fs::create_dir_all(folder.join(".stfolder")).map_err(|e| format!("{}: {e}", folder.display()))?;
            let folder = std::fs::canonicalize(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
            planned.push((device_id, home, folder, ports[2 * i], ports[2 * i + 1]));
        }
        let devices: Vec<(String, SocketAddr)> = planned.iter().map(|p| (p.0.clone(), p.4)).collect();
        // Each instance joins `started` as soon as it runs, so an error later still kills it.
        let mut started = Syncthing { instances: Vec::new(), _homes: homes };
        for (i, (device_id, home, folder, gui, listen)) in planned.into_iter().enumerate() {
            std::fs::write(home.join("config.xml"), config_xml(i, &folder, gui, listen, &devices))
                .map_err(|e| format!("{}: {e}", home.display()))?;
            let log = std::fs::File::create(home.join("syncthing.log")).map_err(|e| e.to_string())?;
            let err = log.try_clone().map_err(|e| e.to_string())?;
            let child = Command::new(program)
                .args(["serve", "--no-browser", "--no-restart", "--no-upgrade", "--home"])
                .arg(&home)
                // Nothing from the caller's environment: no proxy, no GUI address override.
                .env_clear()
                .env("HOME", &home)
                .env("STNOUPGRADE", "1")
                .env("STNORESTART", "1")
                .env("STNODEFAULTFOLDER", "1")
                // Run Syncthing itself, not its monitor process that runs it as a child
                // (`--no-restart` keeps the monitor): killing this child then kills Syncthing.
                .env("STMONITORED", "1")
                .stdin(Stdio::null())
                .stdout(Stdio::from(log))
                .stderr(Stdio::from(err))
                .spawn()
                .map_err(|e| format!("starting {}: {e}", program.display()))?;
            started.instances.push(Instance { device_id, home, folder, gui, listen, child });
        }
        Ok(started)
    }

    /// Waits until every instance answers its REST API and is connected to every other.
    pub fn wait_connected(&mut self, timeout: Duration) -> Result<Duration, String> {
        let started = Instant::now();
        loop {
            let mut missing = Vec::new();
            for (i, me) in self.instances.iter().enumerate() {
                match rest(me, "GET", "/rest/system/connections") {
                    Ok(v) => {
                        for other in &self.instances {
                            if other.device_id != me.device_id
                                && v["connections"][&other.device_id]["connected"] != serde_json::Value::Bool(true)
                            {
                                missing.push(format!("instance {i} not connected to {}", other.device_id));
                            }
                        }
                    }
                    Err(e) => missing.push(format!("instance {i}: {e}")),
                }
            }
            if missing.is_empty() {
                return Ok(started.elapsed());
            }
            self.check_running()?;
            if started.elapsed() > timeout {
                return Err(format!("not connected after {timeout:?}: {missing:?}\n{}", self.logs()));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Asks every instance to scan the shared folder now (it also watches it, and rescans
    /// every few seconds).
    pub fn scan(&self) -> Result<(), String> {
        for me in &self.instances {
            rest(me, "POST", &format!("/rest/db/scan?folder={FOLDER_ID}"))?;
        }
        Ok(())
    }

    /// Waits until `path` (relative to the shared folder; a file or a directory, `""` for the
    /// whole folder) is the same in every instance's folder: the same files with the same
    /// bytes (Syncthing's marker and temporary files aside). For the whole folder, each
    /// instance must also report every other as 100 % complete. Returns how long it took.
    pub fn wait_until_in_sync(&mut self, path: &Path, timeout: Duration) -> Result<Duration, String> {
        let started = Instant::now();
        let mut scanned = None::<Instant>;
        loop {
            if scanned.is_none_or(|at| at.elapsed() > Duration::from_secs(2)) {
                self.scan()?;
                scanned = Some(Instant::now());
            }
            let trees: Vec<Result<Files, String>> = self.instances.iter().map(|me| tree(&me.folder, path)).collect();
            let mut differs = if trees[0].is_err() {
                Some(0)
            } else {
                (1..trees.len()).find(|&i| trees[i].is_err() || trees[i] != trees[0])
            };
            if differs.is_none() && path.as_os_str().is_empty() {
                differs = self.incomplete()?;
            }
            match differs {
                None => return Ok(started.elapsed()),
                Some(i) if started.elapsed() > timeout => {
                    let names = |t: &Result<Files, String>| -> String {
                        match t {
                            Ok(files) => format!("{:?}", files.iter().map(|f| &f.0).collect::<Vec<_>>()),
                            Err(e) => e.clone(),
                        }
                    };
                    return Err(format!(
                        "{} not in sync after {timeout:?}: instance 0 has {}, instance {i} has {}\n{}",
                        path.display(),
                        names(&trees[0]),
                        names(&trees[i]),
                        self.logs()
                    ));
                }
                Some(_) => {
                    self.check_running()?;
                    std::thread::sleep(Duration::from_millis(100));
                }
            }
        }
    }

    /// Syncthing's conflict copies (`*.sync-conflict-*`) in any instance's folder: there should
    /// be none, as each seat writes only its own files, each once (docs/TEAM.md).
    pub fn conflicts(&self) -> Result<Vec<PathBuf>, String> {
        let mut found = Vec::new();
        for me in &self.instances {
            for (path, _) in tree(&me.folder, Path::new(""))? {
                if path.to_string_lossy().contains(".sync-conflict-") {
                    found.push(me.folder.join(path));
                }
            }
        }
        Ok(found)
    }

    /// The first instance that does not see every other as complete (`/rest/db/completion`).
    fn incomplete(&self) -> Result<Option<usize>, String> {
        for (i, me) in self.instances.iter().enumerate() {
            for other in &self.instances {
                if other.device_id == me.device_id {
                    continue;
                }
                let v = rest(me, "GET", &format!("/rest/db/completion?folder={FOLDER_ID}&device={}", other.device_id))?;
                if v["completion"].as_f64() != Some(100.0) || v["needItems"].as_i64() != Some(0) {
                    return Ok(Some(i));
                }
            }
        }
        Ok(None)
    }

    /// Checks, in the configuration every instance really loaded and in what it really does,
    /// that no address but 127.0.0.1 is used: listen, device, GUI addresses on loopback;
    /// discovery (global and local), relays, NAT traversal, STUN, usage and crash reporting
    /// and upgrades off; listening, dialled and connected addresses on loopback; nothing
    /// discovered.
    pub fn assert_loopback_only(&self) -> Result<(), String> {
        let mut wrong = Vec::new();
        for (i, me) in self.instances.iter().enumerate() {
            let config = rest(me, "GET", "/rest/config")?;
            let status = rest(me, "GET", "/rest/system/status")?;
            let connections = rest(me, "GET", "/rest/system/connections")?;
            let discovered = rest(me, "GET", "/rest/system/discovery")?;
            let problems = config_problems(&config, self.instances.len()).into_iter().chain(runtime_problems(
                &status,
                &connections,
                &discovered,
            ));
            wrong.extend(problems.map(|p| format!("syncthing instance {i}: {p}")));
        }
        if wrong.is_empty() { Ok(()) } else { Err(wrong.join("\n")) }
    }

    /// An error if an instance has exited.
    fn check_running(&mut self) -> Result<(), String> {
        for (i, me) in self.instances.iter_mut().enumerate() {
            if let Ok(Some(status)) = me.child.try_wait() {
                let log = std::fs::read_to_string(me.home.join("syncthing.log")).unwrap_or_default();
                return Err(format!("syncthing instance {i} exited ({status}):\n{log}"));
            }
        }
        Ok(())
    }

    /// The last lines of every instance's log, for a failure message.
    pub fn logs(&self) -> String {
        let mut out = String::new();
        for (i, me) in self.instances.iter().enumerate() {
            let log = std::fs::read_to_string(me.home.join("syncthing.log")).unwrap_or_default();
            let lines: Vec<&str> = log.lines().collect();
            let _ = writeln!(out, "--- syncthing instance {i} ({}) log, last lines:", me.device_id);
            for line in &lines[lines.len().saturating_sub(30)..] {
                let _ = writeln!(out, "{line}");
            }
        }
        out
    }
}

impl Drop for Syncthing {
    fn drop(&mut self) {
        for me in &mut self.instances {
            let _ = me.child.kill();
            let _ = me.child.wait();
        }
    }
}

fn loopback(address: &str) -> bool {
    address.starts_with("tcp://127.0.0.1:") || address.starts_with("127.0.0.1:")
}

fn strings(v: &serde_json::Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().map(|s| s.as_str().unwrap_or("?").to_owned()).collect()).unwrap_or_default()
}

/// What in a configuration (as `/rest/config` gives it) could reach an address other than
/// 127.0.0.1, for an instance that should know `devices` devices (itself included).
fn config_problems(config: &serde_json::Value, devices: usize) -> Vec<String> {
    let mut wrong = Vec::new();
    let o = &config["options"];
    let listen = strings(&o["listenAddresses"]);
    if listen.is_empty() || !listen.iter().all(|a| loopback(a)) {
        wrong.push(format!("listens on {listen:?}"));
    }
    for off in [
        "globalAnnounceEnabled",
        "localAnnounceEnabled",
        "relaysEnabled",
        "natEnabled",
        "crashReportingEnabled",
        "announceLANAddresses",
        "startBrowser",
    ] {
        if o[off] != serde_json::Value::Bool(false) {
            wrong.push(format!("{off} is {}", o[off]));
        }
    }
    for zero in ["autoUpgradeIntervalH", "stunKeepaliveStartS"] {
        if o[zero].as_i64() != Some(0) {
            wrong.push(format!("{zero} is {}", o[zero]));
        }
    }
    // -1: usage reporting declined.
    if o["urAccepted"].as_i64() != Some(-1) {
        wrong.push(format!("urAccepted is {}", o["urAccepted"]));
    }
    for servers in ["globalAnnounceServers", "stunServers"] {
        let list = strings(&o[servers]);
        if list.iter().any(|s| !s.is_empty()) {
            wrong.push(format!("{servers} is {list:?}"));
        }
    }
    for url in ["urURL", "releasesURL", "crURL"] {
        if o[url].as_str() != Some("") {
            wrong.push(format!("{url} is {}", o[url]));
        }
    }
    let gui = config["gui"]["address"].as_str().unwrap_or_default();
    if !loopback(gui) {
        wrong.push(format!("GUI at {gui:?}"));
    }
    let known = config["devices"].as_array().cloned().unwrap_or_default();
    if known.len() != devices {
        wrong.push(format!("knows {} devices, not {devices}", known.len()));
    }
    for d in &known {
        let addresses = strings(&d["addresses"]);
        if addresses.is_empty() || !addresses.iter().all(|a| loopback(a)) {
            wrong.push(format!("device {} at {addresses:?}", d["deviceID"]));
        }
    }
    wrong
}

/// What an instance really does that uses an address other than 127.0.0.1: its listeners and
/// dialled addresses (`/rest/system/status`), its connections (`/rest/system/connections`),
/// anything discovered (`/rest/system/discovery`).
fn runtime_problems(
    status: &serde_json::Value,
    connections: &serde_json::Value,
    discovered: &serde_json::Value,
) -> Vec<String> {
    let mut wrong = Vec::new();
    for key in ["connectionServiceStatus", "lastDialStatus"] {
        let used: Vec<&String> = status[key].as_object().map(|m| m.keys().collect()).unwrap_or_default();
        if !used.iter().all(|a| loopback(a)) {
            wrong.push(format!("{key} has {used:?}"));
        }
    }
    let connected: Vec<String> = connections["connections"]
        .as_object()
        .map(|m| {
            m.values()
                .filter(|c| c["connected"] == serde_json::Value::Bool(true))
                .map(|c| c["address"].as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .unwrap_or_default();
    if !connected.iter().all(|a| loopback(a)) {
        wrong.push(format!("connected at {connected:?}"));
    }
    if discovered.as_object().is_none_or(|m| !m.is_empty()) {
        wrong.push(format!("discovered {discovered}"));
    }
    wrong
}

/// `syncthing --device-id --home HOME`.
fn device_id(program: &Path, home: &Path) -> Result<String, String> {
    let out = Command::new(program)
        .args(["--device-id", "--home"])
        .arg(home)
        .env_clear()
        .env("HOME", home)
        .output()
        .map_err(|e| format!("syncthing --device-id: {e}"))?;
    let id = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    if !out.status.success() || id.len() != 63 {
        return Err(format!("syncthing --device-id: {id:?} {}", String::from_utf8_lossy(&out.stderr)));
    }
    Ok(id)
}

/// The files under `folder/path` (or the file itself), sorted, with their bytes; Syncthing's
/// own files (`.stfolder`, temporary `.syncthing.*` / `~syncthing~*` files) left out.
fn tree(folder: &Path, path: &Path) -> Result<Files, String> {
    fn walk(root: &Path, rel: &Path, out: &mut Files) -> Result<(), String> {
        let full = root.join(rel);
        let meta = std::fs::metadata(&full).map_err(|e| format!("{}: {e}", full.display()))?;
        if meta.is_dir() {
            let mut names: Vec<std::ffi::OsString> = std::fs::read_dir(&full)
                .map_err(|e| format!("{}: {e}", full.display()))?
                .filter_map(|e| e.ok().map(|e| e.file_name()))
                .collect();
            names.sort();
            for name in names {
                let text = name.to_string_lossy();
                if text == ".stfolder" || text.starts_with(".syncthing.") || text.starts_with("~syncthing~") {
                    continue;
                }
                walk(root, &rel.join(&name), out)?;
            }
        } else {
            out.push((rel.to_owned(), std::fs::read(&full).map_err(|e| format!("{}: {e}", full.display()))?));
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(folder, path, &mut out)?;
    Ok(out)
}

/// One REST call to an instance (HTTP/1.0, so the answer ends when the connection closes);
/// the answer's JSON body.
fn rest(me: &Instance, method: &str, path: &str) -> Result<serde_json::Value, String> {
    let fail = |e: std::io::Error| format!("{method} {path} on {}: {e}", me.gui);
    let mut stream = TcpStream::connect_timeout(&me.gui, Duration::from_secs(2)).map_err(fail)?;
    stream.set_read_timeout(Some(Duration::from_secs(30))).map_err(fail)?;
    let request =
        format!("{method} {path} HTTP/1.0\r\nHost: {}\r\nX-API-Key: {API_KEY}\r\nContent-Length: 0\r\n\r\n", me.gui);
    stream.write_all(request.as_bytes()).map_err(fail)?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).map_err(fail)?;
    let text = String::from_utf8_lossy(&answer);
    let (head, body) = text.split_once("\r\n\r\n").ok_or_else(|| format!("{method} {path}: no answer"))?;
    if !head.starts_with("HTTP/1.0 200") && !head.starts_with("HTTP/1.1 200") {
        return Err(format!("{method} {path}: {head}\n{body}"));
    }
    if body.trim().is_empty() {
        return Ok(serde_json::Value::Null);
    }
    serde_json::from_str(body).map_err(|e| format!("{method} {path}: {e}: {body}"))
}

/// Instance `me`'s whole configuration: every device at its loopback address, the folder
/// shared with all of them, everything that would reach another address off.
fn config_xml(
    me: usize,
    folder: &Path,
    gui: SocketAddr,
    listen: SocketAddr,
    devices: &[(String, SocketAddr)],
) -> String {
    let mut folder_devices = String::new();
    let mut device_list = String::new();
    for (i, (id, address)) in devices.iter().enumerate() {
        let _ = writeln!(folder_devices, r#"    <device id="{id}" introducedBy=""></device>"#);
        let _ = write!(
            device_list,
            r#"  <device id="{id}" name="seat-{i}" compression="metadata" introducer="false" skipIntroductionRemovals="false" introducedBy="">
    <address>tcp://{address}</address>
    <paused>false</paused>
    <autoAcceptFolders>false</autoAcceptFolders>
  </device>
"#
        );
    }
    let path = xml_escape(&folder.display().to_string());
    format!(
        r#"<configuration version="36">
  <folder id="{FOLDER_ID}" label="Custos team (seat {me})" path="{path}" type="sendreceive" rescanIntervalS="5" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
    <filesystemType>basic</filesystemType>
{folder_devices}    <markerName>.stfolder</markerName>
    <paused>false</paused>
  </folder>
{device_list}  <gui enabled="true" tls="false" debugging="false">
    <address>{gui}</address>
    <apikey>{API_KEY}</apikey>
  </gui>
  <options>
    <listenAddress>tcp://{listen}</listenAddress>
    <globalAnnounceServer></globalAnnounceServer>
    <globalAnnounceEnabled>false</globalAnnounceEnabled>
    <localAnnounceEnabled>false</localAnnounceEnabled>
    <relaysEnabled>false</relaysEnabled>
    <natEnabled>false</natEnabled>
    <stunKeepaliveStartS>0</stunKeepaliveStartS>
    <stunServer></stunServer>
    <announceLANAddresses>false</announceLANAddresses>
    <urAccepted>-1</urAccepted>
    <urURL></urURL>
    <crashReportingEnabled>false</crashReportingEnabled>
    <crashReportingURL></crashReportingURL>
    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
    <releasesURL></releasesURL>
    <startBrowser>false</startBrowser>
    <restartOnWakeup>false</restartOnWakeup>
    <reconnectionIntervalS>5</reconnectionIntervalS>
    <setLowPriority>false</setLowPriority>
  </options>
</configuration>
"#
    )
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&apos;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The parts of `/rest/config` the check reads, as 1.19 gives them for [`config_xml`].
    fn good_config() -> serde_json::Value {
        json!({
            "options": {
                "listenAddresses": ["tcp://127.0.0.1:22101"],
                "globalAnnounceServers": [""],
                "globalAnnounceEnabled": false,
                "localAnnounceEnabled": false,
                "relaysEnabled": false,
                "natEnabled": false,
                "crashReportingEnabled": false,
                "announceLANAddresses": false,
                "startBrowser": false,
                "autoUpgradeIntervalH": 0,
                "stunKeepaliveStartS": 0,
                "stunServers": [""],
                "urAccepted": -1,
                "urURL": "",
                "releasesURL": "",
                "crURL": "",
            },
            "gui": { "address": "127.0.0.1:22201" },
            "devices": [
                { "deviceID": "A", "addresses": ["tcp://127.0.0.1:22101"] },
                { "deviceID": "B", "addresses": ["tcp://127.0.0.1:22102"] },
            ],
        })
    }

    #[test]
    fn the_loopback_check_names_everything_that_could_reach_another_address() {
        assert_eq!(config_problems(&good_config(), 2), Vec::<String>::new());
        let changes: Vec<(&str, serde_json::Value)> = vec![
            ("/options/listenAddresses", json!(["default"])),
            ("/options/listenAddresses", json!(["tcp://0.0.0.0:22000"])),
            ("/options/listenAddresses", json!([])),
            ("/options/globalAnnounceEnabled", json!(true)),
            ("/options/localAnnounceEnabled", json!(true)),
            ("/options/relaysEnabled", json!(true)),
            ("/options/natEnabled", json!(true)),
            ("/options/crashReportingEnabled", json!(true)),
            ("/options/announceLANAddresses", json!(true)),
            ("/options/startBrowser", json!(true)),
            ("/options/autoUpgradeIntervalH", json!(12)),
            ("/options/stunKeepaliveStartS", json!(180)),
            ("/options/urAccepted", json!(0)),
            ("/options/globalAnnounceServers", json!(["default"])),
            ("/options/stunServers", json!(["default"])),
            ("/options/urURL", json!("https://example.invalid/")),
            ("/options/releasesURL", json!("https://example.invalid/")),
            ("/options/crURL", json!("https://example.invalid/")),
            ("/gui/address", json!("0.0.0.0:8384")),
            ("/devices/1/addresses", json!(["dynamic"])),
            ("/devices/0/addresses", json!(["tcp://127.0.0.1:1", "tcp://192.0.2.1:22000"])),
        ];
        for (pointer, value) in changes {
            let mut config = good_config();
            if let Some(slot) = config.pointer_mut(pointer) {
                *slot = value.clone();
            }
            assert_eq!(config_problems(&config, 2).len(), 1, "{pointer} = {value}");
        }
        assert_eq!(config_problems(&good_config(), 3).len(), 1, "a device missing");
    }

    #[test]
    fn the_runtime_check_names_listeners_dials_connections_and_discoveries_elsewhere() {
        let status = json!({
            "connectionServiceStatus": { "tcp://127.0.0.1:22101": {} },
            "lastDialStatus": { "tcp://127.0.0.1:22102": {} },
        });
        let connections = json!({ "connections": {
            "B": { "connected": true, "address": "127.0.0.1:22102" },
            "A": { "connected": false, "address": "" },
        }});
        let none = json!({});
        assert_eq!(runtime_problems(&status, &connections, &none), Vec::<String>::new());
        let mut elsewhere = status.clone();
        elsewhere["lastDialStatus"]["tcp://192.0.2.1:22000"] = json!({});
        assert_eq!(runtime_problems(&elsewhere, &connections, &none).len(), 1);
        let mut listening = status.clone();
        listening["connectionServiceStatus"]["tcp://0.0.0.0:22000"] = json!({});
        assert_eq!(runtime_problems(&listening, &connections, &none).len(), 1);
        let mut relayed = connections.clone();
        relayed["connections"]["B"]["address"] = json!("192.0.2.1:22067");
        assert_eq!(runtime_problems(&status, &relayed, &none).len(), 1);
        let found = json!({ "B": { "addresses": ["tcp://192.0.2.1:22000"] } });
        assert_eq!(runtime_problems(&status, &connections, &found).len(), 1);
    }

    #[test]
    fn the_configuration_written_before_start_turns_everything_outside_off() {
        let devices = [
            ("AAAAAAA".to_owned(), "127.0.0.1:22101".parse().unwrap_or_else(|e| panic!("{e}"))),
            ("BBBBBBB".to_owned(), "127.0.0.1:22102".parse().unwrap_or_else(|e| panic!("{e}"))),
        ];
        let gui = "127.0.0.1:22201".parse().unwrap_or_else(|e| panic!("{e}"));
        let xml = config_xml(0, Path::new("/tmp/a&b"), gui, devices[0].1, &devices);
        for line in [
            "<listenAddress>tcp://127.0.0.1:22101</listenAddress>",
            "<address>127.0.0.1:22201</address>",
            "<address>tcp://127.0.0.1:22102</address>",
            "<globalAnnounceEnabled>false</globalAnnounceEnabled>",
            "<localAnnounceEnabled>false</localAnnounceEnabled>",
            "<relaysEnabled>false</relaysEnabled>",
            "<natEnabled>false</natEnabled>",
            "<urAccepted>-1</urAccepted>",
            "<crashReportingEnabled>false</crashReportingEnabled>",
            "<autoUpgradeIntervalH>0</autoUpgradeIntervalH>",
            r#"path="/tmp/a&amp;b""#,
        ] {
            assert!(xml.contains(line), "{line} missing from\n{xml}");
        }
        // No address left to Syncthing's defaults (`dynamic` devices, `default` servers).
        assert!(!xml.contains("dynamic") && !xml.contains("default"), "{xml}");
    }
}
