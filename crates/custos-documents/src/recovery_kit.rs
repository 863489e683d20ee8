//! The recovery kit: one A4 page printed when a vault is made (and whenever an owner asks for
//! a new one), holding the vault's recovery code and what to do with it. It is the way back
//! in for an owner who forgot every passphrase, so it says where to keep it, who can use it
//! and how, and plainly that without a passphrase and without it nobody can open the vault.
//!
//! The sheet is not the firm's document: it names no controller and needs no company
//! profile. The code is drawn exactly as given (the core formats it: groups of Crockford
//! base32 characters joined by ASCII hyphens), whole on one line, so that what is typed from
//! the paper and what `pdftotext` reads from the file are the same string.
//!
//! Rendering is all this module does: making the code, the slot it opens and the audit entry
//! of a new kit are the core's.

use chrono::{DateTime, Utc};

use crate::error::Result;
use crate::fonts::Fonts;
use crate::i18n::{Language, Texts};
use crate::layout::{Block, Furniture, Layout, PageSetup};
use crate::render::{self, Info};
use crate::{DocumentKind, Pdf};

/// The command that recovers a vault from the command line, printed as it is typed in every
/// language.
const RECOVER_COMMAND: &str = "custos vault recover";

/// What a recovery kit prints. `Debug` leaves the code out: it opens the vault, and a debug
/// line ends up in logs.
#[derive(Clone, PartialEq, Eq)]
pub struct RecoveryKit {
    /// The vault's name as the user knows it (e.g. its file name).
    pub vault_name: String,
    /// The vault's id, which ties the kit to one vault (a copy of its file keeps the id).
    pub vault_id: String,
    /// The recovery code as it is to be typed, e.g. `7KQ2M-X9D4P-0RT8V-…`.
    pub code: String,
    /// When the code was made; the sheet states the day.
    pub made_at: DateTime<Utc>,
    /// The operator who made it.
    pub made_by: String,
}

impl std::fmt::Debug for RecoveryKit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RecoveryKit")
            .field("vault_name", &self.vault_name)
            .field("vault_id", &self.vault_id)
            .field("code", &"<hidden>")
            .field("made_at", &self.made_at)
            .field("made_by", &self.made_by)
            .finish()
    }
}

impl From<&custos_core::vault::RecoveryKit> for RecoveryKit {
    fn from(kit: &custos_core::vault::RecoveryKit) -> RecoveryKit {
        RecoveryKit {
            vault_name: kit.vault_name.clone(),
            vault_id: kit.vault_id.clone(),
            code: kit.code.printed().to_string(),
            made_at: kit.made_at,
            made_by: kit.made_by.clone(),
        }
    }
}

/// Makes a new recovery kit for `vault` and saves it to `dest` as a PDF in `language`; only
/// once it is saved does the new code replace the old one (see
/// [`custos_core::Vault::new_recovery_kit_then`]). Owner only.
pub fn recovery_kit(vault: &custos_core::Vault, language: Language, dest: &std::path::Path) -> Result<Pdf> {
    let mut saved = false;
    let made = vault.new_recovery_kit_then(|kit| -> Result<Pdf> {
        let pdf = RecoveryKit::from(kit).to_pdf(language)?;
        pdf.save(dest)?;
        saved = true;
        Ok(pdf)
    });
    if made.is_err() && saved {
        // Its code never took effect: a sheet that opens nothing must not be kept.
        let _ = std::fs::remove_file(dest);
    }
    made
}

impl RecoveryKit {
    /// Draws the kit in `language`: one A4 portrait page, dated the day it was made.
    pub fn to_pdf(&self, language: Language) -> Result<Pdf> {
        let texts = &Texts::load(language)?;
        let fonts = Fonts::get()?;
        let setup = PageSetup::a4_portrait();
        let date = self.made_at.date_naive();
        let furniture = Furniture { header_left: "Custos".to_owned(), header_right: texts.date(date) };
        let blocks = self.blocks(texts);
        let pages = Layout::run(setup, fonts, &blocks, &furniture, |page, pages| {
            texts.args("page-x-of-y", &[("page", page.into()), ("pages", pages.into())])
        });
        let title = texts.get("recovery-kit-title");
        let document = DocumentKind::RecoveryKit;
        // The document information names the vault and the person, never the code.
        let info =
            Info { title: &title, author: &self.made_by, subject: document.describe(), language: language.code() };
        let bytes = render::to_pdf(&setup, &pages, &info)?;
        Ok(Pdf { kind: document, language, date, pages: pages.len(), bytes })
    }

    fn blocks(&self, t: &Texts) -> Vec<Block> {
        let one_line = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        vec![
            Block::Title(t.get("recovery-kit-title")),
            Block::Paragraph(t.get("recovery-kit-intro")),
            Block::Fields(vec![
                (t.get("recovery-kit-vault-name"), one_line(&self.vault_name)),
                (t.get("recovery-kit-vault-id"), self.vault_id.trim().to_owned()),
                (t.get("recovery-kit-made-on"), t.date(self.made_at.date_naive())),
                (t.get("recovery-kit-made-by"), one_line(&self.made_by)),
            ]),
            Block::Heading(t.get("recovery-kit-code")),
            Block::Code(self.code.trim().to_owned()),
            Block::Note(t.get("recovery-kit-code-typing")),
            Block::Heading(t.get("recovery-kit-keep")),
            Block::Bullets(vec![t.get("recovery-kit-keep-offline"), t.get("recovery-kit-keep-anyone")]),
            Block::Heading(t.get("recovery-kit-use")),
            Block::Bullets(vec![
                t.get("recovery-kit-use-app"),
                t.args("recovery-kit-use-cli", &[("command", RECOVER_COMMAND.into())]),
                t.get("recovery-kit-use-check"),
                t.get("recovery-kit-use-after"),
            ]),
            Block::Paragraph(t.get("recovery-kit-replaced")),
            Block::Heading(t.get("recovery-kit-nobody")),
        ]
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use chrono::TimeZone;

    use super::*;

    const MESSAGES: &[&str] = &[
        "recovery-kit-title",
        "recovery-kit-intro",
        "recovery-kit-vault-name",
        "recovery-kit-vault-id",
        "recovery-kit-made-on",
        "recovery-kit-made-by",
        "recovery-kit-code",
        "recovery-kit-code-typing",
        "recovery-kit-keep",
        "recovery-kit-keep-offline",
        "recovery-kit-keep-anyone",
        "recovery-kit-use",
        "recovery-kit-use-app",
        "recovery-kit-use-cli",
        "recovery-kit-use-check",
        "recovery-kit-use-after",
        "recovery-kit-replaced",
        "recovery-kit-nobody",
    ];

    fn kit() -> RecoveryKit {
        RecoveryKit {
            vault_name: "Kałuża i Wiśniewski".into(),
            vault_id: "0f6c2d1e-8a4b-4c3d-9e7f-5a6b7c8d9e0f".into(),
            code: "7KQ2M-X9D4P-0RT8V-WH3JN-6YZ1A-BCDEF-GS5T0".into(),
            made_at: Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap(),
            made_by: "Anna Nowak".into(),
        }
    }

    #[test]
    fn every_message_is_translated_not_copied() {
        let en = Texts::load(Language::En).unwrap();
        for lang in Language::ALL {
            let texts = Texts::load(lang).unwrap();
            for id in MESSAGES {
                let theirs = texts.get(id);
                assert_ne!(theirs, *id, "{lang} lacks {id}");
                if lang != Language::En {
                    assert_ne!(theirs, en.get(id), "{lang} copies the English {id}");
                }
            }
            // The command is printed as typed, in every language.
            let cli = texts.args("recovery-kit-use-cli", &[("command", RECOVER_COMMAND.into())]);
            assert!(cli.contains(RECOVER_COMMAND), "{lang}: {cli}");
        }
    }

    #[test]
    fn the_code_is_drawn_whole_once_and_is_not_in_the_debug_line() {
        let k = kit();
        let blocks = k.blocks(&Texts::load(Language::De).unwrap());
        let codes: Vec<&Block> = blocks.iter().filter(|b| matches!(b, Block::Code(_))).collect();
        assert_eq!(codes, [&Block::Code(k.code.clone())]);
        let debug = format!("{k:?}");
        assert!(!debug.contains(&k.code) && !debug.contains("7KQ2M"), "{debug}");
        assert!(debug.contains("Kałuża i Wiśniewski"));
    }

    #[test]
    fn the_pdf_is_a_recovery_kit_of_the_day_it_was_made() {
        let pdf = kit().to_pdf(Language::Pl).unwrap();
        assert_eq!(pdf.kind(), DocumentKind::RecoveryKit);
        assert_eq!(pdf.pages(), 1);
        assert_eq!(pdf.suggested_file_name(), "recovery-kit-2026-11-23-pl.pdf");
    }
}
