//! Two seats of one team syncing through two real Syncthing instances on loopback (issue 21,
//! docs/TEAM.md "Tests"): each seat's shared folder is a different directory, each the folder
//! of one Syncthing instance; no address but 127.0.0.1 is used. Skipped, saying so, where
//! `syncthing` is not installed (`cargo xtask setup` installs it).

// Set-up helpers panic with the error when a step fails.
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{TimeZone, Utc};
use custos_core::consents::{ConsentEventKind, ConsentMethod, ConsentRecord};
use custos_core::contact_points::{Label, Labelled};
use custos_core::contacts::{ContactPatch, NewContact};
use custos_core::purposes::{LegalBasis, PurposeSpec};
use custos_core::{FixedClock, Passphrase, Session, Vault};
use custos_e2e::syncthing::{self, Syncthing};
use custos_e2e::team::dump;

const PASS: &str = "two seats through syncthing";
/// Seat B's operator chooses their own passphrase when joining.
const PASS_B: &str = "the office computer's own passphrase";
const TIMEOUT: Duration = Duration::from_secs(20);

fn open(path: &Path, clock: &FixedClock) -> Vault {
    let session = Session::new("Ola").with_clock(Arc::new(clock.clone()));
    if path.exists() {
        Vault::open(path, &Passphrase::new(PASS), session).unwrap()
    } else {
        Vault::create(path, &Passphrase::new(PASS), session).unwrap()
    }
}

#[test]
fn two_seats_share_one_book_through_two_syncthing_instances_on_loopback() {
    let Some(program) = syncthing::installed() else {
        eprintln!("skipped: syncthing is not installed (cargo xtask setup installs it)");
        return;
    };
    let started = Instant::now();
    let dir = tempfile::tempdir().unwrap();
    let folder_a = dir.path().join("seat-a-shared");
    let folder_b = dir.path().join("seat-b-shared");
    let mut st = Syncthing::start(&program, &[&folder_a, &folder_b]).unwrap_or_else(|e| panic!("{e}"));

    // While Syncthing starts: seat A makes the team in its folder and invites its operator to
    // a second seat.
    let clock = FixedClock::new(Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).unwrap());
    let path_a = dir.path().join("a.custos");
    let path_b = dir.path().join("b.custos");
    let a = open(&path_a, &clock);
    let team = a.team_init(&folder_a, "Laptop").unwrap();
    let invitation = a.team_invite("Ola").unwrap();
    // What A did before the invitation is in the invitation's copy of the book: sent now, so
    // the files counted below are those made after it.
    a.team_send().unwrap();

    let connected = st.wait_connected(TIMEOUT).unwrap_or_else(|e| panic!("{e}"));
    st.assert_loopback_only().unwrap_or_else(|e| panic!("{e}"));

    // The invitation (with its encrypted copy of the book) reaches B's folder through
    // Syncthing, and B joins with the code, as `custos team join` does; B's shared folder is its
    // own directory.
    st.wait_until_in_sync(Path::new("invitations"), TIMEOUT).unwrap_or_else(|e| panic!("{e}"));
    let session_b = Session::new("").with_clock(Arc::new(clock.clone()));
    let b = Vault::team_join(&invitation.code, &folder_b, &path_b, "Office PC", &Passphrase::new(PASS_B), session_b)
        .unwrap();
    let seat_b = b.seat().unwrap();
    assert_eq!((seat_b.index, b.team().unwrap().unwrap().folder), (1, folder_b.clone()));
    assert_ne!(seat_b.id, team.seat.id);

    // Seat A adds and edits cards and records a consent, then sends.
    clock.advance(chrono::Duration::seconds(1));
    let mut new = NewContact::named("Anna Nowak");
    new.details.emails = vec![Labelled::new("anna@example.com", Label::Work)];
    let anna = a.contacts().add(new).unwrap().id;
    let jan = a.contacts().add(NewContact::named("Jan Kowalski")).unwrap().id;
    clock.advance(chrono::Duration::seconds(1));
    a.contacts().edit(anna, ContactPatch { job_title: Some(Some("Księgowa".into())), ..Default::default() }).unwrap();
    let spec = PurposeSpec {
        consent_wording: Some("Yes, send me the newsletter.".into()),
        ..PurposeSpec::new("Newsletter", "Monthly news", LegalBasis::Consent)
    };
    let newsletter = a.purposes().add(spec).unwrap().id;
    a.consents().give(anna, newsletter, ConsentRecord::by(ConsentMethod::Paper)).unwrap();
    let sent_a = a.team_send().unwrap();
    assert!(sent_a.len() >= 4, "{sent_a:?}");
    assert!(sent_a.iter().all(|f| f.starts_with(folder_a.join(&team.seat.id))), "{sent_a:?}");

    // The files, and the team's team.json, arrive in B's folder through Syncthing.
    let a_to_b = st.wait_until_in_sync(Path::new(&team.seat.id), TIMEOUT).unwrap_or_else(|e| panic!("{e}"));
    st.wait_until_in_sync(Path::new("team.json"), TIMEOUT).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(std::fs::read(folder_b.join("team.json")).unwrap(), std::fs::read(folder_a.join("team.json")).unwrap());
    for file in &sent_a {
        let there = folder_b.join(file.strip_prefix(&folder_a).unwrap());
        let bytes = std::fs::read(&there).unwrap();
        assert!(!bytes.windows(4).any(|w| w == b"Anna"), "Syncthing carries ciphertext only: {}", there.display());
    }
    let got = b.team_receive().unwrap();
    assert_eq!((got.applied.len(), got.problems), (sent_a.len(), 0));
    assert_eq!(b.contacts().get(anna).unwrap().details.job_title.as_deref(), Some("Księgowa"));
    assert_eq!(b.search("anna@example.com", 5).unwrap().len(), 1);

    // Seat B edits, adds, withdraws the consent, and sends; A receives.
    clock.advance(chrono::Duration::seconds(1));
    b.contacts().edit(jan, ContactPatch { notes: Some(Some("Woli telefon".into())), ..Default::default() }).unwrap();
    let ewa = b.contacts().add(NewContact::named("Ewa Zielińska")).unwrap().id;
    b.consents().withdraw(anna, newsletter, ConsentRecord::by(ConsentMethod::Email)).unwrap();
    let sent_b = b.team_send().unwrap();
    assert!(sent_b.len() >= 3, "{sent_b:?}");
    assert!(sent_b.iter().all(|f| f.starts_with(folder_b.join(&seat_b.id))), "{sent_b:?}");
    let b_to_a = st.wait_until_in_sync(Path::new(""), TIMEOUT).unwrap_or_else(|e| panic!("{e}"));
    let got = a.team_receive().unwrap();
    assert_eq!((got.applied.len(), got.problems), (sent_b.len(), 0));

    // One book on both seats.
    for v in [&a, &b] {
        assert!(v.team_send().unwrap().is_empty(), "nothing applied is sent again");
        assert_eq!(v.contacts().get(jan).unwrap().details.notes.as_deref(), Some("Woli telefon"));
        assert_eq!(v.contacts().get(ewa).unwrap().display_name, "Ewa Zielińska");
        let kinds: Vec<ConsentEventKind> =
            v.consents().history(anna, Some(newsletter)).unwrap().iter().map(|e| e.kind).collect();
        assert_eq!(kinds, [ConsentEventKind::Given, ConsentEventKind::Withdrawn]);
        let chain = v.audit().verify().unwrap();
        assert!(chain.ok, "{chain:?}");
    }
    let (dump_a, dump_b) = (dump(&path_a, PASS), dump(&path_b, PASS_B));
    assert!(dump_a.iter().any(|row| row.contains("Ewa Zielińska")));
    assert_eq!(dump_a, dump_b, "seat A and seat B differ");
    assert_eq!(st.conflicts().unwrap(), Vec::<std::path::PathBuf>::new(), "each seat writes only its own files");
    st.assert_loopback_only().unwrap_or_else(|e| panic!("{e}"));
    eprintln!(
        "two seats through Syncthing: connected in {connected:?}, A→B in {a_to_b:?}, B→A in {b_to_a:?}, {:?} in all",
        started.elapsed()
    );
}
