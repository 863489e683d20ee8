//! Importing an address book: the drafts a parser made of a file become cards, after a
//! preview the user agrees to; and an import can be undone.
//!
//! - [`AddressBook::preview`] writes nothing. It lists the rows that become new cards, the
//!   **duplicates** — rows already in the vault (the same e-mail address, the same phone
//!   number read in the firm's country, or the same name at the same organisation: see
//!   `matching.rs`) and rows repeating an earlier row of the file — each with the card or row
//!   it repeats, what matched, and its default [`Decision`] (skip, merge, new); the rows that
//!   cannot be imported (`problems`: nothing names the person); and the values left out of
//!   rows (`warnings`: an e-mail address without `@`, a phone number without a digit, a tag
//!   too long — such a value never stops a row or the file, see `prepare.rs`).
//! - [`AddressBook::import`] runs it in one transaction with the user's [`ImportChoices`]:
//!   new cards (the file's names, organisation, job title, points, notes and tags, the
//!   import's tag, status and source), merges into existing cards (what they lack, nothing
//!   overwritten: `merge.rs`), skips. Refused as a whole, naming the lines, while there are
//!   problem rows the user has not agreed to skip. Cancelled through its progress callback,
//!   or failing anywhere, it writes nothing. One audit entry for the whole file, with
//!   counts and no personal data. Re-importing the same file adds nobody: its rows now find
//!   their cards, and merging adds nothing the cards have.
//! - [`AddressBook::undo_import`] takes off exactly what an import added (`undo.rs`), unless
//!   the firm has since worked with the cards it created.
//! - [`AddressBook::imports`] lists the imports, for the "Undo this import" choice.
//!
//! Duplicates inside one file: a row repeating an earlier row is a duplicate of that row, and
//! by default merges into the card the earlier row went into — two rows of the same person
//! (say, one per e-mail address, as some exports write them) make one card. Choosing "new"
//! for it makes a card of its own; "skip" leaves it out.

mod commit;
mod history;
mod matching;
mod merge;
mod options;
mod prepare;
mod preview;
mod undo;

pub use commit::ImportSummary;
pub use history::ImportRecord;
pub use matching::MatchedBy;
pub use options::{Decision, ImportChoices, ImportOptions};
pub use preview::{Duplicate, DuplicateOf, ImportPreview, RowNote, RowWhy};
pub use undo::UndoneImport;

use crate::address_book::draft::ContactDraft;
use crate::error::Result;
use crate::vault::Vault;

/// An import's id (`contact_import.id`).
pub type ImportId = i64;

/// The address book of a vault: imports into it.
#[derive(Debug, Clone, Copy)]
pub struct AddressBook<'v> {
    vault: &'v Vault,
}

impl Vault {
    pub fn address_book(&self) -> AddressBook<'_> {
        AddressBook { vault: self }
    }
}

impl AddressBook<'_> {
    /// What importing `drafts` with `options` would do; nothing is written.
    pub fn preview(&self, drafts: &[ContactDraft], options: &ImportOptions) -> Result<ImportPreview> {
        self.vault.read(|c| preview::preview(c, drafts, options))
    }

    /// Imports `drafts` (the list previewed) with `options` and the user's `choices`, in one
    /// transaction. `progress(rows_done, rows)` is called about every 1 % of the rows (at
    /// least every 256) and at the end; returning `false` cancels the import, which then
    /// writes nothing and is refused ("cancelled").
    pub fn import(
        &self,
        drafts: &[ContactDraft],
        options: &ImportOptions,
        choices: &ImportChoices,
        progress: &mut dyn FnMut(usize, usize) -> bool,
    ) -> Result<ImportSummary> {
        let settings = options.checked()?;
        self.vault.write(|w| commit::run(w, drafts, &settings, choices, progress))
    }

    /// Undoes an import: removes the cards it created and what it added to other cards.
    pub fn undo_import(&self, import: ImportId) -> Result<UndoneImport> {
        self.vault.write(|w| undo::undo(w, import))
    }

    /// Every import, newest first.
    pub fn imports(&self) -> Result<Vec<ImportRecord>> {
        self.vault.read(history::list)
    }
}
