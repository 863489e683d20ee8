//! Evidence of what a person told the firm: how it reached the firm and when. Consents and
//! objections both record it (so neither module depends on the other for it).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::contacts::string_enum;

string_enum!(
    /// How the event reached the firm.
    ConsentMethod ("consent method") {
        WebForm = "web_form",
        Email = "email",
        Phone = "phone",
        InPerson = "in_person",
        Chat = "chat",
        Paper = "paper",
        System = "system",
    }
);

/// An event to record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ConsentRecord {
    pub method: ConsentMethod,
    /// When it happened; defaults to now. May not be in the future or before the last event.
    pub at: Option<DateTime<Utc>>,
    pub evidence_ref: Option<String>,
    /// For `give`: the wording version shown; defaults to the purpose's current one.
    pub wording_version: Option<i64>,
}

impl ConsentRecord {
    pub fn by(method: ConsentMethod) -> Self {
        ConsentRecord { method, at: None, evidence_ref: None, wording_version: None }
    }
}
