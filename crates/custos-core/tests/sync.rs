//! Several seats, one contact book (docs/TEAM.md): seats, id ranges, and (as they come) change
//! capture, change files and their apply.

// Tests: a failed step should panic with its error.
#![allow(clippy::unwrap_used)]

mod common;

use common::*;
use custos_core::contact_points::{Label, Labelled};
use custos_core::contacts::{ContactPatch, NewContact};
use custos_core::sync::ids::{range_base, seat_of};
use custos_core::{Passphrase, Vault};

/// Puts the vault at `path` (locked) at seat `index`, as joining a team will.
fn set_seat(path: &std::path::Path, index: i64) {
    raw(path, PASS).execute("UPDATE vault_meta SET value = ?1 WHERE key = 'seat_index'", [index.to_string()]).unwrap();
}

#[test]
fn an_older_vault_gets_a_seat_and_keeps_its_ids() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.custos");
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/schema9-times-out-of-range.custos");
    std::fs::copy(fixture, &path).unwrap();
    let clock = clock();
    let vault = Vault::open(&path, &Passphrase::new(PASS), session(&clock)).unwrap();
    let seat = vault.seat().unwrap();
    assert_eq!(seat.index, 0);
    assert_eq!(seat.id.len(), 32);
    assert!(seat.id.chars().all(|c| c.is_ascii_hexdigit()));
    // The four cards keep their ids; the next one follows them.
    assert_eq!(vault.contacts().get(4).unwrap().display_name, "Piotr Wiśniewski");
    assert_eq!(vault.contacts().add(NewContact::named("Nowa Osoba")).unwrap().id, 5);
    assert!(vault.audit().verify().unwrap().ok);
    // Another vault gets another seat id.
    let other = new_vault();
    assert_ne!(other.vault.seat().unwrap().id, seat.id);
}

#[test]
fn a_seat_takes_ids_from_its_own_range_and_keeps_its_own_audit_chain() {
    let t = new_vault();
    let first = t.vault.contacts().add(NewContact::named("Anna Nowak")).unwrap();
    assert_eq!(first.id, 1);
    let TestVault { dir, path, clock, vault } = t;
    vault.lock();
    set_seat(&path, 2);
    let vault = Vault::open(&path, &Passphrase::new(PASS), session(&clock)).unwrap();
    assert_eq!(vault.seat().unwrap().index, 2);
    let mut new = NewContact::named("Jan Kowalski");
    new.details.emails = vec![Labelled::new("jan@example.com", Label::Work)];
    new.details.tags = vec!["VIP".into()];
    let jan = vault.contacts().add(new).unwrap();
    assert_eq!(jan.id, range_base(2) + 1);
    assert_eq!(seat_of(jan.id), 2);
    assert_eq!(vault.contacts().add(NewContact::named("Ewa Zielińska")).unwrap().id, range_base(2) + 2);
    let db = raw(&path, PASS);
    let seats = |sql: &str| -> Vec<i64> {
        db.prepare(sql).unwrap().query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
    };
    assert_eq!(seats("SELECT DISTINCT id >> 40 FROM audit_entry ORDER BY 1"), [0, 2]);
    assert_eq!(seats("SELECT DISTINCT id >> 40 FROM contact_point"), [2]);
    assert_eq!(seats("SELECT DISTINCT id >> 40 FROM tag"), [2]);
    assert!(vault.audit().verify().unwrap().ok, "{:?}", vault.audit().verify().unwrap());
    drop(dir);
}

/// Puts the vault at `path` in a team as far as capture is concerned.
fn set_team(path: &std::path::Path) {
    raw(path, PASS).execute("INSERT INTO vault_meta (key, value) VALUES ('team_id', 'test-team')", []).unwrap();
}

/// The outbox: (sequence, hlc, tables the changeset touches, in order, without repeats).
fn outbox(path: &std::path::Path) -> Vec<(i64, String, Vec<String>)> {
    use rusqlite::fallible_streaming_iterator::FallibleStreamingIterator;
    let db = raw(path, PASS);
    let rows: Vec<(i64, String, Vec<u8>)> = db
        .prepare("SELECT sequence, hlc, changeset FROM sync_outbox ORDER BY sequence")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    rows.into_iter()
        .map(|(seq, hlc, cs)| {
            let mut input: &[u8] = &cs;
            let reader: &mut dyn std::io::Read = &mut input;
            let mut iter = rusqlite::session::ChangesetIter::start_strm(&reader).unwrap();
            let mut tables: Vec<String> = Vec::new();
            while let Some(item) = iter.next().unwrap() {
                let t = item.op().unwrap().table_name().to_owned();
                if !tables.contains(&t) {
                    tables.push(t);
                }
            }
            (seq, hlc, tables)
        })
        .collect()
}

#[test]
fn a_vault_in_a_team_captures_each_write_and_one_alone_captures_nothing() {
    let t = new_vault();
    let anna = t.vault.contacts().add(NewContact::named("Anna Nowak")).unwrap();
    assert!(outbox(&t.path).is_empty(), "not in a team: nothing captured");
    let TestVault { dir, path, clock, vault } = t;
    vault.lock();
    set_team(&path);
    let vault = Vault::open(&path, &Passphrase::new(PASS), session(&clock)).unwrap();
    // Opening wrote nothing synced (no upgrade): still nothing.
    assert!(outbox(&path).is_empty());
    let mut new = NewContact::named("Jan Kowalski");
    new.details.emails = vec![Labelled::new("jan@example.com", Label::Work)];
    let jan = vault.contacts().add(new).unwrap();
    clock.advance(chrono::Duration::seconds(1));
    let patch = ContactPatch { job_title: Some(Some("Księgowa".into())), ..Default::default() };
    vault.contacts().edit(anna.id, patch).unwrap();
    let out = outbox(&path);
    assert_eq!(out.len(), 2, "{out:?}");
    assert_eq!(out[0].0, 1);
    assert_eq!(out[0].2, ["contact", "contact_point", "audit_entry"]);
    assert_eq!(out[1].0, 2);
    assert_eq!(out[1].2, ["contact", "audit_entry"]);
    assert!(out[0].1 < out[1].1, "the second write is later: {out:?}");
    let db = raw(&path, PASS);
    let next: String =
        db.query_row("SELECT value FROM vault_meta WHERE key = 'next_sequence'", [], |r| r.get(0)).unwrap();
    assert_eq!(next, "3");
    // The edit's fields have their writer's moment; the insert's do not need one.
    let clocks: Vec<(String, String, String)> = db
        .prepare("SELECT table_name, row_key, hlc FROM field_clock ORDER BY 1, 2, column_no")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(!clocks.is_empty());
    assert!(clocks.iter().all(|(t, row, hlc)| t == "contact" && *row == anna.id.to_string() && *hlc == out[1].1));
    assert!(clocks.iter().all(|(_, row, _)| *row != jan.id.to_string()));
    drop(dir);
}

/// Three seats of one team, as joining will make them: seat 0 (`a`) made the team in `folder`;
/// `b` and `c` are copies of it with seat indexes 1 and 2 and seat ids of their own.
struct Three {
    _dir: tempfile::TempDir,
    folder: std::path::PathBuf,
    clock: custos_core::FixedClock,
    paths: [std::path::PathBuf; 3],
    seats: [Vault; 3],
}

fn three(before: impl FnOnce(&Vault)) -> Three {
    let t = new_vault();
    before(&t.vault);
    let folder = t.dir.path().join("shared");
    let team = t.vault.team_init(&folder, "Laptop").unwrap();
    assert_eq!(team.seat.index, 0);
    assert!(folder.join("team.json").exists() && folder.join(&team.seat.id).is_dir());
    let TestVault { dir, path, clock, vault } = t;
    vault.lock();
    let paths = copies_as_seats(dir.path(), &path, &folder, ["Seat 1", "Seat 2"]);
    let open = |p: &std::path::PathBuf| Vault::open(p, &Passphrase::new(PASS), session(&clock)).unwrap();
    let seats = [open(&paths[0]), open(&paths[1]), open(&paths[2])];
    Three { _dir: dir, folder, clock, paths, seats }
}

/// Every synced table of the vault at `path`, rows in order, as text.
fn dump(path: &std::path::Path) -> Vec<String> {
    custos_core::sync::dump_synced_tables(&raw(path, PASS)).unwrap()
}

#[test]
fn concurrent_edits_on_three_seats_converge_by_the_rules() {
    use custos_core::consents::{ConsentEventKind, ConsentMethod, ConsentRecord};
    use custos_core::purposes::{LegalBasis, PurposeSpec};
    let (mut x, mut y, mut w, mut z, mut p) = (0, 0, 0, 0, 0);
    let t = three(|v| {
        x = v.contacts().add(NewContact::named("Anna Nowak")).unwrap().id;
        y = v.contacts().add(NewContact::named("Jan Kowalski")).unwrap().id;
        w = v.contacts().add(NewContact::named("Piotr Wiśniewski")).unwrap().id;
        z = v.contacts().add(NewContact::named("Piotr Wisniewski")).unwrap().id;
        let spec = PurposeSpec {
            consent_wording: Some("Yes, send me the newsletter.".into()),
            ..PurposeSpec::new("Newsletter", "Monthly news", LegalBasis::Consent)
        };
        p = v.purposes().add(spec).unwrap().id;
        v.consents().give(x, p, ConsentRecord::by(ConsentMethod::Paper)).unwrap();
    });
    let [a, b, c] = &t.seats;
    let edit = |v: &Vault, id: i64, patch: ContactPatch| v.contacts().edit(id, patch).unwrap();
    t.clock.advance(chrono::Duration::seconds(1));

    // Different fields of one card on two seats: both stay.
    edit(a, x, ContactPatch { job_title: Some(Some("Księgowa".into())), ..Default::default() });
    edit(b, x, ContactPatch { notes: Some(Some("Woli telefon".into())), ..Default::default() });
    // The same field: the later change wins…
    t.clock.advance(chrono::Duration::seconds(1));
    edit(a, y, ContactPatch { job_title: Some(Some("Prezes".into())), ..Default::default() });
    t.clock.advance(chrono::Duration::seconds(1));
    edit(b, y, ContactPatch { job_title: Some(Some("Dyrektor".into())), ..Default::default() });
    // … and at the same moment, the higher seat index.
    t.clock.advance(chrono::Duration::seconds(1));
    edit(c, x, ContactPatch { organisation: Some(Some("Biuro C".into())), ..Default::default() });
    edit(a, x, ContactPatch { organisation: Some(Some("Biuro A".into())), ..Default::default() });
    // Consent given again on one seat and withdrawn on another: both events are kept.
    t.clock.advance(chrono::Duration::seconds(1));
    a.consents().give(x, p, ConsentRecord::by(ConsentMethod::WebForm)).unwrap();
    t.clock.advance(chrono::Duration::seconds(1));
    b.consents().withdraw(x, p, ConsentRecord::by(ConsentMethod::Email)).unwrap();
    // A card merged away (deleted) on one seat while another edits it: the deletion wins.
    c.contacts().merge(w, z).unwrap();
    edit(a, z, ContactPatch { job_title: Some(Some("Handlowiec".into())), ..Default::default() });

    // Exchange in a different order on each seat.
    for v in [a, b, c] {
        assert!(!v.team_send().unwrap().is_empty());
    }
    let got_b = b.team_receive().unwrap();
    let got_c = c.team_receive().unwrap();
    let got_a = a.team_receive().unwrap();
    assert_eq!((got_a.problems, got_b.problems, got_c.problems), (0, 0, 0));
    assert!(got_a.applied.len() >= 2 && got_b.applied.len() >= 2 && got_c.applied.len() >= 2);
    // Nothing applied was captured again: nothing more to send.
    for v in [a, b, c] {
        assert!(v.team_send().unwrap().is_empty());
    }

    let dumps: Vec<Vec<String>> = t.paths.iter().map(|p| dump(p)).collect();
    assert_eq!(dumps[0], dumps[1], "seat a and b differ");
    assert_eq!(dumps[0], dumps[2], "seat a and c differ");
    assert_eq!(hash_rows(&dumps[0]), hash_rows(&dumps[1]));
    assert_eq!(hash_rows(&dumps[1]), hash_rows(&dumps[2]));
    for v in [a, b, c] {
        let anna = v.contacts().get(x).unwrap();
        assert_eq!(anna.details.job_title.as_deref(), Some("Księgowa"));
        assert_eq!(anna.details.notes.as_deref(), Some("Woli telefon"));
        assert_eq!(anna.details.organisation.as_deref(), Some("Biuro C"), "a tie goes to the higher seat index");
        assert_eq!(v.contacts().get(y).unwrap().details.job_title.as_deref(), Some("Dyrektor"));
        let kinds: Vec<ConsentEventKind> = v.consents().history(x, Some(p)).unwrap().iter().map(|e| e.kind).collect();
        assert_eq!(kinds, [ConsentEventKind::Given, ConsentEventKind::Given, ConsentEventKind::Withdrawn]);
        assert!(v.contacts().get(z).is_err(), "the merged card is gone");
        // The search index follows what arrived.
        assert_eq!(v.search("telefon", 5).unwrap().len(), 1);
        assert_eq!(v.search("handlowiec", 5).unwrap().len(), 0);
        let chain = v.audit().verify().unwrap();
        assert!(chain.ok, "{chain:?}");
    }
}

#[test]
fn a_tampered_or_cut_change_file_is_refused_and_applies_nothing() {
    let t = three(|_| {});
    let [a, b, _] = &t.seats;
    // Making the team was audited; a second team is refused.
    let entries = a.audit().list(&custos_core::audit::AuditFilter::default()).unwrap();
    assert!(entries.iter().any(|e| e.action == "vault.team_created"));
    let again = a.team_init(&t.folder.join("other"), "Laptop").unwrap_err();
    assert_eq!(again.reason(), Some("already_in_team"));
    assert!(!t.folder.join("other").exists());
    let first = a.contacts().add(NewContact::named("Marek Tajny")).unwrap().id;
    a.contacts().add(NewContact::named("Ola Druga")).unwrap();
    let files = a.team_send().unwrap();
    assert_eq!(files.len(), 2);
    let original = std::fs::read(&files[0]).unwrap();
    assert!(!contains(&original, "Marek"), "the shared folder sees ciphertext only");
    let refused = |v: &Vault| {
        let e = v.team_receive().unwrap_err();
        assert!(e.to_string().contains(&files[0].display().to_string()), "{e}");
        e.reason().unwrap_or("").to_owned()
    };
    let mut tampered = original.clone();
    let last = tampered.len() - 1;
    tampered[last] ^= 0x40;
    std::fs::write(&files[0], &tampered).unwrap();
    assert_eq!(refused(b), "change_file_damaged");
    std::fs::write(&files[0], &original[..original.len() / 2]).unwrap();
    assert_eq!(refused(b), "change_file_damaged");
    // Nothing of it, nor of the file after it, was applied.
    assert!(b.contacts().get(first).is_err());
    assert_eq!(b.contacts().list(&Default::default()).unwrap().total, 0);
    // The whole file arrives: both apply, in order.
    std::fs::write(&files[0], &original).unwrap();
    assert_eq!(b.team_receive().unwrap().applied.len(), 2);
    assert_eq!(b.contacts().get(first).unwrap().display_name, "Marek Tajny");
    assert!(t.folder.join("team.json").exists());
}

#[test]
fn a_seat_set_back_by_a_restore_sends_its_new_changes_under_new_numbers() {
    let t = three(|_| {});
    let [a, b, _] = &t.seats;
    a.contacts().add(NewContact::named("Anna Nowak")).unwrap();
    let first = a.team_send().unwrap();
    assert_eq!(first.len(), 1);
    let sent = std::fs::read(&first[0]).unwrap();
    // As after a restore of a backup made before that file was sent: the change is pending
    // again under the same number, and the next write takes number 2 as well.
    let db = raw(&t.paths[0], PASS);
    db.execute("DELETE FROM sync_outbox", []).unwrap();
    db.execute("UPDATE vault_meta SET value = '1' WHERE key = 'next_sequence'", []).unwrap();
    t.clock.advance(chrono::Duration::seconds(1));
    a.contacts().add(NewContact::named("Jan Kowalski")).unwrap();
    let second = a.team_send().unwrap();
    assert_eq!(second.len(), 1);
    assert!(second[0].ends_with("000000000002.custos-changes"), "{second:?}");
    assert_eq!(std::fs::read(&first[0]).unwrap(), sent, "a sent file is never overwritten");
    let got = b.team_receive().unwrap();
    assert_eq!(got.applied.len(), 2);
    assert_eq!(b.contacts().list(&Default::default()).unwrap().total, 2);
}

/// Random edits on three seats with random partial exchanges in between (fixed seeds, so a
/// failure repeats): after everything is exchanged, every seat holds the same book.
/// `SYNC_SEED=n` starts from another seed; `SYNC_CASES=n` runs n sequences (seed, seed+1, …);
/// CI runs 3. A long run: `SYNC_CASES=500 cargo test --release -p custos-core --test sync random_edits`;
/// `SYNC_LIFTS=1` and `SYNC_UNTAGS=1` add lifts and removals of tags.
#[test]
fn random_edits_and_exchanges_on_three_seats_converge() {
    let seed: u64 = std::env::var("SYNC_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x5eed_c0ff_ee15_2026);
    let cases: u64 = std::env::var("SYNC_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(3);
    for case in 0..cases {
        eprintln!("SYNC_SEED={}", seed.wrapping_add(case));
        random_edits_and_exchanges(seed.wrapping_add(case));
    }
}

fn random_edits_and_exchanges(seed: u64) {
    use custos_core::consents::{ConsentMethod, ConsentRecord};
    use custos_core::purposes::{LegalBasis, PurposeSpec};
    let mut state: u64 = seed;
    // SYNC_LIFTS=1 adds lifts of restrictions, SYNC_UNTAGS=1 removals of tags (issue 21: a
    // tag left without cards still diverges, and a lift racing a later edit may).
    let lifts = std::env::var_os("SYNC_LIFTS").is_some();
    let extra = usize::from(lifts) + usize::from(std::env::var_os("SYNC_UNTAGS").is_some());
    let mut next = move |n: usize| {
        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((state >> 33) as usize) % n
    };
    let mut p = 0;
    let mut cards: Vec<i64> = Vec::new();
    let t = three(|v| {
        for name in ["Anna Nowak", "Jan Kowalski", "Ewa Zielińska"] {
            cards.push(v.contacts().add(NewContact::named(name)).unwrap().id);
        }
        let spec = PurposeSpec {
            consent_wording: Some("Yes, send me the newsletter.".into()),
            ..PurposeSpec::new("Newsletter", "Monthly news", LegalBasis::Consent)
        };
        p = v.purposes().add(spec).unwrap().id;
    });
    let words = ["Kraków", "Gdańsk", "Poznań", "Łódź", "Lublin"];
    for step in 0..200 {
        // Often several seats act at the same moment.
        if next(3) == 0 {
            t.clock.advance(chrono::Duration::milliseconds(1 + next(1500) as i64));
        }
        let seat = &t.seats[next(3)];
        let card = cards[next(cards.len())];
        let word = format!("{} {step}", words[next(words.len())]);
        let mut op = next(12 + extra);
        if op == 12 && !lifts {
            op = 13;
        }
        if (1..=5).contains(&op) && seat.contacts().get(card).is_err() {
            continue; // a card made on another seat that has not arrived here yet
        }
        // Edits of a card restricted or erased here are refused: nothing written then.
        let edit = |patch: ContactPatch| {
            let _ = seat.contacts().edit(card, patch);
        };
        match op {
            0 => {
                cards.push(seat.contacts().add(NewContact::named(format!("Osoba {step}"))).unwrap().id);
            }
            1 => {
                // Refused when the consent's state does not allow it: nothing written then.
                let _ = seat.consents().give(card, p, ConsentRecord::by(ConsentMethod::Paper));
            }
            2 => {
                let _ = seat.consents().withdraw(card, p, ConsentRecord::by(ConsentMethod::Email));
            }
            3 => edit(ContactPatch { display_name: Some(word), ..Default::default() }),
            4 => edit(ContactPatch { notes: Some(Some(word)), ..Default::default() }),
            5 => edit(ContactPatch { organisation: Some(Some(word)), ..Default::default() }),
            6 => {
                seat.team_send().unwrap();
            }
            7 => {
                seat.team_receive().unwrap();
            }
            8 => {
                let got = seat.team_sync().unwrap();
                assert!(got.refused.is_empty(), "{got:?}");
            }
            9 => {
                // Restrictions are not lifted here: a lift racing an edit with a later clock is
                // a case the rules do not settle yet (docs/TEAM.md).
                let _ = seat.restrictions().restrict(card, "Contested");
            }
            10 => {
                // Tags are added, not replaced: a tag left without cards by an edit stays on
                // seats where the erasure of its last card did not take it (docs/TEAM.md).
                let _ = seat.contacts().tag(card, &[word]);
            }
            11 => {
                // Now and then a person is erased (refused while restricted).
                if next(3) == 0 {
                    let _ = seat.erase(card);
                }
            }
            12 => {
                let _ = seat.restrictions().lift(card, "Settled");
            }
            _ => {
                if let Ok(found) = seat.contacts().get(card)
                    && !found.details.tags.is_empty()
                {
                    let tag = found.details.tags[next(found.details.tags.len())].clone();
                    let _ = seat.contacts().untag(card, &[tag]);
                }
            }
        }
    }
    for _ in 0..2 {
        for v in &t.seats {
            let got = v.team_sync().unwrap();
            assert!(got.refused.is_empty() && got.problems_added == 0, "{got:?}");
        }
    }
    let dumps: Vec<Vec<String>> = t.paths.iter().map(|p| dump(p)).collect();
    for (i, other) in dumps.iter().enumerate().skip(1) {
        // Only the rows that differ, so a failing seed says what diverged.
        let only = |x: &Vec<String>, y: &Vec<String>| -> Vec<String> {
            x.iter().filter(|r| !y.contains(r)).cloned().collect()
        };
        let (here, there) = (only(&dumps[0], other), only(other, &dumps[0]));
        assert!(
            here.is_empty() && there.is_empty(),
            "seed {seed}: seat 0 and {i} differ:\n only on 0: {here:#?}\n only on {i}: {there:#?}"
        );
    }
    for v in &t.seats {
        assert!(v.audit().verify().unwrap().ok, "{:?}", v.audit().verify().unwrap());
        let status = v.team_status().unwrap();
        assert!(status.waiting == 0 && status.pending_erasures.is_empty(), "{status:?}");
        for card in &cards {
            let found = v.contacts().get(*card).unwrap();
            // Erased and restricted people are not searched for.
            if found.display_name.starts_with("Erased contact") || found.restriction.is_some() {
                continue;
            }
            let first = found.display_name.split_whitespace().next().unwrap().to_lowercase();
            let name = found.display_name;
            assert!(v.search(&first, 100).unwrap().iter().any(|h| h.contact_id == *card), "{name} not found");
        }
    }
}

/// The address-book import writes its cards with the seat's ids, in one change file; another
/// seat applies it whole and finds the cards.
#[test]
fn an_import_on_one_seat_arrives_whole_on_another() {
    use custos_core::address_book::{ContactDraft, ImportChoices, ImportOptions};
    use custos_core::contacts::DataSource;
    let t = three(|_| {});
    let [_, b, c] = &t.seats;
    let drafts: Vec<ContactDraft> = (0..1000)
        .map(|i| ContactDraft {
            line: i + 2,
            display_name: Some(format!("Osoba Numer{i}")),
            emails: vec![Labelled::new(format!("osoba{i}@example.com"), Label::Work)],
            tags: vec!["Targi 2026".into()],
            ..Default::default()
        })
        .collect();
    let options = ImportOptions::new(DataSource::ThirdParty { name: "targi.csv".into() });
    let summary = b.address_book().import(&drafts, &options, &ImportChoices::default(), &mut |_, _| true).unwrap();
    assert_eq!(summary.created, 1000);
    let files = b.team_send().unwrap();
    assert_eq!(files.len(), 1, "one import, one change file");
    let db = raw(&t.paths[1], PASS);
    let outside: i64 = db.query_row("SELECT count(*) FROM contact WHERE id >> 40 != 1", [], |r| r.get(0)).unwrap();
    assert_eq!(outside, 0, "every imported card has an id of seat 1");
    let started = std::time::Instant::now();
    let got = c.team_receive().unwrap();
    let took = started.elapsed();
    eprintln!(
        "1,000 imported cards (1 file, {} bytes) applied in {took:?}",
        std::fs::metadata(&files[0]).unwrap().len()
    );
    assert_eq!(got.applied.len(), 1);
    assert_eq!(c.contacts().list(&Default::default()).unwrap().total, 1000);
    assert!(c.search("numer999", 5).unwrap().iter().any(|h| h.contact_name == "Osoba Numer999"));
    // The receiving seat's search index answers as the importing seat's does.
    for query in ["numer17", "osoba17@example.com", "targi", "example"] {
        let ids = |v: &Vault| -> Vec<i64> { v.search(query, 20).unwrap().iter().map(|h| h.contact_id).collect() };
        assert_eq!(ids(c), ids(b), "{query}");
        assert!(!ids(c).is_empty(), "{query}");
    }
    assert_eq!(dump(&t.paths[1]), dump(&t.paths[2]));
}

/// A change that would break a reference here (a conversation added on one seat to a card
/// merged away on another) keeps its whole file aside as a problem for a person: nothing of it
/// is applied, nothing is lost, and later files still apply.
#[test]
fn a_file_that_would_break_a_reference_is_kept_aside_as_a_problem() {
    use custos_core::Clock;
    use custos_core::interactions::{Channel, NewConversation, NewMessage, Sender};
    let (mut w, mut z) = (0, 0);
    let t = three(|v| {
        w = v.contacts().add(NewContact::named("Piotr Wiśniewski")).unwrap().id;
        z = v.contacts().add(NewContact::named("Piotr Wisniewski")).unwrap().id;
    });
    let [a, b, _] = &t.seats;
    a.contacts().merge(w, z).unwrap();
    let note = NewConversation {
        channel: Channel::Phone,
        started_at: None,
        ended_at: None,
        external_ref: None,
        messages: vec![NewMessage {
            at: t.clock.now(),
            sender: Sender::Contact,
            text: "Dzwonił w sprawie faktury".into(),
        }],
    };
    b.interactions().add(z, note).unwrap();
    b.contacts().add(NewContact::named("Ewa Zielińska")).unwrap();
    a.team_send().unwrap();
    b.team_send().unwrap();
    let got = a.team_receive().unwrap();
    assert_eq!(got.applied.len(), 2, "both files are done with");
    assert_eq!(got.problems, 1, "the conversation's file is kept aside");
    let db = raw(&t.paths[0], PASS);
    let kept: (String, i64) = db
        .query_row("SELECT conflict, length(changeset) FROM sync_problem", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap();
    assert_eq!(kept.0, "foreign_key");
    assert!(kept.1 > 0);
    assert!(a.contacts().list(&Default::default()).unwrap().items.iter().any(|c| c.display_name == "Ewa Zielińska"));
}

/// Exchanges everything on every seat in the given order of seats, twice (so what one seat
/// applied and acknowledged reaches the others), through `team_sync`.
fn sync_all(t: &Three, order: [usize; 3]) {
    for _ in 0..2 {
        for i in order {
            let got = t.seats[i].team_sync().unwrap();
            assert!(got.refused.is_empty(), "{got:?}");
            assert_eq!(got.problems_added, 0, "{got:?}");
        }
    }
}

fn assert_same_books(t: &Three) {
    let dumps: Vec<Vec<String>> = t.paths.iter().map(|p| dump(p)).collect();
    assert_eq!(dumps[0], dumps[1], "seat a and b differ");
    assert_eq!(dumps[0], dumps[2], "seat a and c differ");
    assert_eq!(hash_rows(&dumps[0]), hash_rows(&dumps[2]));
}

/// Seat c edits a card (offline) while seat a lifts its restriction, restricts it and lifts it
/// again; then c comes back.
/// Two seats restrict a card concurrently and the first lifts its own restriction before the
/// other's arrives: the older restriction, arriving after the later lift, loses to it (the
/// card's standing is the one with the latest clock), so in any order every seat ends lifted.
/// Found by the property test with lifts (`SYNC_LIFTS=1 SYNC_SEED=1001`, issue 21).
#[test]
fn an_older_restriction_arriving_after_a_later_lift_loses_to_it() {
    for order in [[0, 1, 2], [1, 0, 2], [2, 1, 0]] {
        let mut x = 0;
        let t = three(|v| x = v.contacts().add(NewContact::named("Ewa Zielińska")).unwrap().id);
        let [a, b, _] = &t.seats;
        t.clock.advance(chrono::Duration::seconds(1));
        a.restrictions().restrict(x, "Accuracy contested").unwrap();
        t.clock.advance(chrono::Duration::seconds(1));
        b.restrictions().restrict(x, "Objection").unwrap();
        t.clock.advance(chrono::Duration::seconds(1));
        a.restrictions().lift(x, "Checked").unwrap();
        sync_all(&t, order);
        assert_same_books(&t);
        for v in &t.seats {
            assert!(v.contacts().get(x).unwrap().restriction.is_none(), "{order:?}");
            assert!(v.audit().verify().unwrap().ok);
        }
    }
}

fn c_edits_while_a_restricts_and_lifts(t: &Three, x: i64) {
    let [a, _, c] = &t.seats;
    if a.contacts().get(x).unwrap().restriction.is_some() {
        a.restrictions().lift(x, "Checked").unwrap();
    }
    a.team_sync().unwrap();
    c.team_sync().unwrap();
    t.clock.advance(chrono::Duration::seconds(1));
    c.contacts().edit(x, ContactPatch { organisation: Some(Some("Firma C".into())), ..Default::default() }).unwrap();
    a.restrictions().restrict(x, "Contested again").unwrap();
    a.restrictions().lift(x, "Checked again").unwrap();
}

/// A restriction wins over an edit made at the same time on another seat: after exchanging
/// in either order, every seat has the restriction and the name from before the edit.
#[test]
fn a_restriction_wins_over_a_racing_edit_in_either_order() {
    // A long note: the snapshot's values take more than one byte to say their length.
    let long = "Długa notatka. ".repeat(700);
    let t = three(|_| {});
    let [a, b, _] = &t.seats;
    for order in [[0, 1, 2], [1, 2, 0]] {
        let mut new = NewContact::named("Anna Nowak");
        new.details.notes = Some(long.clone());
        let x = a.contacts().add(new).unwrap().id;
        sync_all(&t, order);
        t.clock.advance(chrono::Duration::seconds(1));
        // B's edit is even the later one by the clock: the restriction still wins.
        a.restrictions().restrict(x, "Accuracy contested").unwrap();
        t.clock.advance(chrono::Duration::seconds(1));
        let patch = ContactPatch {
            display_name: Some("Anna Kowalska".into()),
            notes: Some(Some("Nowe nazwisko".into())),
            ..Default::default()
        };
        b.contacts().edit(x, patch).unwrap();
        sync_all(&t, order);
        assert_same_books(&t);
        for v in &t.seats {
            let anna = v.contacts().get(x).unwrap();
            assert_eq!(anna.display_name, "Anna Nowak", "{order:?}");
            assert_eq!(anna.details.notes.as_deref(), Some(long.trim()), "{order:?}");
            assert!(anna.restriction.is_some(), "{order:?}");
            assert!(!v.search("kowalska", 5).unwrap().iter().any(|h| h.contact_id == x));
            assert!(v.audit().verify().unwrap().ok);
        }
        // Restricted and lifted again before the racing edit arrives: the edit still loses.
        t.clock.advance(chrono::Duration::seconds(1));
        c_edits_while_a_restricts_and_lifts(&t, x);
        sync_all(&t, order);
        assert_same_books(&t);
        assert_eq!(t.seats[1].contacts().get(x).unwrap().details.organisation, None, "{order:?}");
        // Once lifted, edits go through again.
        if t.seats[0].contacts().get(x).unwrap().restriction.is_none() {
            a.restrictions().restrict(x, "Again").unwrap();
            sync_all(&t, order);
        }
        a.restrictions().lift(x, "Accuracy confirmed").unwrap();
        sync_all(&t, order);
        t.clock.advance(chrono::Duration::seconds(1));
        b.contacts()
            .edit(x, ContactPatch { display_name: Some("Anna Kowalska".into()), ..Default::default() })
            .unwrap();
        sync_all(&t, order);
        assert_same_books(&t);
        assert_eq!(t.seats[2].contacts().get(x).unwrap().display_name, "Anna Kowalska");
    }
}

/// Every file of the shared folder, decrypted with the team key (as the team's seats can):
/// (path, header and plaintext). Panics on a file that does not open.
fn folder_plaintexts(t: &Three) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let key: String = raw(&t.paths[0], PASS)
        .query_row("SELECT value FROM vault_meta WHERE key = 'team_key'", [], |r| r.get(0))
        .unwrap();
    let mut out = Vec::new();
    for seat in std::fs::read_dir(&t.folder).unwrap() {
        let seat = seat.unwrap().path();
        if !seat.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&seat).unwrap() {
            let path = file.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            let (header, plain) = custos_core::sync::files::decrypt_with_hex_key(&bytes, &key)
                .unwrap_or_else(|| panic!("{} does not open", path.display()));
            let mut text = serde_json::to_vec(&header).unwrap();
            text.extend(plain);
            out.push((path, text));
        }
    }
    out
}

/// Where `needle` is in a seat's vault as SQL sees it: every table (sync bookkeeping included).
fn rows_holding(path: &std::path::Path, needle: &str) -> Vec<String> {
    let db = raw(path, PASS);
    let tables: Vec<String> = db
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'search_fts_%'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut found = Vec::new();
    for table in tables {
        let mut stmt = db.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let n = stmt.column_count();
        let rows: Vec<Vec<rusqlite::types::Value>> =
            stmt.query_map([], |r| (0..n).map(|i| r.get(i)).collect()).unwrap().collect::<Result<_, _>>().unwrap();
        for row in rows {
            for v in row {
                let bytes = match v {
                    rusqlite::types::Value::Text(t) => t.into_bytes(),
                    rusqlite::types::Value::Blob(b) => b,
                    _ => continue,
                };
                if contains(&bytes, needle) || contains(&bytes, &needle.to_lowercase()) {
                    found.push(table.clone());
                }
            }
        }
    }
    found
}

/// An erasure on one seat while another is offline and keeps editing that person (a note, a
/// message, a tag, an e-mail address, a consent): after exchanging in any order the person is
/// erased on every seat, the offline seat's edits are gone everywhere, the books are equal; and
/// once every seat has acknowledged, no file of the shared folder and no row of any seat
/// holds the marker stored in their name, note and messages.
#[test]
fn an_erasure_wins_everywhere_and_leaves_no_file_behind() {
    use custos_core::Clock;
    use custos_core::consents::{ConsentMethod, ConsentRecord};
    use custos_core::interactions::{Channel, NewConversation, NewMessage, Sender};
    use custos_core::purposes::{LegalBasis, PurposeSpec};
    const MARK: &str = "Qzxmarkerq";
    let mut p = 0;
    let t = three(|v| {
        let spec = PurposeSpec {
            consent_wording: Some("Yes, send me the newsletter.".into()),
            ..PurposeSpec::new("Newsletter", "Monthly news", LegalBasis::Consent)
        };
        p = v.purposes().add(spec).unwrap().id;
    });
    let [a, b, c] = &t.seats;
    for order in [[0, 1, 2], [2, 1, 0]] {
        let talk = |text: &str| NewConversation {
            channel: Channel::Phone,
            started_at: None,
            ended_at: None,
            external_ref: None,
            messages: vec![NewMessage { at: t.clock.now(), sender: Sender::Contact, text: text.into() }],
        };
        // Seat b records the person, with the marker in their name, note and a message; a
        // second person shares a change file with them.
        let mut new = NewContact::named(format!("Jan {MARK}"));
        new.details.notes = Some(format!("Notatka {MARK}"));
        let x = b.contacts().add(new).unwrap().id;
        b.interactions().add(x, talk(&format!("Rozmowa {MARK}"))).unwrap();
        let other = b.contacts().add(NewContact::named("Ewa Zielińska")).unwrap().id;
        sync_all(&t, order);
        assert_eq!(c.contacts().get(x).unwrap().display_name, format!("Jan {MARK}"));

        // Seat c is offline and keeps working on the person; seat a erases them.
        t.clock.advance(chrono::Duration::seconds(1));
        a.erase(x).unwrap();
        t.clock.advance(chrono::Duration::seconds(1));
        let patch = ContactPatch {
            notes: Some(Some(format!("Dalej {MARK}"))),
            emails: Some(vec![Labelled::new("jan.marker@example.com", Label::Work)]),
            tags: Some(vec![format!("Tag{MARK}")]),
            ..Default::default()
        };
        c.contacts().edit(x, patch).unwrap();
        c.interactions().add(x, talk(&format!("Offline {MARK}"))).unwrap();
        c.consents().give(x, p, ConsentRecord::by(ConsentMethod::Paper)).unwrap();
        c.contacts()
            .edit(other, ContactPatch { job_title: Some(Some("Księgowa".into())), ..Default::default() })
            .unwrap();
        // a and b exchange first; c comes back later.
        for v in [a, b, a] {
            v.team_sync().unwrap();
        }
        let status = a.team_status().unwrap();
        assert_eq!(status.pending_erasures.len(), 1, "{status:?}");
        assert_eq!(status.pending_erasures[0].contact, x);
        assert_eq!(status.pending_erasures[0].seats, [c.seat().unwrap().id], "only c has not applied it");
        sync_all(&t, order);
        sync_all(&t, order);

        assert_same_books(&t);
        for (i, v) in t.seats.iter().enumerate() {
            let card = v.contacts().get(x).unwrap();
            assert!(card.display_name.starts_with("Erased contact"), "seat {i}: {}", card.display_name);
            assert_eq!(card.details.notes, None);
            assert!(card.details.emails.is_empty() && card.details.tags.is_empty(), "seat {i}");
            assert_eq!(v.interactions().for_contact(x).map(|l| l.len()).unwrap_or(0), 0, "seat {i}");
            assert!(v.search(MARK, 5).unwrap().is_empty(), "seat {i}");
            assert_eq!(v.contacts().get(other).unwrap().details.job_title.as_deref(), Some("Księgowa"));
            assert!(v.audit().verify().unwrap().ok, "seat {i}: {:?}", v.audit().verify().unwrap());
            let status = v.team_status().unwrap();
            assert!(status.pending_erasures.is_empty(), "seat {i}: {status:?}");
            assert_eq!(status.waiting, 0, "seat {i}: {status:?}");
            assert!(rows_holding(&t.paths[i], MARK).is_empty(), "seat {i}: {:?}", rows_holding(&t.paths[i], MARK));
        }
        for (path, text) in folder_plaintexts(&t) {
            assert!(
                !contains(&text, MARK) && !contains(&text, &MARK.to_lowercase()),
                "{} holds the marker",
                path.display()
            );
        }
        // The folder still holds what the others need: a later change still arrives.
        b.contacts()
            .edit(other, ContactPatch { job_title: Some(Some("Prezes".into())), ..Default::default() })
            .unwrap();
        sync_all(&t, order);
        assert_eq!(c.contacts().get(other).unwrap().details.job_title.as_deref(), Some("Prezes"));
    }
}

/// What `team_status` says as changes travel: changes waiting, each seat's lag, last sign of
/// life and name; a damaged file is reported by `team_sync` without stopping it; a problem is
/// listed until a person dismisses it (audited).
#[test]
fn team_status_follows_the_changes_and_problems_until_dismissed() {
    use custos_core::Clock;
    use custos_core::interactions::{Channel, NewConversation, NewMessage, Sender};
    let (mut w, mut z) = (0, 0);
    let t = three(|v| {
        w = v.contacts().add(NewContact::named("Piotr Wiśniewski")).unwrap().id;
        z = v.contacts().add(NewContact::named("Piotr Wisniewski")).unwrap().id;
    });
    let [a, b, c] = &t.seats;
    let (ida, idb) = (a.seat().unwrap().id, b.seat().unwrap().id);
    t.clock.advance(chrono::Duration::seconds(5));
    a.contacts().add(NewContact::named("Anna Nowak")).unwrap();
    let s = a.team_status().unwrap();
    assert_eq!((s.waiting, s.unsent), (1, 1), "{s:?}");
    assert_eq!(s.seats.len(), 3);
    assert!(s.seats[0].this_seat && s.seats[0].id == ida && s.seats[0].index == Some(0));
    assert_eq!((s.seats[1].id.as_str(), s.seats[1].name.as_deref()), (idb.as_str(), Some("Seat 1")));
    assert_eq!(s.seats[2].index, Some(2));
    assert_eq!(s.seats[1].last_seen, None, "b wrote nothing yet");
    let sent = a.team_sync().unwrap();
    assert_eq!((sent.sent, sent.applied), (1, 0));
    let s = a.team_status().unwrap();
    assert_eq!((s.waiting, s.unsent), (1, 0), "sent, not yet applied by b and c: {s:?}");
    for v in [b, c] {
        assert_eq!(v.team_sync().unwrap().applied, 1);
    }
    let s = a.team_status().unwrap();
    assert_eq!(s.waiting, 0, "{s:?}");
    assert_eq!(s.seats[1].acknowledged, 1);
    assert_eq!(s.seats[1].last_seen, Some(t.clock.now()), "b's acknowledgement");

    // b makes two changes: a sees them waiting until it syncs.
    t.clock.advance(chrono::Duration::seconds(5));
    b.contacts().add(NewContact::named("Jan Kowalski")).unwrap();
    b.contacts().add(NewContact::named("Ewa Zielińska")).unwrap();
    b.team_sync().unwrap();
    let s = a.team_status().unwrap();
    assert_eq!((s.seats[1].applied_up_to, s.seats[1].lag_changes), (0, 2), "{s:?}");
    assert_eq!(s.seats[1].last_seen, Some(t.clock.now()));
    // A damaged file of c's is refused; b's still apply.
    c.contacts().add(NewContact::named("Ola Trzecia")).unwrap();
    let files = c.team_send().unwrap();
    let bytes = std::fs::read(&files[0]).unwrap();
    std::fs::write(&files[0], &bytes[..bytes.len() / 2]).unwrap();
    let got = a.team_sync().unwrap();
    assert_eq!(got.applied, 2);
    assert_eq!(got.refused.len(), 1, "{got:?}");
    assert_eq!(got.refused[0].reason, "change_file_damaged");
    assert!(got.refused[0].file.ends_with("000000000001.custos-changes"), "{got:?}");
    let s = a.team_status().unwrap();
    assert_eq!((s.seats[1].applied_up_to, s.seats[1].lag_changes), (2, 0));
    assert_eq!((s.seats[2].applied_up_to, s.seats[2].lag_changes), (0, 1), "c's file waits");
    std::fs::write(&files[0], &bytes).unwrap();
    assert_eq!(a.team_sync().unwrap().applied, 1);

    // A conversation recorded on b for a card merged away on a: kept aside on a.
    a.contacts().merge(w, z).unwrap();
    let note = NewConversation {
        channel: Channel::Phone,
        started_at: None,
        ended_at: None,
        external_ref: None,
        messages: vec![NewMessage { at: t.clock.now(), sender: Sender::Contact, text: "Dzwonił".into() }],
    };
    b.interactions().add(z, note).unwrap();
    b.team_sync().unwrap();
    let got = a.team_sync().unwrap();
    assert_eq!(got.problems_added, 1, "{got:?}");
    let s = a.team_status().unwrap();
    assert_eq!(s.problems.len(), 1);
    let problem = &s.problems[0];
    assert_eq!((problem.seat.as_str(), problem.kind.as_str()), (idb.as_str(), "foreign_key"));
    let held = |id: i64| -> i64 {
        raw(&t.paths[0], PASS)
            .query_row("SELECT length(changeset) FROM sync_problem WHERE id = ?1", [id], |r| r.get(0))
            .unwrap()
    };
    assert!(held(problem.id) > 0);
    a.team_problem_dismiss(problem.id).unwrap();
    assert!(a.team_status().unwrap().problems.is_empty());
    assert_eq!(held(problem.id), 0, "a dismissed change is not kept");
    assert_eq!(a.team_problem_dismiss(problem.id).unwrap_err().reason(), Some("team_problem_unknown"));
    let entries = a.audit().list(&custos_core::audit::AuditFilter::default()).unwrap();
    assert!(entries.iter().any(|e| e.action == "vault.team_problem_dismissed"));
    assert!(a.audit().verify().unwrap().ok);
}

#[test]
fn a_seat_of_schema_16_upgrades_and_sends_what_it_had_waiting() {
    // A seat with a change captured but not yet sent, taken back to schema 16 (before
    // migration 17 added the outbox's contacts and erasures, sync_erasure and the problem's
    // row): opening it upgrades it, and the waiting change goes out as a readable file.
    let t = new_vault();
    let folder = t.dir.path().join("shared");
    t.vault.team_init(&folder, "Laptop").unwrap();
    t.vault.contacts().add(NewContact::named("Anna Nowak")).unwrap();
    let TestVault { dir: _dir, path, clock, vault } = t;
    vault.lock();
    let db = raw(&path, PASS);
    db.execute_batch(
        "ALTER TABLE sync_outbox DROP COLUMN contacts;
         ALTER TABLE sync_outbox DROP COLUMN erases;
         DROP TABLE sync_erasure;
         ALTER TABLE sync_problem DROP COLUMN row_key;
         ALTER TABLE sync_problem DROP COLUMN contacts;
         PRAGMA user_version = 16;",
    )
    .unwrap();
    drop(db);

    let vault = Vault::open(&path, &Passphrase::new(PASS), session(&clock)).unwrap();
    let version: i64 = raw(&path, PASS).query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, custos_core::vault::SCHEMA_VERSION);
    assert!(vault.team_has_unsent().unwrap());
    let sent = vault.team_send().unwrap();
    assert!(!sent.is_empty());
    assert!(!vault.team_has_unsent().unwrap());
    let status = vault.team_status().unwrap();
    assert_eq!((status.unsent, status.pending_erasures.len(), status.problems.len()), (0, 0, 0));
    // The files are whole and authentic for the other seats; the changes captured before the
    // upgrade name no contacts in their headers (schema 16 did not note them).
    let key: String =
        raw(&path, PASS).query_row("SELECT value FROM vault_meta WHERE key = 'team_key'", [], |r| r.get(0)).unwrap();
    for file in &sent {
        let bytes = std::fs::read(file).unwrap();
        let (header, changeset) = custos_core::sync::files::decrypt_with_hex_key(&bytes, &key).unwrap();
        assert!(header.contacts.is_empty() && !changeset.is_empty(), "{}", file.display());
    }
    assert!(vault.audit().verify().unwrap().ok);
}

/// A copy of seat `i` with the same seat id (its file and write-ahead log copied while nothing
/// writes): a second receiver in exactly the same state, to apply the same files another way.
fn twin(t: &Three, i: usize, name: &str) -> (std::path::PathBuf, Vault) {
    let path = &t.paths[i];
    let copy = t._dir.path().join(name);
    for suffix in ["", "-wal"] {
        let from = std::path::PathBuf::from(format!("{}{suffix}", path.display()));
        if from.exists() {
            std::fs::copy(&from, format!("{}{suffix}", copy.display())).unwrap();
        }
    }
    std::fs::copy(custos_core::vault::keys_path(path), custos_core::vault::keys_path(&copy)).unwrap();
    let twin = Vault::open(&copy, &Passphrase::new(PASS), session(&t.clock)).unwrap();
    (copy, twin)
}

/// What a receiver's apply leaves besides the synced tables: the bookkeeping (field clocks,
/// files applied, problems, erasures, the seat's clock) and the search index, as text.
fn bookkeeping(path: &std::path::Path) -> Vec<String> {
    let db = raw(path, PASS);
    let mut out = Vec::new();
    for sql in [
        "SELECT table_name, row_key, column_no, hlc FROM field_clock",
        "SELECT seat, sequence, hlc, applied_at FROM sync_applied",
        "SELECT seat, sequence, table_name, conflict, hex(changeset), row_key, contacts FROM sync_problem",
        "SELECT contact_id, seat, sequence, erased_at FROM sync_erasure",
        "SELECT key, value FROM vault_meta WHERE key IN ('hlc', 'next_sequence')",
        "SELECT rowid, * FROM search_fts",
    ] {
        let mut stmt = db.prepare(sql).unwrap();
        let n = stmt.column_count();
        let mut rows: Vec<String> = stmt
            .query_map([], |r| {
                let mut row = sql.to_owned();
                for i in 0..n {
                    row.push_str(&format!(" | {:?}", r.get::<_, rusqlite::types::Value>(i)?));
                }
                Ok(row)
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        rows.sort();
        out.extend(rows);
    }
    out
}

/// Many change files from two seats (new cards, edits of the same cards on both, tags, a
/// conversation, a deletion, and edits that meet the receiver's own), applied by one seat in
/// batches of several sizes and file by file: the same book, bookkeeping and search index.
#[test]
fn many_files_from_several_seats_applied_in_batches_give_the_same_book_as_one_by_one() {
    use custos_core::Clock;
    use custos_core::interactions::{Channel, NewConversation, NewMessage, Sender};
    let mut ids = Vec::new();
    let t = three(|v| {
        for i in 0..12 {
            ids.push(v.contacts().add(NewContact::named(format!("Osoba {i}"))).unwrap().id);
        }
    });
    {
        let [a, b, c] = &t.seats;
        for round in 0..20 {
            t.clock.advance(chrono::Duration::seconds(1));
            let id = ids[round % ids.len()];
            let patch = ContactPatch { job_title: Some(Some(format!("B {round}"))), ..Default::default() };
            b.contacts().edit(id, patch).unwrap();
            let patch = ContactPatch {
                job_title: Some(Some(format!("C {round}"))),
                organisation: Some(Some(format!("Firma {round}"))),
                ..Default::default()
            };
            c.contacts().edit(ids[(round + 3) % ids.len()], patch).unwrap();
            if round % 4 == 0 {
                let mut new = NewContact::named(format!("Nowa {round}"));
                new.details.emails = vec![Labelled::new(format!("nowa{round}@example.com"), Label::Work)];
                new.details.tags = vec!["Targi".into()];
                c.contacts().add(new).unwrap();
            }
            if round % 5 == 0 {
                let patch = ContactPatch { tags: Some(vec![format!("Runda {round}")]), ..Default::default() };
                b.contacts().edit(ids[(round + 1) % ids.len()], patch).unwrap();
                // The receiver's own edit of a field the others write too.
                let patch = ContactPatch { job_title: Some(Some(format!("A {round}"))), ..Default::default() };
                a.contacts().edit(id, patch).unwrap();
            }
        }
        let talk = NewConversation {
            channel: Channel::Phone,
            started_at: None,
            ended_at: None,
            external_ref: None,
            messages: vec![NewMessage {
                at: t.clock.now(),
                sender: Sender::Contact,
                text: "Rozmowa o fakturze".into(),
            }],
        };
        b.interactions().add(ids[4], talk).unwrap();
        c.contacts().merge(ids[10], ids[11]).unwrap();
        b.team_send().unwrap();
        c.team_send().unwrap();
    }
    let (one_path, one) = twin(&t, 0, "one-by-one.custos");
    let (three_path, by_three) = twin(&t, 0, "by-three.custos");
    let by_one = one.team_receive_in_batches_of(1).unwrap();
    assert!(by_one.applied.len() > 40, "{}", by_one.applied.len());
    let by_3 = by_three.team_receive_in_batches_of(3).unwrap();
    let all = t.seats[0].team_receive().unwrap();
    assert_eq!(by_one, by_3);
    assert_eq!(by_one, all);
    assert_eq!(dump(&one_path), dump(&t.paths[0]));
    assert_eq!(dump(&three_path), dump(&t.paths[0]));
    assert_eq!(bookkeeping(&one_path), bookkeeping(&t.paths[0]));
    assert_eq!(bookkeeping(&three_path), bookkeeping(&t.paths[0]));
    assert!(t.seats[0].search("faktur", 5).unwrap().iter().any(|h| h.contact_id == ids[4]));
    assert!(t.seats[0].search("nowa8@example.com", 5).unwrap().len() == 1);
}

/// A batch holding a file that would break a reference (kept aside whole as a problem) and an
/// erasure from another seat, between other files: applied as one batch and file by file, the
/// same book, the same problem, the person erased either way; a later file still applies.
#[test]
fn a_batch_with_a_problem_file_and_an_erasure_applies_as_file_by_file() {
    use custos_core::Clock;
    use custos_core::interactions::{Channel, NewConversation, NewMessage, Sender};
    const MARK: &str = "Qzxbatchq";
    let (mut w, mut z, mut x) = (0, 0, 0);
    let t = three(|v| {
        w = v.contacts().add(NewContact::named("Piotr Wiśniewski")).unwrap().id;
        z = v.contacts().add(NewContact::named("Piotr Wisniewski")).unwrap().id;
        let mut new = NewContact::named(format!("Jan {MARK}"));
        new.details.notes = Some(format!("Notatka {MARK}"));
        x = v.contacts().add(new).unwrap().id;
    });
    {
        let [a, b, c] = &t.seats;
        let talk = |text: String| NewConversation {
            channel: Channel::Phone,
            started_at: None,
            ended_at: None,
            external_ref: None,
            messages: vec![NewMessage { at: t.clock.now(), sender: Sender::Contact, text }],
        };
        // The receiver merges z into w; b adds a conversation to z (its file breaks a
        // reference here), between c's edits and c's erasure of x.
        a.contacts().merge(w, z).unwrap();
        t.clock.advance(chrono::Duration::seconds(1));
        c.contacts().add(NewContact::named("Ewa Zielińska")).unwrap();
        b.interactions().add(x, talk(format!("Rozmowa {MARK}"))).unwrap();
        t.clock.advance(chrono::Duration::seconds(1));
        b.interactions().add(z, talk("Dzwonił w sprawie faktury".into())).unwrap();
        t.clock.advance(chrono::Duration::seconds(1));
        c.erase(x).unwrap();
        t.clock.advance(chrono::Duration::seconds(1));
        b.contacts().edit(x, ContactPatch { notes: Some(Some(format!("Po {MARK}"))), ..Default::default() }).unwrap();
        b.contacts().add(NewContact::named("Anna Nowak")).unwrap();
        b.team_send().unwrap();
        c.team_send().unwrap();
    }
    let (one_path, one) = twin(&t, 0, "one-by-one.custos");
    let by_one = one.team_receive_in_batches_of(1).unwrap();
    let all = t.seats[0].team_receive().unwrap();
    assert_eq!(by_one, all);
    assert_eq!(all.applied.len(), 6, "{all:?}");
    assert_eq!(all.problems, 1, "the conversation of the merged card is kept aside");
    assert_eq!(dump(&one_path), dump(&t.paths[0]));
    assert_eq!(bookkeeping(&one_path), bookkeeping(&t.paths[0]));
    let a = &t.seats[0];
    let card = a.contacts().get(x).unwrap();
    assert!(card.display_name.starts_with("Erased contact"), "{}", card.display_name);
    assert!(a.search(MARK, 5).unwrap().is_empty());
    assert!(a.search("faktury", 5).unwrap().is_empty(), "nothing of the problem file is applied");
    let names: Vec<String> =
        a.contacts().list(&Default::default()).unwrap().items.into_iter().map(|c| c.display_name).collect();
    assert!(names.contains(&"Ewa Zielińska".to_owned()) && names.contains(&"Anna Nowak".to_owned()), "{names:?}");
    drop(one);
    // A later file still applies after the batch.
    t.seats[1].contacts().add(NewContact::named("Jerzy Nowy")).unwrap();
    t.seats[1].team_send().unwrap();
    assert_eq!(t.seats[0].team_receive().unwrap().applied.len(), 1);
    assert!(rows_holding(&t.paths[0], MARK).is_empty(), "{:?}", rows_holding(&t.paths[0], MARK));
}

/// A seat of schema 17 with a change kept aside upgrades (migration 18: the problem's
/// contacts): the problem is still listed, with no contacts known, and is dismissed as before.
#[test]
fn a_seat_of_schema_17_with_a_problem_upgrades() {
    let t = new_vault();
    let folder = t.dir.path().join("shared");
    t.vault.team_init(&folder, "Laptop").unwrap();
    let TestVault { dir: _dir, path, clock, vault } = t;
    vault.lock();
    let db = raw(&path, PASS);
    db.execute_batch(
        "ALTER TABLE sync_problem DROP COLUMN contacts;
         INSERT INTO sync_problem (id, seat, sequence, table_name, conflict, changeset, found_at, row_key)
         VALUES (1, '00000000000000000000000000000001', 4, 'contact', 'constraint', x'', '2026-03-01T09:00:00.000Z', '7');
         PRAGMA user_version = 17;",
    )
    .unwrap();
    drop(db);
    let vault = Vault::open(&path, &Passphrase::new(PASS), session(&clock)).unwrap();
    let db = raw(&path, PASS);
    let version: i64 = db.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, 18);
    let contacts: String = db.query_row("SELECT contacts FROM sync_problem WHERE id = 1", [], |r| r.get(0)).unwrap();
    assert_eq!(contacts, "[]");
    let status = vault.team_status().unwrap();
    assert_eq!(status.problems.len(), 1, "{status:?}");
    assert_eq!((status.problems[0].row.as_str(), status.problems[0].sequence), ("7", 4));
    vault.team_problem_dismiss(1).unwrap();
    assert!(vault.team_status().unwrap().problems.is_empty());
}

/// A Telegram Desktop export of one personal chat with `name`, holding `messages` (id, text),
/// all from them, written to `path`.
fn telegram_chat(path: &std::path::Path, name: &str, messages: &[(i64, String)]) {
    let messages: Vec<serde_json::Value> = messages
        .iter()
        .map(|(id, text)| {
            let at = 1_709_283_760 + id * 60;
            serde_json::json!({
                "id": id, "type": "message",
                "date": chrono::DateTime::from_timestamp(at, 0).unwrap().format("%Y-%m-%dT%H:%M:%S").to_string(),
                "date_unixtime": at.to_string(), "from": name, "from_id": "user5012345678",
                "text": text, "text_entities": [{"type": "plain", "text": text}],
            })
        })
        .collect();
    let chat = serde_json::json!({"name": name, "type": "personal_chat", "id": 5012345678i64, "messages": messages});
    std::fs::write(path, serde_json::to_vec_pretty(&chat).unwrap()).unwrap();
}

/// The erasure gap of TEAM.md: a seat offline while a person is erased adds a message to a
/// conversation they already had (a second import of the same chat). That seat's whole file
/// is kept aside on the others (its message's conversation is gone); the problem keeps the
/// people its header names, so it loses its changeset: after the exchange and the
/// acknowledgements the marker in the message is in no row of any seat (problems included)
/// and in no file of the shared folder.
#[test]
fn a_message_added_offline_to_an_erased_persons_conversation_leaves_no_trace() {
    use custos_core::import::sources::{self, ReadOptions};
    const MARK: &str = "Qzxofflineq";
    let t = three(|_| {});
    let [a, b, c] = &t.seats;
    let options = ReadOptions { utc_offset: chrono::FixedOffset::east_opt(3600).unwrap(), mapping: None, format: None };
    let x = b.contacts().add(NewContact::named("Jan Kowalczyk")).unwrap().id;
    let first = t._dir.path().join("chat-1.json");
    telegram_chat(&first, "Jan Kowalczyk", &[(1, "Dzień dobry, czy jest termin?".into())]);
    let read = sources::read(&[first], &options).unwrap();
    let done = b.import_conversations(&read.parts, &[], &mut |_, _| {}).unwrap();
    assert_eq!((done.contacts.as_slice(), done.conversations_created), ([x].as_slice(), 1));
    sync_all(&t, [0, 1, 2]);
    assert_eq!(c.interactions().for_contact(x).unwrap().len(), 1);

    // Seat c is offline: the same chat again, with a new message, adds to the conversation;
    // seat a erases the person meanwhile.
    t.clock.advance(chrono::Duration::seconds(1));
    a.erase(x).unwrap();
    t.clock.advance(chrono::Duration::seconds(1));
    let second = t._dir.path().join("chat-2.json");
    telegram_chat(
        &second,
        "Jan Kowalczyk",
        &[(1, "Dzień dobry, czy jest termin?".into()), (2, format!("Mój PESEL {MARK}"))],
    );
    let read = sources::read(&[second], &options).unwrap();
    let again = c.import_conversations(&read.parts, &[], &mut |_, _| {}).unwrap();
    assert_eq!((again.conversations_extended, again.conversations_created, again.messages), (1, 0, 1));

    // a and b exchange first; c comes back later. c's file is kept aside on a and b.
    for v in [a, b, a] {
        v.team_sync().unwrap();
    }
    let mut problems = 0;
    for _ in 0..4 {
        for v in [c, a, b] {
            let got = v.team_sync().unwrap();
            assert!(got.refused.is_empty(), "{got:?}");
            problems += got.problems_added;
        }
    }
    assert!(problems >= 1, "c's file is kept aside on the seats that erased first");
    for (i, v) in t.seats.iter().enumerate() {
        let card = v.contacts().get(x).unwrap();
        assert!(card.display_name.starts_with("Erased contact"), "seat {i}: {}", card.display_name);
        assert_eq!(v.interactions().for_contact(x).map(|l| l.len()).unwrap_or(0), 0, "seat {i}");
        let status = v.team_status().unwrap();
        assert!(status.pending_erasures.is_empty() && status.waiting == 0, "seat {i}: {status:?}");
        assert!(rows_holding(&t.paths[i], MARK).is_empty(), "seat {i}: {:?}", rows_holding(&t.paths[i], MARK));
    }
    let kept: Vec<(String, i64)> = [&t.paths[0], &t.paths[1]]
        .iter()
        .flat_map(|p| {
            let db = raw(p, PASS);
            let rows: Vec<(String, i64)> = db
                .prepare("SELECT conflict, length(changeset) FROM sync_problem")
                .unwrap()
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            rows
        })
        .collect();
    assert!(kept.iter().any(|(kind, _)| kind == "foreign_key"), "{kept:?}");
    assert!(kept.iter().all(|(_, len)| *len == 0), "a kept-aside file of the erased person keeps nothing: {kept:?}");
    for (path, text) in folder_plaintexts(&t) {
        assert!(
            !contains(&text, MARK) && !contains(&text, &MARK.to_lowercase()),
            "{} holds the marker",
            path.display()
        );
    }
}
