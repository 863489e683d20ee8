//! Seat names, invitations and joining a team (docs/TEAM.md, "Joining and leaving").

// Tests: a failed step should panic with its error.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;
use std::sync::Arc;

use common::*;
use custos_core::contacts::{ContactPatch, NewContact};
use custos_core::operators::Role;
use custos_core::sync::ids::range_base;
use custos_core::{FixedClock, Passphrase, Session, Vault};

const EWA: &str = "plum tractor velvet ocean 42";

/// Every synced table of the vault at `path` (opened with `operator`'s `pass`), rows in
/// order, as text.
fn dump(path: &Path, pass: &str, operator: &str) -> Vec<String> {
    let key = custos_core::vault::sqlcipher_key(path, &Passphrase::new(pass), operator).unwrap();
    let db = unkeyed(path);
    db.pragma_update(None, "key", key.as_str()).unwrap();
    custos_core::sync::dump_synced_tables(&db).unwrap()
}

/// A vault_meta value of the vault at `path` (opened with `operator`'s `pass`).
fn meta(path: &Path, pass: &str, operator: &str, name: &str) -> Option<String> {
    use rusqlite::OptionalExtension;
    let key = custos_core::vault::sqlcipher_key(path, &Passphrase::new(pass), operator).unwrap();
    let db = unkeyed(path);
    db.pragma_update(None, "key", key.as_str()).unwrap();
    db.query_row("SELECT value FROM vault_meta WHERE key = ?1", [name], |r| r.get(0)).optional().unwrap()
}

fn reason(e: custos_core::Error) -> String {
    e.reason().map(str::to_owned).unwrap_or_else(|| format!("{e:?}"))
}

fn invitation_files(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder.join("invitations"))
        .map(|d| d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    names.retain(|n| n.ends_with(".custos-invite"));
    names
}

#[test]
fn an_invited_seat_joins_and_both_seats_converge() {
    let t = new_vault();
    let owner = &t.vault;
    let folder = t.dir.path().join("shared");
    let anna = owner.contacts().add(NewContact::named("Anna Nowak")).unwrap().id;
    let jan = owner.contacts().add(NewContact::named("Jan Kowalski")).unwrap().id;
    // A seat name is checked, and the team's first seat is named.
    assert_eq!(reason(owner.team_init(&folder, " ").unwrap_err()), "seat_name");
    assert_eq!(reason(owner.team_init(&folder, &"x".repeat(61)).unwrap_err()), "seat_name");
    let team = owner.team_init(&folder, "Laptop").unwrap();
    assert_eq!(owner.seat_name().unwrap().as_deref(), Some("Laptop"));
    let seats = custos_core::sync::join::seats_in(&folder).unwrap();
    assert_eq!(seats.len(), 1);
    assert_eq!((seats[0].0.as_str(), seats[0].1.index, seats[0].1.name.as_str()), (team.seat.id.as_str(), 0, "Laptop"));
    owner.add_operator("Ewa", Role::Clerk, &Passphrase::new("first passphrase for Ewa 1")).unwrap();
    // Changes before the invitation: one already sent, one not yet; both are in the copy.
    owner
        .contacts()
        .edit(anna, ContactPatch { job_title: Some(Some("Księgowa".into())), ..Default::default() })
        .unwrap();
    assert_eq!(owner.team_send().unwrap().len(), 2);
    owner.contacts().add(NewContact::named("Piotr Wiśniewski")).unwrap();

    assert_eq!(reason(owner.team_invite("Nobody").unwrap_err()), "operator_unknown");
    let invitation = owner.team_invite("ewa").unwrap();
    assert_eq!(invitation.operator, "Ewa");
    assert_eq!(invitation.seat_index, 1);
    assert_eq!(invitation.expires, owner.now() + chrono::Duration::hours(24));
    assert_eq!(invitation.code.len(), 7 * 5 + 6);
    let files = invitation_files(&folder);
    assert_eq!(files.len(), 1);
    let bytes = std::fs::read(folder.join("invitations").join(&files[0])).unwrap();
    assert!(!contains(&bytes, "Anna") && !contains(&bytes, "SQLite format"), "the invitation is ciphertext");
    assert!(owner.audit().list(&Default::default()).unwrap().iter().any(|e| e.action == "vault.team_invited"));
    // The next invitation makes the next seat; this one is thrown away below (a code with no file).
    let unknown = owner.team_invite("Ewa").unwrap();
    assert_eq!(unknown.seat_index, 2);
    for name in invitation_files(&folder) {
        if !bytes.eq(&std::fs::read(folder.join("invitations").join(&name)).unwrap()) {
            std::fs::remove_file(folder.join("invitations").join(name)).unwrap();
        }
    }

    let joiner_clock = FixedClock::new(owner.now() + chrono::Duration::minutes(5));
    let joiner_session = || Session::new("").with_clock(Arc::new(joiner_clock.clone()));
    let joined_path = t.dir.path().join("office.custos");
    let join = |code: &str, path: &Path| {
        Vault::team_join(code, &folder, path, "Office PC", &Passphrase::new(EWA), joiner_session())
    };
    // A mistyped code, a code of no invitation: refused, nothing made.
    let mut typo: Vec<char> = invitation.code.chars().collect();
    typo[7] = if typo[7] == 'A' { 'B' } else { 'A' };
    assert_eq!(reason(join(&typo.iter().collect::<String>(), &joined_path).unwrap_err()), "invitation_code_typo");
    assert_eq!(reason(join("ABCD", &joined_path).unwrap_err()), "invitation_code_length");
    assert_eq!(reason(join(&unknown.code, &joined_path).unwrap_err()), "invitation_unknown");
    assert!(!joined_path.exists() && !custos_core::vault::keys_path(&joined_path).exists());

    let started = std::time::Instant::now();
    let joiner = join(&invitation.code, &joined_path).unwrap();
    eprintln!("joining took {:?}", started.elapsed());
    assert!(invitation_files(&folder).is_empty(), "the invitation is used up");
    assert_eq!(joiner.operator(), "Ewa");
    let seat = joiner.seat().unwrap();
    assert_eq!(seat.index, 1);
    assert_ne!(seat.id, team.seat.id);
    assert_eq!(joiner.seat_name().unwrap().as_deref(), Some("Office PC"));
    assert_eq!(joiner.team().unwrap().unwrap().id, team.id);
    let seats = custos_core::sync::join::seats_in(&folder).unwrap();
    assert_eq!(
        seats.iter().map(|(_, s)| (s.index, s.name.as_str())).collect::<Vec<_>>(),
        [(0, "Laptop"), (1, "Office PC")]
    );
    assert_eq!(joiner.contacts().list(&Default::default()).unwrap().total, 3);
    // Its audit chain starts in its own range with the joining.
    let entries = joiner.audit().list(&Default::default()).unwrap();
    let joined = entries.iter().find(|e| e.action == "vault.team_joined").unwrap();
    assert_eq!(joined.id, range_base(1) + 1);
    assert!(joiner.audit().verify().unwrap().ok);
    // A second use of the code is refused.
    let again = t.dir.path().join("again.custos");
    assert_eq!(reason(join(&invitation.code, &again).unwrap_err()), "invitation_used");
    assert!(!again.exists());
    // The owner's passphrase does not open the new seat's vault.
    let wrong = Vault::open(&joined_path, &Passphrase::new(PASS), Session::new("Ewa")).unwrap_err();
    assert_eq!(wrong.code(), "wrong_passphrase", "{wrong:?}");
    let not_there = Vault::open(&joined_path, &Passphrase::new(PASS), Session::new("Ola (office)")).unwrap_err();
    assert_eq!(reason(not_there), "operator_unknown");
    // Only an owner invites: Ewa is a clerk.
    assert_eq!(joiner.team_invite("Ewa").unwrap_err().code(), "not_permitted");
    // Nor removes a seat.
    assert_eq!(joiner.team_remove_seat("Laptop").unwrap_err().code(), "not_permitted");
    // Each seat has a key pair of its own (the inviting seat's secret key did not travel in
    // the copy), its public key in its first entry, for a rotation to reach it.
    let owner_secret = meta(&t.path, PASS, "Ola (office)", "seat_secret_key").unwrap();
    let joiner_secret = meta(&joined_path, EWA, "Ewa", "seat_secret_key").unwrap();
    assert_ne!(owner_secret, joiner_secret);
    assert_eq!(joined.details["public_key"].as_str().unwrap().len(), 64, "{:?}", joined.details);

    // Edits on both seats, then exchange both ways.
    let patch = |field: &str| ContactPatch { notes: Some(Some(field.into())), ..Default::default() };
    joiner.contacts().edit(jan, ContactPatch { job_title: Some(Some("Prezes".into())), ..Default::default() }).unwrap();
    let marta = joiner.contacts().add(NewContact::named("Marta Zielińska")).unwrap().id;
    assert_eq!(marta, range_base(1) + 1);
    t.clock.advance(chrono::Duration::minutes(10));
    owner.contacts().edit(anna, patch("Woli telefon")).unwrap();
    owner.contacts().add(NewContact::named("Zofia Lis")).unwrap();
    owner.team_send().unwrap();
    joiner.team_send().unwrap();
    let got = joiner.team_receive().unwrap();
    assert_eq!(got.problems, 0);
    // Only what the owner wrote after the copy: not its files the copy already held.
    // (4 was the invitation's own entry, the last in the copy; 5 the second invitation's.)
    assert!(got.applied.iter().all(|(s, _)| *s == team.seat.id), "{got:?}");
    assert_eq!(got.applied.iter().map(|(_, n)| *n).collect::<Vec<_>>(), [5, 6, 7]);
    let got = owner.team_receive().unwrap();
    assert_eq!(got.problems, 0);
    assert!(got.applied.iter().all(|(s, _)| *s == seat.id));
    for v in [owner, &joiner] {
        assert!(v.team_send().unwrap().is_empty());
        assert_eq!(v.contacts().list(&Default::default()).unwrap().total, 5);
        assert_eq!(v.contacts().get(jan).unwrap().details.job_title.as_deref(), Some("Prezes"));
        assert_eq!(v.contacts().get(anna).unwrap().details.notes.as_deref(), Some("Woli telefon"));
        assert_eq!(v.contacts().get(marta).unwrap().display_name, "Marta Zielińska");
        let ewa = v.operators().unwrap().into_iter().find(|o| o.name == "Ewa").unwrap();
        assert!(!ewa.must_change_passphrase, "Ewa chose her passphrase when she joined");
        let chain = v.audit().verify().unwrap();
        assert!(chain.ok, "{chain:?}");
    }
    let (a, b) = (dump(&t.path, PASS, "Ola (office)"), dump(&joined_path, EWA, "Ewa"));
    assert_eq!(a, b);
    assert_eq!(hash_rows(&a), hash_rows(&b));
}

#[test]
fn an_expired_invitation_is_refused_and_removed() {
    let t = new_vault();
    let folder = t.dir.path().join("shared");
    t.vault.team_init(&folder, "Laptop").unwrap();
    let invitation = t.vault.team_invite("Ola (office)").unwrap();
    assert_eq!(invitation.seat_index, 1);
    let late = FixedClock::new(invitation.expires + chrono::Duration::seconds(1));
    let path = t.dir.path().join("late.custos");
    let session = Session::new("").with_clock(Arc::new(late));
    let e = Vault::team_join(&invitation.code, &folder, &path, "Home", &Passphrase::new(EWA), session).unwrap_err();
    assert_eq!(reason(e), "invitation_expired");
    assert!(invitation_files(&folder).is_empty());
    assert!(!path.exists());
    // A changed invitation file is refused.
    let invitation = t.vault.team_invite("Ola (office)").unwrap();
    let file = folder.join("invitations").join(&invitation_files(&folder)[0]);
    let mut bytes = std::fs::read(&file).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    std::fs::write(&file, bytes).unwrap();
    let session = Session::new("").with_clock(Arc::new(t.clock.clone()));
    let e = Vault::team_join(&invitation.code, &folder, &path, "Home", &Passphrase::new(EWA), session).unwrap_err();
    assert_eq!(reason(e), "invitation_damaged");
    assert!(!path.exists() && !custos_core::vault::keys_path(&path).exists());
    // An expired invitation the owner still has is removed when they next invite.
    let forgotten = t.vault.team_invite("Ola (office)").unwrap();
    t.clock.advance(chrono::Duration::hours(25));
    let next = t.vault.team_invite("Ola (office)").unwrap();
    assert_ne!(next.code, forgotten.code);
    assert_eq!(invitation_files(&folder).len(), 1);
    // Only an owner invites, and only in a team.
    let alone = new_vault();
    assert_eq!(reason(alone.vault.team_invite("Ola (office)").unwrap_err()), "not_in_team");
}
