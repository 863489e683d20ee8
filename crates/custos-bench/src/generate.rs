//! Builds the synthetic vault through the public core API, one transaction per call, the way
//! the app itself writes: contacts, then conversations, then consent histories.

use std::error::Error;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use custos_core::consents::{ConsentEventKind, ConsentMethod, ConsentRecord};
use custos_core::contacts::ContactId;
use custos_core::interactions::{Channel, NewConversation, NewMessage, Origin, Sender};
use custos_core::purposes::{
    LegalBasis, PurposeId, PurposeSpec, Recipient, RecipientRole, Requirement, TransferSafeguard,
};
use custos_core::{FixedClock, Passphrase, Session, Vault};

use crate::lang::{ENGLISH, LANGS, Lang, STAFF};
use crate::people::{new_contact, person, random_person};
use crate::rng::Rng;
use crate::text::message;

/// The seed of every generated vault.
pub const SEED: u64 = 0xC057_05BE_7C40_2026;

/// 2021-01-01 09:00 UTC: the first contact is added.
const CONTACTS_FROM: i64 = 1_609_491_600;
/// 2023-01-01: contacts are in; conversations start.
const CONVERSATIONS_FROM: i64 = 1_672_531_200;
/// 2026-06-01: the last conversation.
const CONVERSATIONS_TO: i64 = 1_780_272_000;
/// 2026-05-01: the last first consent of a pair.
const CONSENTS_TO: i64 = 1_777_593_600;
/// 2026-11-01: "now" when the consent histories are recorded.
const NOW: i64 = 1_793_491_200;

const HOUR: i64 = 3600;
const DAY: i64 = 24 * HOUR;

/// How much to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sizes {
    pub contacts: u64,
    pub messages: u64,
    pub consents: u64,
}

/// What generation took and made.
#[derive(Debug, Clone, Copy)]
pub struct Generated {
    pub contacts: Duration,
    pub conversations: Duration,
    pub consents: Duration,
    pub total: Duration,
    pub conversation_count: u64,
    pub message_count: u64,
    pub event_count: u64,
}

/// A time from Unix seconds.
pub fn at(secs: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(secs, 0).unwrap_or_default()
}

/// Prints a line every 10 % of a phase.
#[derive(Debug)]
struct Progress {
    label: &'static str,
    total: u64,
    next: u64,
    phase: Instant,
    run: Instant,
}

impl Progress {
    fn new(label: &'static str, total: u64, run: Instant) -> Self {
        eprintln!("{label}: {total} to write");
        Progress { label, total, next: 1, phase: Instant::now(), run }
    }

    fn tick(&mut self, done: u64) {
        while self.next <= 10 && done * 10 >= self.next * self.total {
            eprintln!(
                "  {:<14} {:>3}% ({done}/{})  phase {:.1} s, total {:.1} s",
                self.label,
                self.next * 10,
                self.total,
                self.phase.elapsed().as_secs_f64(),
                self.run.elapsed().as_secs_f64()
            );
            self.next += 1;
        }
    }
}

/// The purposes of the vault: two consent-based (one with double opt-in), a contract, a
/// legitimate interest and a legal obligation. Returns the consent purposes as
/// `(id, requires_confirmation)`.
fn add_purposes(vault: &Vault) -> custos_core::Result<Vec<(PurposeId, bool)>> {
    let mut newsletter = PurposeSpec::new(
        "Newsletter",
        "A monthly e-mail newsletter about our courses, workshops and offers.",
        LegalBasis::Consent,
    );
    newsletter.consent_wording = Some(
        "I agree to receive the monthly newsletter by e-mail. I can withdraw this consent at any \
         time with the link in every issue or by writing to us."
            .into(),
    );
    newsletter.requires_confirmation = true;
    newsletter.data_subject_categories = vec!["subscribers".into()];
    newsletter.data_categories = vec!["name".into(), "e-mail address".into()];
    newsletter.retention_rule = Some("until the consent is withdrawn".into());
    newsletter.recipients = vec![Recipient {
        name: "Mailjet SAS".into(),
        role: RecipientRole::Processor,
        country: "FR".into(),
        safeguard: TransferSafeguard::EuEea,
        safeguard_detail: None,
    }];

    let mut calls =
        PurposeSpec::new("Telephone offers", "Calls about new services and seasonal offers.", LegalBasis::Consent);
    calls.consent_wording = Some(
        "I agree to be called about new services and seasonal offers. I can withdraw this consent \
         at any time."
            .into(),
    );
    calls.data_subject_categories = vec!["customers".into()];
    calls.data_categories = vec!["name".into(), "phone number".into()];
    calls.retention_rule = Some("until the consent is withdrawn".into());
    calls.recipients = vec![Recipient {
        name: "Twilio Inc.".into(),
        role: RecipientRole::Processor,
        country: "US".into(),
        safeguard: TransferSafeguard::StandardContractualClauses,
        safeguard_detail: Some("Commission Decision (EU) 2021/914, module 3".into()),
    }];

    let mut contract = PurposeSpec::new(
        "Customer contract",
        "Performing the service contract: scheduling, delivery, invoicing and support.",
        LegalBasis::Contract,
    );
    contract.requirement = Requirement::Contractual { consequence: "we cannot provide the service".into() };
    contract.data_subject_categories = vec!["customers".into()];
    contract.data_categories = vec!["name".into(), "contact details".into(), "order history".into()];
    contract.retention_rule = Some("6 years after the contract ends".into());

    let mut leads = PurposeSpec::new(
        "Lead follow-up",
        "Answering enquiries from people who contacted us first.",
        LegalBasis::LegitimateInterests,
    );
    leads.legitimate_interest =
        Some("answering enquiries and offering our services to people who asked about them".into());
    leads.data_subject_categories = vec!["leads".into()];
    leads.data_categories = vec!["name".into(), "contact details".into(), "conversations".into()];
    leads.retention_rule = Some("2 years after the last contact".into());

    let mut accounting = PurposeSpec::new(
        "Accounting and tax records",
        "Keeping invoices and accounting records as tax law requires.",
        LegalBasis::LegalObligation,
    );
    accounting.requirement = Requirement::Statutory { consequence: "we cannot issue an invoice".into() };
    accounting.retention_rule = Some("5 years from the end of the tax year".into());

    let newsletter = vault.purposes().add(newsletter)?;
    let calls = vault.purposes().add(calls)?;
    vault.purposes().add(contract)?;
    vault.purposes().add(leads)?;
    vault.purposes().add(accounting)?;
    Ok(vec![(newsletter.id, true), (calls.id, false)])
}

fn channel(rng: &mut Rng) -> Channel {
    match rng.below(100) {
        0..50 => Channel::Chat,
        50..75 => Channel::Email,
        75..85 => Channel::Phone,
        85..95 => Channel::Meeting,
        _ => Channel::Other,
    }
}

/// A conversation of `len` messages with a contact of language `lang`, ending before `now`.
fn conversation(rng: &mut Rng, lang: usize, len: u64, now: i64) -> NewConversation {
    let english = LANGS[lang].lang != Lang::Polish && rng.chance(0.3);
    let phrases = if english { &ENGLISH } else { &LANGS[lang].phrases };
    let channel = channel(rng);
    let gap = if channel == Channel::Email { 4 * HOUR } else { 20 * 60 };
    let staff = (*rng.pick(STAFF)).to_owned();
    let third = rng.chance(0.08).then(|| person(rng, lang).display_name());
    let mut t = now - rng.range(len as i64 * gap + HOUR, len as i64 * gap + 3 * DAY);
    let mut from_contact = rng.chance(0.6);
    let messages = (0..len)
        .map(|_| {
            t += rng.range(30, gap);
            let sender = match &third {
                Some(name) if rng.chance(0.25) => Sender::Other { name: name.clone() },
                _ if from_contact => Sender::Contact,
                _ => Sender::Staff { name: staff.clone() },
            };
            from_contact = !from_contact;
            NewMessage { at: at(t), sender, text: message(rng, phrases, lang) }
        })
        .collect();
    NewConversation { channel, started_at: None, ended_at: None, external_ref: None, messages }
}

fn given_record(rng: &mut Rng, t: i64, n: u64) -> ConsentRecord {
    let (method, evidence) = match rng.below(100) {
        0..50 => (ConsentMethod::WebForm, Some(format!("form/{}/{n}", at(t).format("%Y")))),
        50..65 => (ConsentMethod::InPerson, None),
        65..75 => (ConsentMethod::Paper, Some(format!("scan/consent-{n}.pdf"))),
        75..85 => (ConsentMethod::Phone, None),
        85..93 => (ConsentMethod::Chat, None),
        _ => (ConsentMethod::Email, Some(format!("<{n}.consent@mail.example>"))),
    };
    ConsentRecord { method, at: Some(at(t)), evidence_ref: evidence, wording_version: None }
}

fn plain_record(method: ConsentMethod, t: i64, evidence: Option<String>) -> ConsentRecord {
    ConsentRecord { method, at: Some(at(t)), evidence_ref: evidence, wording_version: None }
}

/// The event sequence of one (contact, purpose) pair.
fn consent_plan(rng: &mut Rng, double_opt_in: bool) -> Vec<ConsentEventKind> {
    let confirm_p = if double_opt_in { 0.75 } else { 0.1 };
    let mut plan = vec![ConsentEventKind::Given];
    if rng.chance(confirm_p) {
        plan.push(ConsentEventKind::Confirmed);
    }
    if rng.chance(0.2) {
        plan.push(ConsentEventKind::Withdrawn);
        if rng.chance(0.3) {
            plan.push(ConsentEventKind::Given);
            if rng.chance(confirm_p) {
                plan.push(ConsentEventKind::Confirmed);
            }
        }
    }
    plan
}

/// Creates the vault at `path` and fills it. Every write goes through the public API.
pub fn generate(path: &Path, passphrase: &Passphrase, sizes: Sizes) -> Result<Generated, Box<dyn Error>> {
    let run = Instant::now();
    let clock = FixedClock::new(at(CONTACTS_FROM));
    let session = Session::new("benchmark").with_clock(Arc::new(clock.clone()));
    let vault = Vault::create(path, passphrase, session)?;
    let consent_purposes = add_purposes(&vault)?;
    let mut root = Rng::new(SEED);

    // Contacts, added over two years.
    let mut rng = root.fork();
    let n = sizes.contacts;
    let mut contacts: Vec<(ContactId, usize)> = Vec::with_capacity(n as usize);
    let mut progress = Progress::new("contacts", n, run);
    let span = CONVERSATIONS_FROM - CONTACTS_FROM;
    for i in 0..n {
        clock.set(at(CONTACTS_FROM + (span as i128 * i as i128 / n as i128) as i64));
        let p = random_person(&mut rng);
        let card = vault.contacts().add(new_contact(&mut rng, &p))?;
        contacts.push((card.id, p.lang));
        progress.tick(i + 1);
    }
    let contacts_took = progress.phase.elapsed();

    // Conversations of ~10 messages; a few contacts have many, most have few or none.
    let mut rng = root.fork();
    let mut order: Vec<usize> = (0..contacts.len()).collect();
    rng.shuffle(&mut order);
    let expected = sizes.messages.div_ceil(10).max(1);
    let span = CONVERSATIONS_TO - CONVERSATIONS_FROM;
    let mut progress = Progress::new("messages", sizes.messages, run);
    let (mut written, mut conversations) = (0u64, 0u64);
    while written < sizes.messages && !contacts.is_empty() {
        let now = (CONVERSATIONS_FROM + (span as i128 * conversations as i128 / expected as i128) as i64).min(NOW);
        clock.set(at(now));
        let len = (rng.range(6, 14) as u64).min(sizes.messages - written);
        let skewed = (contacts.len() as f64 * rng.unit().powf(1.5)) as usize;
        let (contact, lang) = contacts[order[skewed.min(contacts.len() - 1)]];
        let conv = conversation(&mut rng, lang, len, now);
        vault.interactions().record(contact, conv, Origin::Json)?;
        written += len;
        conversations += 1;
        progress.tick(written);
    }
    let conversations_took = progress.phase.elapsed();

    // Consent histories for distinct (contact, consent purpose) pairs, recorded "now" with
    // the times they happened.
    let mut rng = root.fork();
    clock.set(at(NOW));
    let pairs = contacts.len() * consent_purposes.len();
    let mut slots: Vec<usize> = (0..pairs).collect();
    rng.shuffle(&mut slots);
    let mut progress = Progress::new("consent events", sizes.consents, run);
    let mut events = 0u64;
    for slot in slots {
        if events >= sizes.consents {
            break;
        }
        let contact = contacts[slot / consent_purposes.len()].0;
        let (purpose, double_opt_in) = consent_purposes[slot % consent_purposes.len()];
        let consents = vault.consents();
        let mut t = rng.range(CONVERSATIONS_FROM, CONSENTS_TO);
        for kind in consent_plan(&mut rng, double_opt_in) {
            if events >= sizes.consents {
                break;
            }
            let n = events + 1;
            match kind {
                ConsentEventKind::Given => consents.give(contact, purpose, given_record(&mut rng, t, n))?,
                ConsentEventKind::Confirmed => consents.confirm(
                    contact,
                    purpose,
                    plain_record(ConsentMethod::Email, t, Some(format!("opt-in link {n}"))),
                )?,
                _ => {
                    let method = *rng.pick(&[ConsentMethod::Email, ConsentMethod::Phone, ConsentMethod::WebForm]);
                    consents.withdraw(contact, purpose, plain_record(method, t, None))?
                }
            };
            events += 1;
            progress.tick(events);
            let delay = match kind {
                ConsentEventKind::Given => rng.range(5 * 60, 2 * DAY),
                ConsentEventKind::Confirmed => rng.range(10 * DAY, 300 * DAY),
                _ => rng.range(10 * DAY, 120 * DAY),
            };
            t = (t + delay).min(NOW - 60);
        }
    }
    if events < sizes.consents {
        eprintln!("  only {events} consent events fit {pairs} (contact, purpose) pairs");
    }
    let consents_took = progress.phase.elapsed();
    vault.lock();
    Ok(Generated {
        contacts: contacts_took,
        conversations: conversations_took,
        consents: consents_took,
        total: run.elapsed(),
        conversation_count: conversations,
        message_count: written,
        event_count: events,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_where_the_comments_say() {
        assert_eq!(at(CONTACTS_FROM).to_rfc3339(), "2021-01-01T09:00:00+00:00");
        assert_eq!(at(CONVERSATIONS_FROM).to_rfc3339(), "2023-01-01T00:00:00+00:00");
        assert_eq!(at(CONVERSATIONS_TO).to_rfc3339(), "2026-06-01T00:00:00+00:00");
        assert_eq!(at(CONSENTS_TO).to_rfc3339(), "2026-05-01T00:00:00+00:00");
        assert_eq!(at(NOW).to_rfc3339(), "2026-11-01T00:00:00+00:00");
    }

    #[test]
    fn conversations_stay_in_the_past_and_in_order() {
        let mut rng = Rng::new(4);
        for i in 0..500 {
            let now = CONVERSATIONS_FROM + i * DAY;
            let conv = conversation(&mut rng, i as usize % LANGS.len(), 14, now);
            assert_eq!(conv.messages.len(), 14);
            let times: Vec<_> = conv.messages.iter().map(|m| m.at).collect();
            assert!(times.windows(2).all(|w| w[0] <= w[1]));
            assert!(times.iter().all(|t| *t <= at(now)));
        }
    }

    #[test]
    fn consent_plans_are_valid_sequences() {
        let mut rng = Rng::new(8);
        for _ in 0..1000 {
            let double_opt_in = rng.chance(0.5);
            let plan = consent_plan(&mut rng, double_opt_in);
            assert_eq!(plan[0], ConsentEventKind::Given);
            let state = custos_core::consents::ConsentState::derive(plan.iter());
            assert_ne!(state, custos_core::consents::ConsentState::NeverGiven);
        }
    }
}
