//! Custos core: every rule of the product, with no UI and no Tauri.
//!
//! Open a [`Vault`] (an encrypted SQLite file) and work through its domain handles:
//! [`Vault::contacts`], [`Vault::interactions`], [`Vault::purposes`], [`Vault::consents`],
//! [`Vault::company`], [`Vault::audit`], [`Vault::search`], [`Vault::import_transcript`],
//! [`Vault::restrictions`], [`Vault::objections`], [`Vault::erase`], [`Vault::retention`],
//! [`Vault::requests`] (data subjects' requests and their deadlines), [`Vault::calendar`],
//! [`Vault::tags`], [`Vault::address_book`] (importing address books, and undoing an import).
//! Every write is one transaction that also appends to the hash-chained audit log; time
//! comes from the [`Clock`] in the vault's [`Session`].

pub mod address_book;
pub mod audit;
pub mod backups;
pub mod clock;
pub mod company;
pub mod consents;
pub mod contact_points;
pub mod contacts;
pub mod deadline;
pub mod duplicates;
pub mod erasure;
pub mod error;
pub mod evidence;
pub mod files;
pub mod fold;
pub mod import;
pub mod interactions;
pub mod merge;
pub mod names;
pub mod objections;
pub mod operators;
pub mod purposes;
pub mod requests;
pub mod restriction;
pub mod retention;
pub mod search;
pub mod sync;
pub mod tags;
pub mod ts;
pub mod vault;
pub mod why;

pub use clock::{Clock, FixedClock, SystemClock};
pub use error::{Error, Result};
pub use ts::StoredTime;
pub use vault::{Passphrase, Session, Strength, Vault};
