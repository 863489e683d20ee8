#![allow(clippy::unwrap_used)]
//! A team through the real `custos` binary: the owner makes a team and invites a clerk; the
//! clerk's computer joins with the code (a vault of its own, their own passphrase); a contact
//! added on either seat is on the other after both sync; the code works once.

use std::process::Output;

use custos_e2e::{CliVault, stderr, stdout};

const OWNER: &str = "Anna Nowak";
const CLERK: &str = "Ola Wiśniewska";
const CLERK_OWN: &str = "the clerk's own words at the office";

fn names(out: &Output) -> Vec<String> {
    assert!(out.status.success(), "{}", stderr(out));
    let page: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    page["items"].as_array().unwrap().iter().map(|c| c["display_name"].as_str().unwrap().to_owned()).collect()
}

#[test]
fn an_owner_invites_a_seat_that_joins_and_both_share_their_contacts() {
    let v = CliVault::new();
    let owner = [("CUSTOS_OPERATOR", OWNER)];
    let folder = v.dir.path().join("shared");
    let folder = folder.to_str().unwrap();
    let as_owner = |args: &[&str]| {
        let out = v.run_with(args, &owner);
        assert!(out.status.success(), "custos {args:?}: {}", stderr(&out));
        stdout(&out)
    };
    as_owner(&["vault", "init"]);
    as_owner(&["contact", "add", "Zofia Żółkiewska"]);
    let added = v.run_with(
        &["operator", "add", CLERK, "--role", "clerk"],
        &[("CUSTOS_OPERATOR", OWNER), ("CUSTOS_NEW_PASSPHRASE", "given by Anna today")],
    );
    assert!(added.status.success(), "{}", stderr(&added));
    let made = as_owner(&["team", "init", "--folder", folder, "--name", "Laptop"]);
    assert!(made.contains("Laptop"), "{made}");
    let invitation: serde_json::Value = serde_json::from_str(&as_owner(&["--json", "team", "invite", "ola"])).unwrap();
    assert_eq!(invitation["operator"], CLERK);
    assert_eq!(invitation["seat_index"], 1);
    let code = invitation["code"].as_str().unwrap().to_owned();
    assert_eq!(code.len(), 41, "{invitation}");

    // The clerk's computer: a vault of its own, made from the invitation.
    let office = v.dir.path().join("office.custos");
    let office = office.to_str().unwrap();
    let clerk = [("CUSTOS_VAULT", office), ("CUSTOS_OPERATOR", CLERK), ("CUSTOS_PASSPHRASE", CLERK_OWN)];
    let joined = v.run_with(&["--json", "team", "join", &code, "--folder", folder, "--name", "Office PC"], &clerk);
    assert!(joined.status.success(), "{}", stderr(&joined));
    let joined: serde_json::Value = serde_json::from_slice(&joined.stdout).unwrap();
    assert_eq!(joined["seat"]["index"], 1);
    assert_eq!(joined["operator"], CLERK);
    // The code works once.
    let again = v.dir.path().join("again.custos");
    let again = v.run_with(&["team", "join", &code, "--folder", folder], &[("CUSTOS_VAULT", again.to_str().unwrap())]);
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("used already"), "{}", stderr(&again));

    let as_clerk = |args: &[&str]| {
        let out = v.run_with(args, &clerk);
        assert!(out.status.success(), "custos {args:?}: {}", stderr(&out));
        stdout(&out)
    };
    assert_eq!(names(&v.run_with(&["--json", "contact", "list"], &clerk)), ["Zofia Żółkiewska"]);
    as_clerk(&["contact", "add", "Marek Nowicki"]);
    as_owner(&["contact", "add", "Ewa Lis"]);
    let synced: serde_json::Value = serde_json::from_str(&as_clerk(&["--json", "team", "sync"])).unwrap();
    assert_eq!(synced["problems_added"], 0);
    assert_eq!(synced["refused"], serde_json::json!([]));
    assert!(synced["sent"].as_u64().unwrap() >= 1, "{synced}");
    // Before the owner has synced, the clerk's changes wait for it.
    let status: serde_json::Value = serde_json::from_str(&as_clerk(&["--json", "team", "status"])).unwrap();
    assert!(status["waiting"].as_i64().unwrap() >= 1, "{status}");
    assert_eq!(status["seats"].as_array().unwrap().len(), 2, "{status}");
    as_owner(&["team", "sync"]);
    as_clerk(&["team", "sync"]);
    // Each has applied the other's changes and acknowledged them: in sync on both seats.
    as_owner(&["team", "sync"]);
    let status: serde_json::Value = serde_json::from_str(&as_clerk(&["--json", "team", "status"])).unwrap();
    assert_eq!(status["summary"], serde_json::json!({ "state": "in_sync" }), "{status}");
    assert_eq!(status["waiting"], 0, "{status}");
    assert!(as_owner(&["team", "status"]).starts_with("In sync."));
    let mut on_owner = names(&v.run_with(&["--json", "contact", "list"], &owner));
    let mut on_clerk = names(&v.run_with(&["--json", "contact", "list"], &clerk));
    on_owner.sort();
    on_clerk.sort();
    assert_eq!(on_owner, ["Ewa Lis", "Marek Nowicki", "Zofia Żółkiewska"]);
    assert_eq!(on_owner, on_clerk);
    // The owner's passphrase does not open the clerk's seat.
    let wrong = v.run_with(&["contact", "list"], &[("CUSTOS_VAULT", office), ("CUSTOS_OPERATOR", CLERK)]);
    assert_eq!(wrong.status.code(), Some(1));

    // The owner removes the clerk's seat: a clerk may not, and without --yes nothing is done.
    let by_clerk = v.run_with(&["team", "remove", "Laptop", "--yes"], &clerk);
    assert!(!by_clerk.status.success());
    let unconfirmed = v.run_with(&["team", "remove", "office pc"], &owner);
    assert!(!unconfirmed.status.success() && stderr(&unconfirmed).contains("--yes"), "{}", stderr(&unconfirmed));
    let removed: serde_json::Value =
        serde_json::from_str(&as_owner(&["--json", "team", "remove", "office pc", "--yes"])).unwrap();
    assert_eq!(removed["removed"], joined["seat"]["id"], "{removed}");
    assert_eq!(removed["sent"], 1, "the removal's entry goes out at once: {removed}");
    let status: serde_json::Value = serde_json::from_str(&as_owner(&["--json", "team", "status"])).unwrap();
    let seats = status["seats"].as_array().unwrap();
    let office_seat = seats.iter().find(|s| s["name"] == "Office PC").unwrap();
    assert_eq!(office_seat["removed"], true, "{status}");
    assert!(seats.iter().filter(|s| s["name"] != "Office PC").all(|s| s["removed"] == false), "{status}");
    assert!(as_owner(&["team", "status"]).contains("\"Office PC\" (removed)"));
    // The removed seat reads nothing more: its sync is refused, saying why.
    as_owner(&["contact", "add", "Piotr Po"]);
    as_owner(&["team", "sync"]);
    let shut_out = v.run_with(&["team", "sync"], &clerk);
    assert_eq!(shut_out.status.code(), Some(1));
    assert!(stderr(&shut_out).contains("removed from the team"), "{}", stderr(&shut_out));
    assert!(!names(&v.run_with(&["--json", "contact", "list"], &clerk)).contains(&"Piotr Po".to_owned()));
}
