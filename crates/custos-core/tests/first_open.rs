//! The first connections of a process. SQLite marks itself initialised a moment before it
//! runs SQLCipher's own set-up; a thread that keyed a connection in that moment was refused
//! ("An error occurred with PRAGMA key"), which failed a CI run once. This file holds one test
//! so that it runs at the start of its own process.
//!
//! The moment is short, so a run without the gate fails only now and then. To widen it, run
//! this test's binary under gdb with a breakpoint on `sqlcipher_extra_init` whose commands
//! are `call (int)usleep(500000)` and `continue`: without the gate every other thread is
//! refused its key; with it they wait and the test passes.

mod common;

use std::sync::{Arc, Barrier};

use common::*;
use custos_core::{Passphrase, Vault};

#[test]
fn vaults_opened_together_when_a_process_starts_are_all_keyed() {
    let dir = tempfile::tempdir().unwrap();
    let threads = 8;
    let start = Arc::new(Barrier::new(threads));
    let handles: Vec<_> = (0..threads)
        .map(|i| {
            let path = dir.path().join(format!("firm-{i}.custos"));
            let start = Arc::clone(&start);
            std::thread::spawn(move || {
                let clock = clock();
                start.wait();
                if i % 2 == 0 {
                    Vault::create(&path, &Passphrase::new(PASS), session(&clock)).map(|_| ()).map_err(|e| e.to_string())
                } else {
                    // A tool's own connection, keyed as any SQLCipher 4 program would.
                    raw(&path, PASS)
                        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
                        .map_err(|e| e.to_string())
                }
            })
        })
        .collect();
    for (i, h) in handles.into_iter().enumerate() {
        let opened = h.join().unwrap();
        assert!(opened.is_ok(), "file {i} was refused: {opened:?}");
    }
}
