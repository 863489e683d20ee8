//! Removing a seat rotates the team key (docs/TEAM.md, "Removing a seat"): three seats of one
//! team made before seat keys (their key pair rows removed), which get their key pairs at their
//! next sync; the owner removes seat C; A and B go on and converge, C reads nothing written
//! after and its later files are applied nowhere; a tampered key file is refused.

// Tests: a failed step should panic with its error.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::{Path, PathBuf};

use common::*;
use custos_core::contacts::NewContact;
use custos_core::{Passphrase, Vault};

fn reason(e: custos_core::Error) -> String {
    e.reason().map(str::to_owned).unwrap_or_else(|| format!("{e:?}"))
}

fn dump(path: &Path) -> Vec<String> {
    custos_core::sync::dump_synced_tables(&raw(path, PASS)).unwrap()
}

fn meta(path: &Path, key: &str) -> Option<String> {
    use rusqlite::OptionalExtension;
    raw(path, PASS).query_row("SELECT value FROM vault_meta WHERE key = ?1", [key], |r| r.get(0)).optional().unwrap()
}

fn change_files(folder: &Path, seat: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(folder.join(seat)).map(|d| d.map(|e| e.unwrap().path()).collect()).unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "custos-changes"));
    files.sort();
    files
}

fn names(v: &Vault) -> Vec<String> {
    let mut names: Vec<String> =
        v.contacts().list(&Default::default()).unwrap().items.into_iter().map(|c| c.display_name).collect();
    names.sort();
    names
}

#[test]
fn removing_a_seat_rotates_the_key_and_shuts_it_out() {
    // Three seats of a team made before seat keys: seat 0 made the team; B and C are copies
    // with seat indexes and ids of their own, as joining makes them; no seat has a key pair.
    let t = new_vault();
    t.vault.contacts().add(NewContact::named("Anna Nowak")).unwrap();
    let folder = t.dir.path().join("shared");
    let team = t.vault.team_init(&folder, "Laptop").unwrap();
    let TestVault { dir, path, clock, vault } = t;
    vault.lock();
    let paths = copies_as_seats(dir.path(), &path, &folder, ["Office PC", "Old laptop"]);
    for p in &paths {
        // Made before seat keys: no key pair (and no public key in the team's first entry).
        raw(p, PASS).execute("DELETE FROM vault_meta WHERE key = 'seat_secret_key'", []).unwrap();
    }
    let open = |p: &PathBuf| Vault::open(p, &Passphrase::new(PASS), session(&clock)).unwrap();
    let [a, b, c] = [open(&paths[0]), open(&paths[1]), open(&paths[2])];
    let c_id = format!("{:032x}", 2);

    // Seats that have not published a key cannot be given the new one: refused, nothing made.
    assert_eq!(reason(a.team_remove_seat("Old laptop").unwrap_err()), "team_seat_no_key");
    assert!(!custos_core::sync::keys::path_of(&folder, 1).exists());
    assert!(meta(&paths[0], "seat_secret_key").is_some(), "seat A got its key pair on the way");

    // Each seat's next sync gives it a key pair and publishes it; C writes a card before.
    c.contacts().add(NewContact::named("Jan Before")).unwrap();
    for _ in 0..2 {
        for v in [&a, &b, &c] {
            let synced = v.team_sync().unwrap();
            assert!(synced.refused.is_empty(), "{synced:?}");
        }
    }
    for (v, p) in [(&a, &paths[0]), (&b, &paths[1]), (&c, &paths[2])] {
        assert!(meta(p, "seat_secret_key").is_some());
        let published = v.audit().list(&Default::default()).unwrap();
        assert_eq!(published.iter().filter(|e| e.action == "vault.team_seat_key").count(), 3);
    }
    assert_eq!(names(&b), ["Anna Nowak", "Jan Before"]);

    // Refused: oneself, a seat that is not there.
    assert_eq!(reason(a.team_remove_seat(&team.seat.id).unwrap_err()), "team_seat_self");
    assert_eq!(reason(a.team_remove_seat("Laptop").unwrap_err()), "team_seat_self");
    assert_eq!(reason(a.team_remove_seat("Nobody").unwrap_err()), "team_seat_unknown");

    // C writes once more, while the rotation has not reached it; A removes C by its name.
    clock.advance(chrono::Duration::seconds(1));
    c.contacts().add(NewContact::named("Jan Late")).unwrap();
    assert_eq!(a.team_remove_seat("old LAPTOP").unwrap(), c_id);
    assert_eq!(reason(a.team_remove_seat(&c_id).unwrap_err()), "team_seat_unknown", "removed already");
    let key_file = custos_core::sync::keys::path_of(&folder, 1);
    let key_bytes = std::fs::read(&key_file).unwrap();
    assert!(!String::from_utf8_lossy(&key_bytes).contains(&meta(&paths[0], "team_key").unwrap()));
    // C's send, as if the key file had not arrived on C's computer yet: a file under the old key.
    let hidden = folder.join("keys-hidden");
    std::fs::rename(folder.join("keys"), &hidden).unwrap();
    assert_eq!(c.team_send().unwrap().len(), 1);
    std::fs::rename(&hidden, folder.join("keys")).unwrap();
    let c_files = change_files(&folder, &c_id);

    // A writes after the rotation: under the new key, epoch 1.
    clock.advance(chrono::Duration::seconds(1));
    a.contacts().add(NewContact::named("Ewa After")).unwrap();
    let sent = a.team_send().unwrap();
    assert_eq!(sent.len(), 2, "the removal's entry and the new card");
    let last = std::fs::read(sent.last().unwrap()).unwrap();
    let header = String::from_utf8_lossy(&last[19..19 + u32::from_le_bytes(last[15..19].try_into().unwrap()) as usize])
        .into_owned();
    assert!(header.contains(r#""epoch":1"#) && header.contains(r#""version":3"#), "{header}");
    let old_key = meta(&paths[2], "team_key").unwrap();
    assert!(custos_core::sync::files::decrypt_with_hex_key(&last, &old_key).is_none(), "the old key opens nothing new");
    assert!(custos_core::sync::files::decrypt_with_hex_key(&last, &meta(&paths[0], "team_key").unwrap()).is_some());

    // A tampered key file is refused: B sends and applies nothing, and takes no key.
    for i in [0, 20, key_bytes.len() / 2, key_bytes.len() - 3] {
        let mut bad = key_bytes.clone();
        bad[i] ^= 0x01;
        std::fs::write(&key_file, &bad).unwrap();
        let before = dump(&paths[1]);
        assert_eq!(reason(b.team_sync().unwrap_err()), "team_key_file_damaged", "byte {i}");
        assert_eq!(dump(&paths[1]), before, "byte {i}");
        assert_eq!(meta(&paths[1], "team_epoch"), None);
    }
    std::fs::write(&key_file, &key_bytes).unwrap();

    // B takes the new key, applies A's changes, and nothing C wrote after A's last applied file.
    let synced = b.team_sync().unwrap();
    assert!(synced.refused.is_empty(), "{synced:?}");
    assert_eq!(meta(&paths[1], "team_epoch").as_deref(), Some("1"));
    assert_eq!(names(&b), ["Anna Nowak", "Ewa After", "Jan Before"]);
    assert!(b.audit().list(&Default::default()).unwrap().iter().any(|e| e.action == "vault.team_seat_removed"));
    clock.advance(chrono::Duration::seconds(1));
    b.contacts().add(NewContact::named("Olga From B")).unwrap();
    for _ in 0..2 {
        for v in [&a, &b] {
            let synced = v.team_sync().unwrap();
            assert!(synced.refused.is_empty(), "{synced:?}");
        }
    }
    assert_eq!(dump(&paths[0]), dump(&paths[1]), "A and B converge");
    assert_eq!(hash_rows(&dump(&paths[0])), hash_rows(&dump(&paths[1])));
    assert_eq!(names(&a), ["Anna Nowak", "Ewa After", "Jan Before", "Olga From B"]);
    for v in [&a, &b] {
        assert!(v.audit().verify().unwrap().ok);
        let status = v.team_status().unwrap();
        let seat_c = status.seats.iter().find(|s| s.id == c_id).unwrap();
        assert!(seat_c.removed && seat_c.lag_changes == 0, "{seat_c:?}");
        assert!(status.seats.iter().filter(|s| s.id != c_id).all(|s| !s.removed));
        assert_eq!(status.summary, custos_core::sync::TeamSummary::InSync, "nothing waits for C");
    }
    // C's files are gone from the folder once A and B have applied what counts of them.
    assert!(!c_files.is_empty());
    assert!(change_files(&folder, &c_id).is_empty());
    assert!(folder.join(&c_id).join("seat.json").exists(), "its seat stays listed, as removed");

    // C: refused with a clear reason, nothing of what was written since applied.
    let before = dump(&paths[2]);
    let refused = c.team_sync().unwrap_err();
    assert!(refused.to_string().contains("removed from the team"), "{refused}");
    assert_eq!(reason(refused), "team_seat_removed");
    assert_eq!(reason(c.team_receive().unwrap_err()), "team_seat_removed");
    assert_eq!(dump(&paths[2]), before);
    assert!(!names(&c).iter().any(|n| n == "Ewa After" || n == "Olga From B"));
    drop(dir);
}
