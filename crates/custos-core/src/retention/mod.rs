//! Retention: how long contacts and their transcripts are kept after the last contact, and
//! the warnings when that time is up (SPEC §3 Retention).
//!
//! A [`RetentionRule`] says: contacts of this status, this long after their last contact
//! (or, if there was none, after the card was created), are due this action — delete their
//! transcripts, or erase them. A rule may name the purpose that needs the period (e.g. a
//! legal obligation to keep invoices). For the same status and action the longest period
//! wins, and the warning names the rule that applied. Nothing is deleted by a warning: the
//! user deletes transcripts, erases, or keeps the contact with a reason until a review date.
//!
//! The parts: [`Period`] and its arithmetic (`periods`), the rules and what a rule would flag
//! (`rules`), the warnings and the holds that silence them (`warnings`), and acting on
//! warnings — deleting transcripts and the clean-up of several contacts (`clean_up`).

mod clean_up;
mod periods;
mod rules;
mod warnings;

pub use clean_up::{CleanUp, CleanUpFailure, TranscriptsDeleted};
pub use periods::{Period, PeriodUnit};
pub use rules::{RetentionRule, RulePreview, RuleSpec};
pub use warnings::{RetentionHold, RetentionWarning, WarningPage, WarningSummary};

use crate::contacts::string_enum;
use crate::vault::Vault;

string_enum!(
    /// What is due when a retention period is over.
    RetentionAction ("retention action") {
        DeleteTranscripts = "delete_transcripts",
        Erase = "erase",
    }
);

impl RetentionAction {
    /// In words: "delete transcripts", "erase" (the CLI prints it; the UI's labels are
    /// generated from it).
    pub fn describe(self) -> &'static str {
        match self {
            RetentionAction::DeleteTranscripts => "delete transcripts",
            RetentionAction::Erase => "erase",
        }
    }
}

/// The retention rules and warnings of a vault.
#[derive(Debug, Clone, Copy)]
pub struct Retention<'v> {
    vault: &'v Vault,
}

impl Vault {
    pub fn retention(&self) -> Retention<'_> {
        Retention { vault: self }
    }
}
