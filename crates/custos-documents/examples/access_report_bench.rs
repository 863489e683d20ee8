//! Benchmark: the access report (and its export) for a contact with 5,000 messages, in a
//! vault with other contacts (2,000 unless given), some of them named in the messages (their
//! names are looked up in the vault and redacted, Art. 15(4)).
//! Target: under 1 s per report in release.
//!
//! ```sh
//! cargo run --release -p custos-documents --example access_report_bench [runs] [contacts]
//! ```
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use chrono::{Duration as Span, TimeZone, Utc};
use custos_core::company::CompanyProfile;
use custos_core::contacts::{ContactDetails, NewContact};
use custos_core::interactions::{Channel, NewConversation, NewMessage, Sender};
use custos_core::purposes::{LegalBasis, PurposeSpec};
use custos_core::{Passphrase, Session, Vault};
use custos_documents::{AccessOptions, Language, access_export_with, access_report_with};

const MESSAGES: usize = 5_000;
const CONVERSATIONS: usize = 20;
const FIRST: [&str; 12] =
    ["Anna", "Jan", "Marek", "Ewa", "Piotr", "Zofia", "Tomasz", "Maria", "Paweł", "Agnieszka", "Krzysztof", "Łucja"];
const LAST: [&str; 10] = [
    "Nowak",
    "Kowalski",
    "Wiśniewski",
    "Wójcik",
    "Kamiński",
    "Lewandowski",
    "Zieliński",
    "Szymański",
    "Dąbrowski",
    "Kozłowski",
];

/// The name of the `i`-th other contact: common first names, numbered surnames.
fn other(i: usize) -> String {
    format!("{} {}{}", FIRST[i % FIRST.len()], LAST[(i / FIRST.len()) % LAST.len()], i / (FIRST.len() * LAST.len()))
}

fn main() {
    let runs: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(7);
    let others: usize = std::env::args().nth(2).and_then(|a| a.parse().ok()).unwrap_or(2_000);
    let dir = tempfile::tempdir().expect("temporary directory");
    let vault = Vault::create(
        &dir.path().join("bench.custos"),
        &Passphrase::new("correct horse battery staple"),
        Session::new("Bench"),
    )
    .expect("vault");
    vault
        .company()
        .set(CompanyProfile {
            controller_name: "Kałuża i Wiśniewski sp. z o.o.".into(),
            address: Some("ul. Świętokrzyska 12, 00-916 Warszawa".into()),
            email: Some("biuro@kaluza.example".into()),
            phone: None,
            country: Some("PL".into()),
            dpo_name: None,
            dpo_contact: None,
            authority_name: Some("Prezes Urzędu Ochrony Danych Osobowych".into()),
            authority_contact: Some("ul. Stawki 2, 00-193 Warszawa".into()),
            updated_at: None,
        })
        .expect("profile");
    let mut support = PurposeSpec::new("Customer support", "Answering questions.", LegalBasis::Contract);
    support.data_categories = vec!["name".into(), "e-mail address".into(), "messages".into()];
    support.retention_rule = Some("2 years after the last contact".into());
    vault.purposes().add(support).expect("purpose");
    let person = vault
        .contacts()
        .add(NewContact {
            details: ContactDetails {
                emails: vec![custos_core::contact_points::Labelled::new(
                    "lukasz@example.pl",
                    custos_core::contact_points::Label::Work,
                )],
                ..Default::default()
            },
            ..NewContact::named("Łukasz Żółtowski-Śmiałek")
        })
        .expect("contact");
    let t = Instant::now();
    for i in 0..others {
        vault.contacts().add(NewContact::named(other(i))).expect("other contact");
    }
    println!("{others} other contacts added in {:.1} s", t.elapsed().as_secs_f64());

    let start = Utc.with_ymd_and_hms(2024, 1, 1, 8, 0, 0).unwrap();
    let per = MESSAGES / CONVERSATIONS;
    for c in 0..CONVERSATIONS {
        let messages = (0..per)
            .map(|i| {
                let n = c * per + i;
                let (sender, text) = match n % 4 {
                    0 => (Sender::Contact, format!("Message {n}: could you check my order, please? It is urgent.")),
                    1 => (
                        Sender::Staff { name: "Ola".into() },
                        format!("Reply {n}: we are on it and will write back today."),
                    ),
                    2 => (
                        Sender::Other { name: format!("Neighbour {}", c % 3) },
                        format!(
                            "Neighbour {} here, reach me at n{n}@example.com or +48 22 555 {:02} {:02}.",
                            c % 3,
                            n % 100,
                            c
                        ),
                    ),
                    _ => (
                        Sender::Contact,
                        format!("Thanks ({n}); Neighbour {} and {} may call you.", c % 3, other(n % others.max(1))),
                    ),
                };
                NewMessage { at: start + Span::minutes((n * 7) as i64), sender, text }
            })
            .collect();
        vault
            .interactions()
            .add(
                person.id,
                NewConversation {
                    channel: Channel::Chat,
                    started_at: None,
                    ended_at: None,
                    external_ref: None,
                    messages,
                },
            )
            .expect("conversation");
    }

    let options = AccessOptions { redact_names: vec!["Grzegorz Brzęczyszczykiewicz".into()] };
    let mut times: Vec<Duration> = Vec::new();
    let mut pages = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let pdf = access_report_with(&vault, person.id, Language::Pl, &options).expect("report");
        times.push(t.elapsed());
        pages = pdf.pages();
    }
    let t = Instant::now();
    let export = access_export_with(&vault, person.id, &options).expect("export");
    let export_time = t.elapsed();
    times.sort();
    let pct = |p: f64| times[((times.len() as f64 - 1.0) * p).round() as usize];
    println!(
        "access report, {MESSAGES} messages in {CONVERSATIONS} conversations, {others} other contacts, {pages} pages, {runs} runs: p50 {:.0} ms, p95 {:.0} ms (min {:.0} ms, max {:.0} ms)",
        pct(0.5).as_secs_f64() * 1e3,
        pct(0.95).as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3,
        times[times.len() - 1].as_secs_f64() * 1e3,
    );
    println!("access export: {} bytes in {:.0} ms", export.bytes().len(), export_time.as_secs_f64() * 1e3);
}
