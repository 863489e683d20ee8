//! Contacts: people the firm holds data about. Only a display name is required.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};

use crate::audit::{Action, Target};
use crate::contact_points::{Kind, Label, Labelled};
use crate::error::{Error, Result, Why};
use crate::sync::ids::IdSequence;
use crate::ts::{self, Ts};
use crate::vault::{Vault, Write};

pub type ContactId = i64;

macro_rules! string_enum {
    ($(#[$m:meta])* $name:ident ($label:literal) { $($variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
        pub enum $name { $(#[cfg_attr(feature = "ts", ts(rename = $code))] $variant),+ }

        /// Serialised as its code, the same spelling as in the vault and on the command line.
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                text.parse().map_err(|e: crate::error::Error| serde::de::Error::custom(e.to_string()))
            }
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable code stored in the vault and used on the command line.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }

        impl std::str::FromStr for $name {
            type Err = crate::error::Error;
            fn from_str(s: &str) -> crate::error::Result<Self> {
                let wanted = s.trim().replace('-', "_").to_lowercase();
                $name::ALL.iter().copied().find(|v| v.code() == wanted).ok_or_else(|| {
                    let choices: Vec<&str> = $name::ALL.iter().map(|v| v.code()).collect();
                    crate::error::Error::Invalid {
                        field: $label,
                        why: crate::why::Why::NotOneOf { value: s.to_owned(), choices: choices.join(", ") },
                    }
                })
            }
        }

        /// A reason's data: the code.
        impl crate::error::ToParam for $name {
            fn to_param(&self) -> crate::error::Param {
                crate::error::Param::Text(self.code().to_owned())
            }
        }

        impl rusqlite::types::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(rusqlite::types::ToSqlOutput::from(self.code()))
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(v: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                let s = v.as_str()?;
                $name::ALL.iter().copied().find(|x| x.code() == s)
                    .ok_or_else(|| rusqlite::types::FromSqlError::Other(format!("unknown {} '{s}'", stringify!($name)).into()))
            }
        }
    };
}
pub(crate) use string_enum;

string_enum!(
    /// Where a contact is in their relationship with the firm; drives retention.
    LifecycleStatus ("status") {
        Lead = "lead",
        Customer = "customer",
        FormerCustomer = "former_customer",
        SupplierPartner = "supplier_partner",
        Other = "other",
    }
);

string_enum!(
    /// A field of a contact card.
    ContactField ("field") {
        DisplayName = "display_name",
        Email = "email",
        Phone = "phone",
        Organisation = "organisation",
        Address = "address",
        IdNumber = "id_number",
        Notes = "notes",
        GivenName = "given_name",
        FamilyName = "family_name",
        JobTitle = "job_title",
        Tags = "tags",
    }
);

impl ContactField {
    /// A small number per field, used in search index row ids. Never renumber.
    pub(crate) fn index_code(self) -> i64 {
        match self {
            ContactField::DisplayName => 1,
            ContactField::Email => 2,
            ContactField::Phone => 3,
            ContactField::Organisation => 4,
            ContactField::Address => 5,
            ContactField::IdNumber => 6,
            ContactField::Notes => 7,
            ContactField::GivenName => 8,
            ContactField::FamilyName => 9,
            ContactField::JobTitle => 10,
            ContactField::Tags => 11,
        }
    }

    pub(crate) fn from_index_code(code: i64) -> Option<Self> {
        ContactField::ALL.iter().copied().find(|f| f.index_code() == code)
    }

    /// The kind of contact point a field lists, for e-mail, phone and address.
    fn point_kind(self) -> Option<Kind> {
        match self {
            ContactField::Email => Some(Kind::Email),
            ContactField::Phone => Some(Kind::Phone),
            ContactField::Address => Some(Kind::Address),
            _ => None,
        }
    }
}

/// Where the firm got a contact's data (GDPR Art. 14, 15(1)(g)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum DataSource {
    /// From the person themself; `via`: the message they sent it in, when an import of
    /// conversations created the card ("an e-mail received on 3 February 2026").
    Person {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[cfg_attr(feature = "ts", ts(optional))]
        via: Option<Via>,
    },
    /// From a third party, named.
    ThirdParty { name: String },
    /// From a public source, named.
    Public { name: String },
}

impl Default for DataSource {
    fn default() -> Self {
        DataSource::Person { via: None }
    }
}

/// The message a person gave their data in: its channel and the day it was received.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Via {
    pub channel: crate::interactions::Channel,
    pub on: chrono::NaiveDate,
}

impl DataSource {
    /// The kinds of source, each with its words: "the person", "third party", "public source".
    pub const KINDS: [(&'static str, &'static str); 3] =
        [("person", "the person"), ("third_party", "third party"), ("public", "public source")];

    /// In words: "the person", "the person: e-mail received on 2026-02-03", "third party:
    /// Targi Poznań", "public source: KRS".
    pub fn describe(&self) -> String {
        let (kind, _) = self.to_columns();
        let words = DataSource::KINDS.iter().find(|(k, _)| *k == kind).map_or(kind, |(_, w)| w);
        match self {
            DataSource::Person { via: None } => words.to_owned(),
            DataSource::Person { via: Some(v) } => {
                let what = match v.channel {
                    crate::interactions::Channel::Email => "e-mail",
                    crate::interactions::Channel::Chat => "chat message",
                    crate::interactions::Channel::Phone => "phone call",
                    crate::interactions::Channel::Meeting => "meeting",
                    crate::interactions::Channel::Other => "message",
                };
                format!("{words}: {what} received on {}", v.on)
            }
            DataSource::ThirdParty { name } | DataSource::Public { name } => format!("{words}: {name}"),
        }
    }

    /// The kind and detail as stored: a named source's name, or for the person the channel and
    /// day of the message (`email 2026-02-03`).
    pub(crate) fn to_columns(&self) -> (&'static str, Option<String>) {
        match self {
            DataSource::Person { via } => ("person", via.map(|v| format!("{} {}", v.channel.code(), v.on))),
            DataSource::ThirdParty { name } => ("third_party", Some(name.clone())),
            DataSource::Public { name } => ("public", Some(name.clone())),
        }
    }

    fn from_columns(kind: &str, detail: Option<String>) -> DataSource {
        match kind {
            "third_party" => DataSource::ThirdParty { name: detail.unwrap_or_default() },
            "public" => DataSource::Public { name: detail.unwrap_or_default() },
            _ => {
                let via = detail
                    .as_deref()
                    .and_then(|d| d.split_once(' '))
                    .and_then(|(channel, on)| Some(Via { channel: channel.parse().ok()?, on: on.parse().ok()? }));
                DataSource::Person { via }
            }
        }
    }

    pub(crate) fn validate(&self) -> Result<()> {
        match self {
            DataSource::ThirdParty { name } | DataSource::Public { name } if !crate::names::is_name(name) => {
                Err(Error::invalid("source", Why::SourceUnnamed {}))
            }
            _ => Ok(()),
        }
    }
}

/// The optional fields of a card; every one may be empty (data minimisation).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(default)]
pub struct ContactDetails {
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub organisation: Option<String>,
    pub job_title: Option<String>,
    /// E-mail addresses, the primary one marked (and first when stored).
    pub emails: Vec<Labelled>,
    pub phones: Vec<Labelled>,
    /// Postal addresses, each one text (lines kept).
    pub addresses: Vec<Labelled>,
    pub id_number: Option<String>,
    pub notes: Option<String>,
    /// The firm's labels on the card ("Trade fair 2026").
    pub tags: Vec<String>,
}

impl ContactDetails {
    /// The value of a one-valued optional field (`None` for the display name, which is not a
    /// detail, and for the fields that list values: see [`ContactDetails::text`]).
    pub fn get(&self, field: ContactField) -> Option<&str> {
        match field {
            ContactField::GivenName => self.given_name.as_deref(),
            ContactField::FamilyName => self.family_name.as_deref(),
            ContactField::Organisation => self.organisation.as_deref(),
            ContactField::JobTitle => self.job_title.as_deref(),
            ContactField::IdNumber => self.id_number.as_deref(),
            ContactField::Notes => self.notes.as_deref(),
            _ => None,
        }
    }

    /// A field as one text: a one-valued field as it is; e-mail addresses, phone numbers and
    /// postal addresses one per line, the primary first; tags joined with ", ". `None` when
    /// empty (and for the display name).
    pub fn text(&self, field: ContactField) -> Option<String> {
        let joined = |values: Vec<&str>, sep: &str| (!values.is_empty()).then(|| values.join(sep));
        match field {
            ContactField::Tags => joined(self.tags.iter().map(String::as_str).collect(), ", "),
            _ => match self.points(field) {
                Some(list) => joined(primary_first(list).map(|p| p.value.as_str()).collect(), "\n"),
                None => self.get(field).map(str::to_owned),
            },
        }
    }

    /// The primary e-mail address, phone number or postal address.
    pub fn primary(&self, field: ContactField) -> Option<&str> {
        self.points(field).and_then(|list| primary_first(list).next()).map(|p| p.value.as_str())
    }

    /// The contact points a field lists.
    pub fn points(&self, field: ContactField) -> Option<&[Labelled]> {
        match field {
            ContactField::Email => Some(&self.emails),
            ContactField::Phone => Some(&self.phones),
            ContactField::Address => Some(&self.addresses),
            _ => None,
        }
    }

    fn points_mut(&mut self, field: ContactField) -> Option<&mut Vec<Labelled>> {
        match field {
            ContactField::Email => Some(&mut self.emails),
            ContactField::Phone => Some(&mut self.phones),
            ContactField::Address => Some(&mut self.addresses),
            _ => None,
        }
    }

    fn slot(&mut self, field: ContactField) -> Option<&mut Option<String>> {
        match field {
            ContactField::GivenName => Some(&mut self.given_name),
            ContactField::FamilyName => Some(&mut self.family_name),
            ContactField::Organisation => Some(&mut self.organisation),
            ContactField::JobTitle => Some(&mut self.job_title),
            ContactField::IdNumber => Some(&mut self.id_number),
            ContactField::Notes => Some(&mut self.notes),
            _ => None,
        }
    }

    /// The field as JSON, for the audit's previous values: text, a list of points, or tags.
    fn json(&self, field: ContactField) -> serde_json::Value {
        match (field, self.points(field)) {
            (ContactField::Tags, _) => serde_json::json!(self.tags),
            (_, Some(list)) => serde_json::json!(list),
            _ => serde_json::json!(self.get(field)),
        }
    }

    /// Trims every field, drops empty ones and checks the few that have a shape.
    pub(crate) fn normalise(mut self) -> Result<Self> {
        for field in ContactField::ALL {
            if let Some(slot) = self.slot(*field) {
                *slot = clean(slot.take());
            }
        }
        for kind in Kind::ALL {
            let field = match kind {
                Kind::Email => ContactField::Email,
                Kind::Phone => ContactField::Phone,
                Kind::Address => ContactField::Address,
            };
            if let Some(list) = self.points_mut(field) {
                *list = crate::contact_points::normalise(kind, std::mem::take(list))?;
            }
        }
        self.tags = crate::tags::normalise(&self.tags)?;
        Ok(self)
    }
}

/// A list of points with the primary one first, the rest in order.
fn primary_first(list: &[Labelled]) -> impl Iterator<Item = &Labelled> {
    list.iter().filter(|p| p.primary).chain(list.iter().filter(|p| !p.primary))
}

fn clean(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

/// A contact to add.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct NewContact {
    pub display_name: String,
    #[serde(flatten)]
    pub details: ContactDetails,
    pub status: Option<LifecycleStatus>,
    pub source: DataSource,
    pub sensitive: BTreeSet<ContactField>,
}

impl NewContact {
    /// A lead with a name and nothing else.
    pub fn named(name: impl Into<String>) -> Self {
        NewContact { display_name: name.into(), ..Default::default() }
    }

    /// The contact with its name and details checked and normalised, ready to insert.
    pub(crate) fn checked(mut self) -> Result<Self> {
        self.display_name = validate_name(&self.display_name)?;
        self.details = self.details.normalise()?;
        self.source.validate()?;
        Ok(self)
    }
}

/// Inserts a [`NewContact::checked`] card with its points and tags (not indexed, not audited:
/// the caller does both). `import`: the import it comes from. Returns its id.
pub(crate) fn insert(w: &Write<'_>, new: &NewContact, country: Option<&str>, import: Option<i64>) -> Result<ContactId> {
    insert_keyed(w, new, import, |kind, _, point| kind.match_key(&point.value, country))
}

/// As [`insert`], with each point's duplicate-check key given by `key(kind, index in its
/// list, point)`: an import has worked them out already (phone numbers take a while).
pub(crate) fn insert_keyed(
    w: &Write<'_>,
    new: &NewContact,
    import: Option<i64>,
    key: impl Fn(Kind, usize, &Labelled) -> Option<String>,
) -> Result<ContactId> {
    let mut ids = CardIds::new(&w.tx)?;
    insert_sorted(w, &mut ids, new, &crate::fold::fold(&new.display_name), import, key)
}

/// Where new cards and their points take their ids from: read once for one card, or for all
/// the cards of an import (which then gives every card and point it writes an id from here).
#[derive(Debug)]
pub(crate) struct CardIds {
    pub cards: IdSequence,
    pub points: IdSequence,
}

impl CardIds {
    pub fn new(c: &rusqlite::Connection) -> Result<CardIds> {
        Ok(CardIds {
            cards: IdSequence::new(c, crate::sync::ids::Table::Contact)?,
            points: IdSequence::new(c, crate::sync::ids::Table::ContactPoint)?,
        })
    }
}

/// As [`insert_keyed`], with the card's sort key (its folded display name) worked out already.
pub(crate) fn insert_sorted(
    w: &Write<'_>,
    ids: &mut CardIds,
    new: &NewContact,
    sort_key: &str,
    import: Option<i64>,
    key: impl Fn(Kind, usize, &Labelled) -> Option<String>,
) -> Result<ContactId> {
    let (source_kind, source_detail) = new.source.to_columns();
    let d = &new.details;
    // The id comes after every card's and every merged card's: the audit still names a card
    // merged away (see merge.rs), so its id is never given again.
    let id = ids.cards.take()?;
    w.tx.prepare_cached(
        "INSERT INTO contact (id, display_name, sort_key, given_name, family_name, organisation, job_title, id_number,
            notes, status, source_kind, source_detail, created_at, updated_at, import_id)
         VALUES (?14, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12, ?13)",
    )?
    .execute(params![
        new.display_name,
        sort_key,
        d.given_name,
        d.family_name,
        d.organisation,
        d.job_title,
        d.id_number,
        d.notes,
        new.status.unwrap_or(LifecycleStatus::Lead),
        source_kind,
        source_detail,
        w.now_ts(),
        import,
        id
    ])?;
    for (kind, list) in [(Kind::Email, &d.emails), (Kind::Phone, &d.phones), (Kind::Address, &d.addresses)] {
        for (position, point) in list.iter().enumerate() {
            let key = key(kind, position, point);
            crate::contact_points::add_keyed(
                &w.tx,
                ids.points.take()?,
                id,
                kind,
                point,
                position,
                key.as_deref(),
                None,
            )?;
        }
    }
    for tag in &d.tags {
        crate::tags::add(&w.tx, id, tag, None)?;
    }
    if !new.sensitive.is_empty() {
        store_sensitive(w, id, &new.sensitive)?;
    }
    Ok(id)
}

/// Why and since when a contact is restricted (frozen, GDPR Art. 18).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Restriction {
    pub since: DateTime<Utc>,
    pub reason: String,
}

/// A contact card as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Contact {
    pub id: ContactId,
    pub display_name: String,
    #[serde(flatten)]
    pub details: ContactDetails,
    pub status: LifecycleStatus,
    pub source: DataSource,
    pub sensitive: BTreeSet<ContactField>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Moved forward by every recorded interaction; drives retention.
    pub last_contact_at: Option<DateTime<Utc>>,
    /// Set while the contact is restricted: read-only, left out of lists and exports.
    pub restriction: Option<Restriction>,
    /// Set once the contact is erased: the card is an anonymous tombstone.
    pub erased_at: Option<DateTime<Utc>>,
}

impl Contact {
    /// A field as one text, as stored ([`ContactDetails::text`]; the display name as it is).
    pub fn text(&self, field: ContactField) -> Option<String> {
        match field {
            ContactField::DisplayName => Some(self.display_name.clone()),
            other => self.details.text(other),
        }
    }

    /// A field as JSON: the audit's previous values.
    pub(crate) fn json(&self, field: ContactField) -> serde_json::Value {
        match field {
            ContactField::DisplayName => serde_json::json!(self.display_name),
            other => self.details.json(other),
        }
    }

    /// Refuses any change to a restricted or erased contact, saying why.
    pub fn ensure_changeable(&self) -> Result<()> {
        if let Some(at) = self.erased_at {
            return Err(Error::Erased { id: self.id, at: at.format("%Y-%m-%d").to_string() });
        }
        if let Some(r) = &self.restriction {
            return Err(Error::Restricted {
                name: self.display_name.clone(),
                since: r.since.format("%Y-%m-%d").to_string(),
                reason: r.reason.clone(),
            });
        }
        Ok(())
    }

    /// The card with every sensitive field masked to its last four characters.
    pub fn masked(&self) -> Contact {
        let mut out = self.clone();
        for field in &self.sensitive {
            match field {
                ContactField::DisplayName => out.display_name = mask(&self.display_name),
                ContactField::Tags => out.details.tags.iter_mut().for_each(|t| *t = mask(t)),
                other => {
                    if let Some(slot) = out.details.slot(*other) {
                        *slot = slot.as_deref().map(mask);
                    }
                    if let Some(list) = out.details.points_mut(*other) {
                        list.iter_mut().for_each(|p| p.value = mask(&p.value));
                    }
                }
            }
        }
        out
    }
}

/// Masks all but the last four characters: "PL 1234 5678" → "••••••••5678".
pub fn mask(value: &str) -> String {
    let chars: Vec<char> = value.chars().collect();
    let keep = chars.len().saturating_sub(4);
    std::iter::repeat_n('•', keep).chain(chars[keep..].iter().copied()).collect()
}

/// Changes to a card: `None` leaves a field alone; `Some(None)` clears an optional field; a
/// list (e-mail addresses, phone numbers, postal addresses, tags) is replaced whole. In JSON a
/// missing key leaves the field alone and `null` clears it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, optional_fields))]
#[serde(default)]
pub struct ContactPatch {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "present")]
    #[cfg_attr(feature = "ts", ts(optional, type = "string | null"))]
    pub given_name: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "present")]
    #[cfg_attr(feature = "ts", ts(optional, type = "string | null"))]
    pub family_name: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "present")]
    #[cfg_attr(feature = "ts", ts(optional, type = "string | null"))]
    pub organisation: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "present")]
    #[cfg_attr(feature = "ts", ts(optional, type = "string | null"))]
    pub job_title: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<Labelled>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phones: Option<Vec<Labelled>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub addresses: Option<Vec<Labelled>>,
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "present")]
    #[cfg_attr(feature = "ts", ts(optional, type = "string | null"))]
    pub id_number: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "present")]
    #[cfg_attr(feature = "ts", ts(optional, type = "string | null"))]
    pub notes: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<LifecycleStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<DataSource>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sensitive: Option<BTreeSet<ContactField>>,
}

/// A key that is present is a change, even when its value is `null` (which clears).
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(d).map(Some)
}

impl ContactPatch {
    /// Sets (or with `None`, clears) one field from one text: for e-mail, phone and address
    /// the card then has that one (primary, labelled "other"); tags are split at commas.
    pub fn set(&mut self, field: ContactField, value: Option<String>) {
        let one = |value: Option<String>| {
            value.map(|v| vec![Labelled { value: v, label: Label::Other, primary: true }]).unwrap_or_default()
        };
        match field {
            ContactField::DisplayName => self.display_name = value,
            ContactField::GivenName => self.given_name = Some(value),
            ContactField::FamilyName => self.family_name = Some(value),
            ContactField::Organisation => self.organisation = Some(value),
            ContactField::JobTitle => self.job_title = Some(value),
            ContactField::Email => self.emails = Some(one(value)),
            ContactField::Phone => self.phones = Some(one(value)),
            ContactField::Address => self.addresses = Some(one(value)),
            ContactField::IdNumber => self.id_number = Some(value),
            ContactField::Notes => self.notes = Some(value),
            ContactField::Tags => {
                self.tags = Some(value.map(|v| v.split(',').map(str::to_owned).collect()).unwrap_or_default())
            }
        }
    }

    /// Applies the patch's detail changes to `details` (not yet normalised).
    fn apply(&self, details: &mut ContactDetails) {
        let one_valued = [
            (ContactField::GivenName, &self.given_name),
            (ContactField::FamilyName, &self.family_name),
            (ContactField::Organisation, &self.organisation),
            (ContactField::JobTitle, &self.job_title),
            (ContactField::IdNumber, &self.id_number),
            (ContactField::Notes, &self.notes),
        ];
        for (field, change) in one_valued {
            if let (Some(value), Some(slot)) = (change, details.slot(field)) {
                *slot = value.clone();
            }
        }
        let lists = [
            (ContactField::Email, &self.emails),
            (ContactField::Phone, &self.phones),
            (ContactField::Address, &self.addresses),
        ];
        for (field, change) in lists {
            if let (Some(list), Some(slot)) = (change, details.points_mut(field)) {
                *slot = list.clone();
            }
        }
        if let Some(tags) = &self.tags {
            details.tags = tags.clone();
        }
    }
}

/// One row of the contact list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ContactSummary {
    pub id: ContactId,
    pub display_name: String,
    pub status: LifecycleStatus,
    pub organisation: Option<String>,
    pub last_contact_at: Option<DateTime<Utc>>,
}

/// Which page of the list to show.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ContactQuery {
    pub status: Option<LifecycleStatus>,
    /// List the restricted (frozen) contacts instead: they are left out of the normal list.
    pub restricted: bool,
    /// Only the cards with this tag (compared folded).
    pub tag: Option<String>,
    pub offset: u32,
    pub limit: u32,
}

/// A page of the contact list, sorted by name, with the total matching.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ContactPage {
    pub total: u64,
    pub items: Vec<ContactSummary>,
}

/// The contacts of a vault.
#[derive(Debug, Clone, Copy)]
pub struct Contacts<'v> {
    pub(crate) vault: &'v Vault,
}

impl Vault {
    pub fn contacts(&self) -> Contacts<'_> {
        Contacts { vault: self }
    }
}

const CONTACT_COLUMNS: &str = "id, display_name, given_name, family_name, organisation, job_title, id_number, notes,
     status, source_kind, source_detail, created_at, updated_at, last_contact_at, restricted_at, restriction_reason,
     erased_at";

fn contact_from_row(r: &Row<'_>) -> rusqlite::Result<Contact> {
    Ok(Contact {
        id: r.get(0)?,
        display_name: r.get(1)?,
        details: ContactDetails {
            given_name: r.get(2)?,
            family_name: r.get(3)?,
            organisation: r.get(4)?,
            job_title: r.get(5)?,
            id_number: r.get(6)?,
            notes: r.get(7)?,
            ..Default::default()
        },
        status: r.get(8)?,
        source: DataSource::from_columns(&r.get::<_, String>(9)?, r.get(10)?),
        sensitive: BTreeSet::new(),
        created_at: r.get::<_, Ts>(11)?.0,
        updated_at: r.get::<_, Ts>(12)?.0,
        last_contact_at: ts::opt(r.get(13)?),
        restriction: match ts::opt(r.get(14)?) {
            Some(since) => Some(Restriction { since, reason: r.get::<_, Option<String>>(15)?.unwrap_or_default() }),
            None => None,
        },
        erased_at: ts::opt(r.get(16)?),
    })
}

/// Loads one contact inside a transaction or a read.
pub(crate) fn load(c: &rusqlite::Connection, id: ContactId) -> Result<Contact> {
    let contact = c
        .prepare_cached(&format!("SELECT {CONTACT_COLUMNS} FROM contact WHERE id = ?1"))?
        .query_row([id], contact_from_row)
        .optional()?;
    let mut contact = contact.ok_or_else(|| Error::not_found("contact", id))?;
    let mut stmt = c.prepare_cached("SELECT field FROM contact_sensitive_field WHERE contact_id = ?1")?;
    contact.sensitive = stmt.query_map([id], |r| r.get::<_, ContactField>(0))?.collect::<rusqlite::Result<_>>()?;
    let [emails, phones, addresses] = crate::contact_points::load(c, id)?;
    contact.details.emails = emails;
    contact.details.phones = phones;
    contact.details.addresses = addresses;
    contact.details.tags = crate::tags::load(c, id)?;
    Ok(contact)
}

/// One field of a card as one text ([`ContactDetails::text`]), read without loading the card
/// (search hits show the field they matched in).
pub(crate) fn field_text(c: &rusqlite::Connection, id: ContactId, field: ContactField) -> Result<Option<String>> {
    let column = match field {
        ContactField::DisplayName => "display_name",
        ContactField::GivenName => "given_name",
        ContactField::FamilyName => "family_name",
        ContactField::Organisation => "organisation",
        ContactField::JobTitle => "job_title",
        ContactField::IdNumber => "id_number",
        ContactField::Notes => "notes",
        ContactField::Tags => {
            let tags = crate::tags::load(c, id)?;
            return Ok((!tags.is_empty()).then(|| tags.join(", ")));
        }
        ContactField::Email | ContactField::Phone | ContactField::Address => {
            let kind = field.point_kind().map_or("", Kind::code);
            let mut stmt = c.prepare_cached(
                "SELECT value FROM contact_point WHERE contact_id = ?1 AND kind = ?2 ORDER BY is_primary DESC, position, id",
            )?;
            let values: Vec<String> =
                stmt.query_map(params![id, kind], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
            return Ok((!values.is_empty()).then(|| values.join("\n")));
        }
    };
    // The column comes from the fixed list above, never from input.
    let value = c.query_row(&format!("SELECT {column} FROM contact WHERE id = ?1"), [id], |r| r.get(0)).optional()?;
    Ok(value.flatten())
}

/// Refuses an id no contact has (`not_found`).
pub(crate) fn ensure_exists(c: &rusqlite::Connection, id: ContactId) -> Result<()> {
    let found: Option<i64> = c.query_row("SELECT 1 FROM contact WHERE id = ?1", [id], |r| r.get(0)).optional()?;
    found.map(|_| ()).ok_or_else(|| Error::not_found("contact", id))
}

/// Loads a contact that is about to change: refused when restricted or erased.
pub(crate) fn load_for_change(c: &rusqlite::Connection, id: ContactId) -> Result<Contact> {
    let contact = load(c, id)?;
    contact.ensure_changeable()?;
    Ok(contact)
}

fn validate_name(name: &str) -> Result<String> {
    let name = name.trim();
    if !crate::names::is_name(name) {
        return Err(Error::invalid("display_name", Why::DisplayNameMissing {}));
    }
    Ok(name.to_owned())
}

/// Writes a changed card (`after`, normalised) over what it was (`before`): its columns, the
/// points and tags that changed, the sensitive marks. Not indexed, not audited.
pub(crate) fn update(w: &Write<'_>, before: &Contact, after: &Contact) -> Result<()> {
    let (source_kind, source_detail) = after.source.to_columns();
    let d = &after.details;
    w.tx.execute(
        "UPDATE contact SET display_name = ?2, sort_key = ?3, given_name = ?4, family_name = ?5, organisation = ?6,
            job_title = ?7, id_number = ?8, notes = ?9, status = ?10, source_kind = ?11, source_detail = ?12,
            updated_at = ?13
         WHERE id = ?1",
        params![
            after.id,
            after.display_name,
            crate::fold::fold(&after.display_name),
            d.given_name,
            d.family_name,
            d.organisation,
            d.job_title,
            d.id_number,
            d.notes,
            after.status,
            source_kind,
            source_detail,
            w.now_ts()
        ],
    )?;
    let country = crate::contact_points::firm_country(&w.tx)?;
    for (kind, field) in
        [(Kind::Email, ContactField::Email), (Kind::Phone, ContactField::Phone), (Kind::Address, ContactField::Address)]
    {
        if before.details.points(field) != after.details.points(field) {
            let list = after.details.points(field).unwrap_or_default();
            crate::contact_points::store(&w.tx, after.id, kind, list, country.as_deref())?;
        }
    }
    if before.details.tags != d.tags {
        crate::tags::set(&w.tx, after.id, &d.tags)?;
    }
    // A field an import filled in and the firm has now changed is the firm's: undoing the
    // import leaves it (as points and tags rewritten above lose their import).
    for field in ContactField::ALL.iter().filter(|f| before.details.get(**f) != d.get(**f)) {
        w.tx.prepare_cached("DELETE FROM contact_import_fill WHERE contact_id = ?1 AND field = ?2")?
            .execute(params![after.id, field])?;
    }
    if before.sensitive != after.sensitive {
        store_sensitive(w, after.id, &after.sensitive)?;
    }
    Ok(())
}

fn store_sensitive(w: &Write<'_>, id: ContactId, fields: &BTreeSet<ContactField>) -> Result<()> {
    w.tx.execute("DELETE FROM contact_sensitive_field WHERE contact_id = ?1", [id])?;
    for f in fields {
        w.tx.execute("INSERT INTO contact_sensitive_field (contact_id, field) VALUES (?1, ?2)", params![id, f])?;
    }
    Ok(())
}

impl Contacts<'_> {
    /// Adds a contact (a lead unless a status is given).
    pub fn add(&self, new: NewContact) -> Result<Contact> {
        let new = new.checked()?;
        self.vault.write(|w| {
            let country = crate::contact_points::firm_country(&w.tx)?;
            let id = insert(w, &new, country.as_deref(), None)?;
            let contact = load(&w.tx, id)?;
            crate::search::index_contact(&w.tx, &contact)?;
            w.audit(Action::ContactCreated, Target::Contact(id), serde_json::json!({ "status": contact.status }))?;
            Ok(contact)
        })
    }

    /// Applies changes to a card (rectification). The audit records who changed which fields
    /// and when, with the previous values (kept there, not on the card; sensitive ones are
    /// shown masked). Refused for a restricted or erased contact.
    pub fn edit(&self, id: ContactId, patch: ContactPatch) -> Result<Contact> {
        self.vault.write(|w| {
            let before = load_for_change(&w.tx, id)?;
            let mut after = before.clone();
            if let Some(name) = &patch.display_name {
                after.display_name = validate_name(name)?;
            }
            patch.apply(&mut after.details);
            after.details = after.details.normalise()?;
            if let Some(status) = patch.status {
                after.status = status;
            }
            if let Some(source) = &patch.source {
                source.validate()?;
                after.source = source.clone();
            }
            if let Some(sensitive) = &patch.sensitive {
                after.sensitive = sensitive.clone();
            }
            let changed: Vec<&str> = ContactField::ALL
                .iter()
                .filter(|f| before.json(**f) != after.json(**f))
                .map(|f| f.code())
                .chain((before.status != after.status).then_some("status"))
                .chain((before.source != after.source).then_some("source"))
                .chain((before.sensitive != after.sensitive).then_some("sensitive"))
                .collect();
            if changed.is_empty() {
                return Ok(before);
            }
            update(w, &before, &after)?;
            let stored = load(&w.tx, id)?;
            crate::search::index_contact(&w.tx, &stored)?;
            let mut previous = serde_json::Map::new();
            for f in ContactField::ALL.iter().filter(|f| before.json(**f) != after.json(**f)) {
                previous.insert(f.code().into(), before.json(*f));
            }
            if before.status != after.status {
                previous.insert("status".into(), before.status.code().into());
            }
            if before.source != after.source {
                previous.insert("source".into(), serde_json::to_value(&before.source)?);
            }
            if before.sensitive != after.sensitive {
                previous.insert("sensitive".into(), serde_json::to_value(&before.sensitive)?);
            }
            let masked: Vec<&str> =
                before.sensitive.iter().filter(|f| previous.contains_key(f.code())).map(|f| f.code()).collect();
            w.audit(
                Action::ContactUpdated,
                Target::Contact(id),
                serde_json::json!({ "fields": changed, "previous": previous, "masked": masked }),
            )?;
            Ok(stored)
        })
    }

    /// One card, as stored (sensitive fields included: mask with [`Contact::masked`] to show).
    pub fn get(&self, id: ContactId) -> Result<Contact> {
        self.vault.read(|c| load(c, id))
    }

    /// The card with sensitive fields unmasked. Every reveal is an audit event.
    pub fn reveal(&self, id: ContactId) -> Result<Contact> {
        self.vault.write(|w| {
            let contact = load(&w.tx, id)?;
            let fields: Vec<&str> = contact.sensitive.iter().map(|f| f.code()).collect();
            if !fields.is_empty() {
                w.audit(Action::SensitiveRevealed, Target::Contact(id), serde_json::json!({ "fields": fields }))?;
            }
            Ok(contact)
        })
    }

    /// A page of the list, sorted by name (diacritics ignored), optionally one status only.
    pub fn list(&self, query: &ContactQuery) -> Result<ContactPage> {
        let limit = if query.limit == 0 { 100 } else { query.limit };
        let standing = if query.restricted { "restricted" } else { "active" };
        self.vault.read(|c| {
            let row = |r: &Row<'_>| {
                Ok(ContactSummary {
                    id: r.get(0)?,
                    display_name: r.get(1)?,
                    status: r.get(2)?,
                    organisation: r.get(3)?,
                    last_contact_at: ts::opt(r.get(4)?),
                })
            };
            if let Some(tag) = &query.tag {
                // One tag's cards: few enough to count and sort through the tag's index.
                let Some(tag) = crate::tags::find(c, tag)? else { return Ok(ContactPage { total: 0, items: vec![] }) };
                let filter = "FROM contact_tag ct JOIN contact k ON k.id = ct.contact_id
                     WHERE ct.tag_id = ?1 AND k.standing = ?2 AND (?3 IS NULL OR k.status = ?3)";
                let total: i64 = c
                    .prepare_cached(&format!("SELECT count(*) {filter}"))?
                    .query_row(params![tag, standing, query.status], |r| r.get(0))?;
                let mut stmt = c.prepare_cached(&format!(
                    "SELECT k.id, k.display_name, k.status, k.organisation, k.last_contact_at {filter}
                     ORDER BY k.sort_key, k.id LIMIT ?4 OFFSET ?5"
                ))?;
                let items = stmt
                    .query_map(params![tag, standing, query.status, limit, query.offset], row)?
                    .collect::<rusqlite::Result<_>>()?;
                return Ok(ContactPage { total: total as u64, items });
            }
            let total: i64 = match query.status {
                Some(status) => c.query_row(
                    "SELECT count(*) FROM contact WHERE standing = ?1 AND status = ?2",
                    params![standing, status],
                    |r| r.get(0),
                )?,
                // Counting all rows is O(pages); the few restricted and erased are subtracted.
                None if !query.restricted => c.query_row(
                    "SELECT (SELECT count(*) FROM contact)
                          - (SELECT count(*) FROM contact WHERE standing IN ('restricted', 'erased'))",
                    [],
                    |r| r.get(0),
                )?,
                None => c.query_row("SELECT count(*) FROM contact WHERE standing = ?1", [standing], |r| r.get(0))?,
            };
            let sql = if query.status.is_some() {
                "SELECT id, display_name, status, organisation, last_contact_at FROM contact INDEXED BY contact_by_status
                 WHERE standing = ?4 AND status = ?1 ORDER BY sort_key, id LIMIT ?2 OFFSET ?3"
            } else {
                "SELECT id, display_name, status, organisation, last_contact_at FROM contact INDEXED BY contact_by_name
                 WHERE standing = ?4 AND ?1 IS NULL ORDER BY sort_key, id LIMIT ?2 OFFSET ?3"
            };
            let mut stmt = c.prepare_cached(sql)?;
            let items =
                stmt.query_map(params![query.status, limit, query.offset, standing], row)?.collect::<rusqlite::Result<_>>()?;
            Ok(ContactPage { total: total as u64, items })
        })
    }
}

impl Contacts<'_> {
    /// The contacts (active or restricted, not erased) whose whole name is made of `words`:
    /// every word of the display name, folded ([`crate::fold`]), is one of them — e.g. the
    /// people a transcript may name, given its folded words. Looked up by each name's first
    /// word through the name index, so the cost follows the number of words, not the size of
    /// the vault. Sorted by name.
    pub fn named_by(&self, words: &BTreeSet<String>) -> Result<Vec<ContactSummary>> {
        self.vault.read(|c| {
            let mut starting = c.prepare_cached(
                "SELECT id, sort_key FROM contact INDEXED BY contact_by_name
                 WHERE standing = ?1 AND sort_key >= ?2 AND sort_key < ?3",
            )?;
            let mut ids = BTreeSet::new();
            for word in words.iter().filter(|w| !w.is_empty()) {
                // Every name that starts with the word; the first word must then be the word.
                let end = format!("{word}{}", char::MAX);
                for standing in ["active", "restricted"] {
                    let rows = starting.query_map(params![standing, word, end], |r| {
                        Ok((r.get::<_, ContactId>(0)?, r.get::<_, String>(1)?))
                    })?;
                    for row in rows {
                        let (id, key) = row?;
                        let mut name = crate::fold::words(&key);
                        if name.next() == Some(word.as_str()) && name.all(|w| words.contains(w)) {
                            ids.insert(id);
                        }
                    }
                }
            }
            let mut one = c.prepare_cached(
                "SELECT id, display_name, status, organisation, last_contact_at, sort_key FROM contact WHERE id = ?1",
            )?;
            let mut found = Vec::new();
            for id in ids {
                found.push(one.query_row([id], |r| {
                    let summary = ContactSummary {
                        id: r.get(0)?,
                        display_name: r.get(1)?,
                        status: r.get(2)?,
                        organisation: r.get(3)?,
                        last_contact_at: ts::opt(r.get(4)?),
                    };
                    Ok((r.get::<_, String>(5)?, summary))
                })?);
            }
            found.sort_by(|a, b| (&a.0, a.1.id).cmp(&(&b.0, b.1.id)));
            Ok(found.into_iter().map(|(_, s)| s).collect())
        })
    }
}

/// Moves `last_contact_at` forward to `at` (never back).
pub(crate) fn touch(w: &Write<'_>, id: ContactId, at: DateTime<Utc>) -> Result<()> {
    w.tx.execute(
        "UPDATE contact SET last_contact_at = ?2 WHERE id = ?1 AND (last_contact_at IS NULL OR last_contact_at < ?2)",
        params![id, Ts(at)],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patch_json_tells_absent_from_null() {
        let patch: ContactPatch =
            serde_json::from_str(r#"{"job_title": null, "given_name": "Anna", "phones": [{"value": "+48 1", "label": "mobile", "primary": true}]}"#)
                .unwrap();
        assert_eq!(patch.job_title, Some(None));
        assert_eq!(patch.given_name, Some(Some("Anna".into())));
        assert_eq!(patch.phones, Some(vec![Labelled { value: "+48 1".into(), label: Label::Mobile, primary: true }]));
        assert_eq!(patch.emails, None);
        assert_eq!(patch.notes, None);
        let back: ContactPatch = serde_json::from_str(&serde_json::to_string(&patch).unwrap()).unwrap();
        assert_eq!(back, patch);
    }

    #[test]
    fn mask_keeps_last_four() {
        assert_eq!(mask("PL12345678"), "••••••5678");
        assert_eq!(mask("abc"), "abc");
        assert_eq!(mask("żółćżółć"), "••••żółć");
    }

    #[test]
    fn enums_serialise_as_their_codes() {
        use crate::interactions::Origin;
        use crate::purposes::LegalBasis;
        assert_eq!(serde_json::to_string(&Origin::WhatsApp).unwrap(), r#""whatsapp""#);
        assert_eq!(serde_json::to_string(&LegalBasis::LegitimateInterests).unwrap(), r#""f""#);
        assert_eq!(
            serde_json::from_str::<LifecycleStatus>(r#""former_customer""#).unwrap(),
            LifecycleStatus::FormerCustomer
        );
        assert!(serde_json::from_str::<LifecycleStatus>(r#""vip""#).is_err());
    }

    #[test]
    fn status_parses_codes_and_dashes() {
        assert_eq!("former-customer".parse::<LifecycleStatus>().unwrap(), LifecycleStatus::FormerCustomer);
        let err = "vip".parse::<LifecycleStatus>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "status: 'vip' is not valid; use one of lead, customer, former_customer, supplier_partner, other"
        );
    }
}
