//! Faults a user's computer has, against the real `custos` binary: the process killed in the
//! middle of an import or a backup, a full disk, two programs writing at once, flipped bytes.
//! What must hold: the vault stays whole and readable, an import is all or nothing, a backup
//! cut short leaves nothing behind once the vault is next opened, and every fault the user
//! can fix is exit 1 with a message that says what to do.

// Test support: a failed set-up step should panic with its error.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use custos_e2e::{CliVault, custos_bin, stderr, stdout};
use serde_json::Value;

/// A WhatsApp export of `messages` lines between Anna Nowak and Ola, big enough that its
/// import takes a while.
fn long_chat(dir: &Path, messages: usize) -> PathBuf {
    let mut text = String::with_capacity(messages * 90);
    for i in 0..messages {
        let who = if i % 3 == 0 { "Ola" } else { "Anna Nowak" };
        let (day, minute) = (1 + (i / 1440) % 28, i % 1440);
        text.push_str(&format!(
            "{day:02}.03.2026, {:02}:{:02} - {who}: wiadomość {i} o szkoleniu w Łodzi, proszę o ofertę\n",
            minute / 60,
            minute % 60
        ));
    }
    let path = dir.join(format!("chat-{messages}.txt"));
    std::fs::write(&path, text).unwrap();
    path
}

fn spawn(v: &CliVault, args: &[&str], env: &[(&str, &str)]) -> Child {
    let mut cmd = Command::new(custos_bin());
    cmd.args(args)
        .env("CUSTOS_VAULT", &v.path)
        .env("CUSTOS_PASSPHRASE", &v.passphrase)
        .env("CUSTOS_OPERATOR", "E2E Tester")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, val) in env {
        cmd.env(k, val);
    }
    cmd.spawn().unwrap()
}

fn size(path: &Path) -> u64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Waits until `ready()` (then true) or the child has exited (false).
fn wait_until(child: &mut Child, mut ready: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        if ready() {
            return true;
        }
        if child.try_wait().unwrap().is_some() {
            return false;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    panic!("neither ready nor finished within a minute");
}

/// The vault opens, every page checks out and the audit chain is unbroken.
fn assert_whole(v: &CliVault) {
    assert_eq!(v.json(&["vault", "check"])["ok"], true);
    assert_eq!(v.json(&["audit", "verify"])["ok"], true);
}

#[test]
fn kill_9_during_imports_and_backups_leaves_the_vault_whole() {
    let v = CliVault::new();
    assert!(v.run(&["vault", "init"]).status.success());
    v.json(&["contact", "add", "Anna Nowak"]);
    let messages = 30_000;
    let chat = long_chat(v.dir.path(), messages);
    let chat = chat.to_str().unwrap();
    let wal = with_suffix(&v.path, "-wal");

    // Killed while it writes: the write-ahead log is growing, the transaction is open.
    let mut killed_mid_write = 0;
    for round in 0..4 {
        let before = size(&wal);
        let mut child = spawn(&v, &["transcript", "import", "1", chat, "--utc-offset", "+01:00"], &[]);
        let threshold = before + 256 * 1024 * (round + 1);
        if wait_until(&mut child, || size(&wal) > threshold) {
            child.kill().unwrap();
            killed_mid_write += 1;
        }
        child.wait().unwrap();
        // All or nothing: every conversation there has every message.
        let list = v.json(&["transcript", "list", "1"]);
        for conv in list.as_array().unwrap() {
            assert_eq!(conv["message_count"], messages, "a killed import left part of itself: {conv}");
        }
    }
    assert!(killed_mid_write >= 3, "only {killed_mid_write} of 4 imports were killed while writing");
    assert_whole(&v);

    // One import through, for a vault big enough that a backup takes a moment.
    let done = v.json(&["transcript", "import", "1", chat, "--utc-offset", "+01:00"]);
    assert_eq!(done["message_count"], messages);
    let contacts_before = v.json(&["contact", "list"]);

    let backup = v.dir.path().join("monday.custos");
    let partial = with_suffix(&backup, ".partial");
    let mut child = spawn(&v, &["vault", "backup", backup.to_str().unwrap()], &[]);
    let caught = wait_until(&mut child, || size(&partial) > 64 * 1024);
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(caught, "the backup finished before it could be killed");
    assert!(!backup.exists(), "a backup cut short was put in place");
    assert!(partial.exists(), "the test should have caught the backup while it wrote");
    // The original is intact, and opening it (any command) removes what the backup left.
    assert_eq!(v.json(&["contact", "list"]), contacts_before);
    assert!(!partial.exists(), "the partial backup is still there after the next start");
    for sidecar in ["-wal", "-shm", "-journal"] {
        assert!(!with_suffix(&partial, sidecar).exists(), "{sidecar} of the partial backup is left");
    }
    assert_whole(&v);
    // And a backup made afterwards is whole.
    v.json(&["vault", "backup", backup.to_str().unwrap()]);
    let restored = v.dir.path().join("restored.custos");
    let out = v.run(&["--vault", restored.to_str().unwrap(), "vault", "restore", backup.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn a_second_writer_waits_for_a_long_import_and_names_it_when_told_not_to_wait() {
    let v = CliVault::new();
    assert!(v.run(&["vault", "init"]).status.success());
    v.json(&["contact", "add", "Anna Nowak"]);
    let chat = long_chat(v.dir.path(), 150_000);
    let wal = with_suffix(&v.path, "-wal");
    let shm = with_suffix(&v.path, "-shm");
    let mut import = spawn(&v, &["transcript", "import", "1", chat.to_str().unwrap(), "--utc-offset", "+01:00"], &[]);
    // The import holds SQLite's write lock from its first write to its commit; its pages reach
    // the -wal file mostly at the commit, so the lock (not the log's size) says it is writing.
    let pid = import.id();
    assert!(wait_until(&mut import, || holds_write_lock(pid, &shm)), "the import ended before the test could write");
    #[cfg(unix)]
    for sidecar in [&wal, &with_suffix(&v.path, "-shm")] {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(sidecar).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", sidecar.display());
    }

    // Told not to wait, a write says who holds the vault, and changes nothing.
    let out = v.run_with(&["--json", "contact", "add", "Ewa Zielińska"], &[("CUSTOS_BUSY_TIMEOUT", "0")]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let body: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(body["error"]["code"], "vault_busy", "{body}");
    let message = body["error"]["message"].as_str().unwrap();
    assert!(message.contains(&format!("another `custos` command (process {})", import.id())), "{message}");
    assert!(message.contains("nothing was changed"), "{message}");

    // A write as usual waits for the import, then goes through; so does the import.
    let started = Instant::now();
    let added = v.json(&["contact", "add", "Jan Kowalski"]);
    let waited = started.elapsed();
    assert_eq!(added["display_name"], "Jan Kowalski");
    let imported = import.wait_with_output().unwrap();
    assert!(imported.status.success(), "{}", stderr(&imported));
    assert_eq!(v.json(&["contact", "list"])["total"], 2);
    assert_eq!(v.json(&["transcript", "list", "1"])[0]["message_count"], 150_000);
    eprintln!("the second writer waited {waited:?} for the import");
}

/// Whether process `pid` holds SQLite's WAL write lock on the database whose `-shm` file is
/// `shm`: a POSIX write lock on byte 120 of it, as `/proc/locks` lists it (Linux).
fn holds_write_lock(pid: u32, shm: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let Ok(meta) = std::fs::metadata(shm) else { return false };
    let inode = format!(":{}", meta.ino());
    let locks = std::fs::read_to_string("/proc/locks").unwrap_or_default();
    locks.lines().any(|line| {
        let f: Vec<&str> = line.split_whitespace().collect();
        // "1: POSIX  ADVISORY  WRITE 4242 fe:00:1234 120 120"
        f.len() >= 8
            && f[1] == "POSIX"
            && f[3] == "WRITE"
            && f[4] == pid.to_string()
            && f[5].ends_with(&inode)
            && f[6] == "120"
    })
}

/// A tmpfs of `kib` KiB at a new folder in `dir`, or None (with the reason printed) where this
/// test may not mount one (not root, no tmpfs).
struct SmallDisk(PathBuf);

impl SmallDisk {
    fn mount(dir: &Path, kib: u32) -> Option<SmallDisk> {
        let at = dir.join("small-disk");
        std::fs::create_dir(&at).unwrap();
        let out = Command::new("mount").args(["-t", "tmpfs", "-o", &format!("size={kib}k"), "tmpfs"]).arg(&at).output();
        match out {
            Ok(o) if o.status.success() => Some(SmallDisk(at)),
            Ok(o) => {
                eprintln!("skipped: cannot mount a small tmpfs here ({})", String::from_utf8_lossy(&o.stderr).trim());
                None
            }
            Err(e) => {
                eprintln!("skipped: cannot run mount ({e})");
                None
            }
        }
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_full_disk_is_said_so_and_changes_nothing() {
    let v = CliVault::new();
    let Some(disk) = SmallDisk::mount(v.dir.path(), 1024) else { return };
    let vault = disk.0.join("firm.custos");
    let on_disk = |args: &[&str]| {
        let mut all = vec!["--json", "--vault", vault.to_str().unwrap()];
        all.extend_from_slice(args);
        v.run(&all)
    };
    assert!(on_disk(&["vault", "init"]).status.success());
    assert!(on_disk(&["contact", "add", "Anna Nowak"]).status.success());
    let chat = long_chat(v.dir.path(), 20_000);

    let out = on_disk(&["transcript", "import", "1", chat.to_str().unwrap(), "--utc-offset", "+01:00"]);
    assert_eq!(out.status.code(), Some(1), "{}{}", stdout(&out), stderr(&out));
    let body: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(body["error"]["code"], "disk_full", "{body}");
    let message = body["error"]["message"].as_str().unwrap();
    assert!(message.contains("no free space left") && message.contains("nothing was changed"), "{message}");
    // Nothing was changed: the vault opens, has its contact and no conversation.
    let list = on_disk(&["transcript", "list", "1"]);
    assert!(list.status.success(), "{}", stderr(&list));
    assert_eq!(serde_json::from_slice::<Value>(&list.stdout).unwrap(), serde_json::json!([]));
    assert!(on_disk(&["vault", "check"]).status.success());

    // A backup onto the full disk fails the same way and leaves no partial copy there.
    assert!(v.run(&["vault", "init"]).status.success());
    let big = v.json(&["contact", "add", "Anna Nowak"]);
    assert_eq!(big["id"], 1);
    v.json(&["transcript", "import", "1", chat.to_str().unwrap(), "--utc-offset", "+01:00"]);
    let backup = disk.0.join("backup.custos");
    let out = v.run(&["--json", "vault", "backup", backup.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}{}", stdout(&out), stderr(&out));
    let body: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(body["error"]["code"], "disk_full", "{body}");
    let left: Vec<_> = std::fs::read_dir(&disk.0)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("backup"))
        .collect();
    assert!(left.is_empty(), "the failed backup left {left:?}");
}

#[test]
fn flipped_bytes_are_found_and_reported_as_one_json_error() {
    let v = CliVault::new();
    assert!(v.run(&["vault", "init"]).status.success());
    for name in ["Anna Nowak", "Jan Kowalski", "Ewa Zielińska"] {
        v.json(&["contact", "add", name, "--notes", &"notatka ".repeat(200)]);
    }
    assert_whole(&v);
    // A byte in the middle of a page past the first (page 1 is the key check).
    let mut bytes = std::fs::read(&v.path).unwrap();
    assert!(bytes.len() > 3 * 4096);
    let at = 2 * 4096 + 1000;
    bytes[at] ^= 0x40;
    std::fs::write(&v.path, bytes).unwrap();
    let out = v.run(&["--json", "vault", "check"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 1, "not one JSON object: {text}");
    let body: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(body["error"]["code"], "vault_damaged", "{body}");
    assert!(!body["error"]["problems"].as_array().unwrap().is_empty(), "{body}");
}

#[test]
fn output_contracts_hold_for_hostile_text_and_odd_command_lines() {
    let v = CliVault::new();
    assert!(v.run(&["vault", "init"]).status.success());
    // A name of DEL only is no name.
    let err = v.fails(&["contact", "add", "\u{7f}\u{7f}"]);
    assert!(err.contains("at least one letter or digit"), "{err}");
    // Escape sequences in an imported chat are shown, not obeyed; JSON keeps them exact.
    v.json(&["contact", "add", "Anna Nowak"]);
    let chat = v.dir.path().join("escape.txt");
    std::fs::write(&chat, "01.03.2026, 10:00 - Anna Nowak: \u{1b}[2J\u{1b}[31mred\u{2067}kcab\n").unwrap();
    let conv = v.json(&["transcript", "import", "1", chat.to_str().unwrap(), "--utc-offset", "-01:00"]);
    let shown = v.text(&["transcript", "show", &conv["id"].to_string()]);
    assert!(!shown.contains('\u{1b}') && !shown.contains('\u{2067}'), "{shown:?}");
    assert!(shown.contains("\\u{1b}[2J\\u{1b}[31mred\\u{2067}kcab"), "{shown:?}");
    let exact = v.json(&["transcript", "show", &conv["id"].to_string()]);
    assert_eq!(exact["messages"][0]["text"], "\u{1b}[2J\u{1b}[31mred\u{2067}kcab");
    // A negative offset is a value, not a flag: 10:00 at -01:00 is 11:00 UTC.
    assert_eq!(exact["messages"][0]["at"], "2026-03-01T11:00:00Z");
    // Argument errors with --json are one JSON object too.
    let out = v.run(&["--json", "contact", "lisst"]);
    assert_eq!(out.status.code(), Some(1));
    let body: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(body["error"]["code"], "usage", "{body}");
    // An id no contact has is not found, not an empty list.
    assert_eq!(v.error_code(&["transcript", "list", "999"]), "not_found");
    // An empty passphrase is the user's to fix.
    let out = v.run_with(&["--json", "contact", "list"], &[("CUSTOS_PASSPHRASE", "")]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(serde_json::from_slice::<Value>(&out.stdout).unwrap()["error"]["code"], "passphrase_empty");
}

#[cfg(unix)]
#[test]
fn files_are_owner_only_and_only_regular_files_are_read() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let v = CliVault::new();
    assert!(v.run(&["vault", "init"]).status.success());
    v.json(&["contact", "add", "Anna Nowak", "--email", "anna@example.pl"]);
    assert_eq!(mode(&v.path), 0o600);
    // A backup and an exported list (the sidecars of an open vault: the busy-writer test).
    let backup = v.dir.path().join("b.custos");
    v.json(&["vault", "backup", backup.to_str().unwrap()]);
    assert_eq!(mode(&backup), 0o600);
    v.json(&[
        "purpose",
        "add",
        "--name",
        "Newsletter",
        "--description",
        "Monthly news",
        "--basis",
        "consent",
        "--wording",
        "Yes",
    ]);
    v.json(&["consent", "give", "1", "Newsletter", "--method", "web-form"]);
    let csv = v.dir.path().join("audience.csv");
    let out = v.run(&["purpose", "audience", "Newsletter", "--csv", csv.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(mode(&csv), 0o600);
    // A named pipe as the import or as the vault is refused at once instead of waiting.
    let fifo = v.dir.path().join("pipe");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let started = Instant::now();
    let err = v.fails(&["transcript", "import", "1", fifo.to_str().unwrap()]);
    assert!(err.contains("is a named pipe (FIFO), not a file"), "{err}");
    let err = v.fails(&["import", "conversations", fifo.to_str().unwrap()]);
    assert!(err.contains("is a named pipe (FIFO), not a file"), "{err}");
    let err = v.fails(&["--vault", fifo.to_str().unwrap(), "contact", "list"]);
    assert!(err.contains("named pipe"), "{err}");
    let err = v.fails(&["transcript", "import", "1", "/dev/zero"]);
    assert!(err.contains("is a device, not a file"), "{err}");
    assert!(started.elapsed() < Duration::from_secs(10));
}
