//! `custos import conversations …` (and `custos transcript import` of the same formats): files
//! of e-mail, Telegram, Messenger and website chats read, their people matched to cards, then
//! a preview (--dry-run) or one transaction.

use std::path::PathBuf;

use custos_core::Vault;
use custos_core::contacts::ContactId;
use custos_core::import::conversations::{ConversationsImported, ConversationsPreview};
use custos_core::import::people::{Choice, Known, PersonChoice};
use custos_core::import::sources::{self, ConversationFormat, ReadOptions};
use custos_core::import::web_chat::{self, WebChatField, WebChatMapping};

use crate::error::{CliError, CliResult};
use crate::input;
use crate::output::{self, say, when};

use super::Ctx;

/// What the person importing said about the files and the people in them.
pub(super) struct Request {
    pub files: Vec<PathBuf>,
    pub format: Option<String>,
    pub map: Vec<String>,
    pub utc_offset: Option<String>,
    pub attach: Vec<String>,
    pub lead: Vec<String>,
    pub staff: Vec<String>,
    pub dry_run: bool,
}

/// How many people and conversations the text output lists before "and N more".
const SHOWN: usize = 30;

pub(super) fn import(ctx: &Ctx, request: Request, card: Option<ContactId>) -> CliResult {
    let format = request.format.as_deref().map(str::parse::<ConversationFormat>).transpose()?;
    let mapping = web_chat_mapping(&request.files, &request.map)?;
    let options = ReadOptions {
        utc_offset: request
            .utc_offset
            .as_deref()
            .map(input::parse_offset)
            .transpose()?
            .unwrap_or_else(input::local_offset),
        mapping,
        format,
    };
    let read = sources::read(&request.files, &options)?;
    let vault = ctx.open()?;
    let (mut choices, first) = vault.preview_conversations_on(&read.parts, card)?;
    let flags = chosen(&vault, &first, &request)?;
    let preview = if flags.is_empty() {
        first
    } else {
        choices.extend(flags);
        vault.preview_conversations(&read.parts, &choices)?
    };
    if request.dry_run {
        if ctx.json {
            return output::json(&preview);
        }
        show_preview(&preview);
        say!("Nothing was imported (--dry-run).");
        return Ok(());
    }
    let done = vault.import_conversations(&read.parts, &choices, &mut |_, _| {})?;
    if ctx.json {
        return output::json(&done);
    }
    show_imported(&done);
    Ok(())
}

/// The website chat mapping: the guess from the first CSV file's header, with `--map` changes.
fn web_chat_mapping(files: &[PathBuf], map: &[String]) -> CliResult<Option<WebChatMapping>> {
    if map.is_empty() {
        return Ok(None);
    }
    let csv = sources::files(files)?
        .into_iter()
        .find(|f| sources::head(f).is_ok_and(|head| sources::detect(f, &head) == ConversationFormat::Csv))
        .ok_or_else(|| CliError::usage("--map is for a website chat's CSV file, and none was given"))?;
    let bytes = custos_core::files::read_regular(&csv, custos_core::files::MAX_IMPORT_BYTES)?;
    let inspected = web_chat::inspect(&bytes)?;
    let mut mapping = inspected.guessed;
    for spec in map {
        let (column, field) = spec
            .rsplit_once('=')
            .ok_or_else(|| CliError::usage(format!("--map \"{spec}\": write it as COLUMN=FIELD")))?;
        let index = inspected.headers.iter().position(|h| h == column.trim()).ok_or_else(|| {
            CliError::usage(format!(
                "--map \"{spec}\": the file has no column \"{}\"; its columns are: {}",
                column.trim(),
                inspected.headers.join(", ")
            ))
        })?;
        let field: WebChatField =
            serde_json::from_value(serde_json::Value::String(field.trim().to_owned())).map_err(|_| {
                CliError::usage(format!(
                    "--map \"{spec}\": \"{}\" is not a field; use one of time, date, clock, sender, sender_email, \
                     role, text, conversation, message_id, ignore",
                    field.trim()
                ))
            })?;
        mapping.set(index, field);
    }
    Ok(Some(mapping))
}

/// The choices `--attach`, `--lead` and `--staff` make, each for a person the preview lists.
fn chosen(vault: &Vault, preview: &ConversationsPreview, request: &Request) -> CliResult<Vec<PersonChoice>> {
    let known = |key: &str| -> CliResult<String> {
        let key = key.trim();
        if preview.people.iter().any(|p| p.key == key) {
            Ok(key.to_owned())
        } else {
            Err(CliError::usage(format!(
                "\"{key}\" is nobody in these files: run with --dry-run to see each person's key"
            )))
        }
    };
    let mut out = Vec::new();
    for spec in &request.attach {
        let (key, contact) = spec
            .rsplit_once('=')
            .ok_or_else(|| CliError::usage(format!("--attach \"{spec}\": write it as KEY=CONTACT")))?;
        let contact: ContactId = contact
            .trim()
            .parse()
            .map_err(|_| CliError::usage(format!("--attach \"{spec}\": \"{contact}\" is not a contact id")))?;
        vault.contacts().get(contact)?;
        out.push(PersonChoice { key: known(key)?, choice: Choice::Attach { contact } });
    }
    for key in &request.lead {
        if key.trim() == "all" {
            let unknown = preview.people.iter().filter(|p| p.known == Known::Unknown);
            out.extend(unknown.map(|p| PersonChoice { key: p.key.clone(), choice: Choice::CreateLead }));
        } else {
            out.push(PersonChoice { key: known(key)?, choice: Choice::CreateLead });
        }
    }
    for key in &request.staff {
        out.push(PersonChoice { key: known(key)?, choice: Choice::Staff });
    }
    Ok(out)
}

fn show_preview(p: &ConversationsPreview) {
    say!(
        "{} thread(s) with {} message(s); {} skipped (not conversation, or empty); {} without a date (dated by the \
         message before them); {} attachment(s) (names and sizes recorded, contents not stored).",
        p.threads,
        p.messages,
        p.skipped,
        p.undated,
        p.attachments
    );
    say!("People:");
    for person in p.people.iter().take(SHOWN) {
        let what = match &person.known {
            Known::Contact { id, name } => format!("contact #{id} {name}"),
            Known::Staff => "staff".to_owned(),
            Known::Restricted { id, name } => format!("contact #{id} {name}, restricted: nothing is added"),
            Known::Unknown if person.candidates.is_empty() => {
                "unknown: skipped unless --attach KEY=CONTACT, --lead KEY or --staff KEY".to_owned()
            }
            Known::Unknown => {
                let cards: Vec<String> = person.candidates.iter().map(|c| format!("#{} {}", c.id, c.name)).collect();
                format!("unknown (several cards: {}): say which with --attach KEY=CONTACT", cards.join(", "))
            }
        };
        say!(
            "  {}  {}  {} sent, {} received — {what}",
            person.key,
            person.name.as_deref().unwrap_or(""),
            person.sent,
            person.received
        );
    }
    if p.people.len() > SHOWN {
        say!("  … and {} more", p.people.len() - SHOWN);
    }
    say!("Conversations:");
    for c in p.conversations.iter().take(SHOWN) {
        let card = c.contact_id.map_or_else(|| "new lead".to_owned(), |id| format!("#{id}"));
        let span = match (c.first_at, c.last_at) {
            (Some(a), Some(b)) => format!("{} – {}", when(a), when(b)),
            _ => String::new(),
        };
        let adds = c.adds_to.map(|id| format!(", adds to conversation {id}")).unwrap_or_default();
        say!(
            "  {card} {}  {}  {}  {} new, {} already there{adds}  {span}",
            c.contact_name,
            c.channel.code(),
            c.title.as_deref().unwrap_or(""),
            c.messages,
            c.duplicates
        );
    }
    if p.conversations.len() > SHOWN {
        say!("  … and {} more", p.conversations.len() - SHOWN);
    }
    if p.unassigned_threads > 0 {
        say!("{} thread(s) have nobody the vault knows: not imported.", p.unassigned_threads);
    }
}

fn show_imported(d: &ConversationsImported) {
    say!(
        "Imported {} message(s): {} new conversation(s), {} added to earlier ones, on {} card(s); {} already there; \
         {} lead(s) created.",
        d.messages,
        d.conversations_created,
        d.conversations_extended,
        d.contacts.len(),
        d.duplicates,
        d.leads_created.len()
    );
    if d.attachments > 0 {
        say!("{} attachment(s): their names and sizes were recorded, their contents were not stored.", d.attachments);
    }
    if d.unassigned_threads > 0 {
        say!("{} thread(s) had nobody the vault knows and were not imported.", d.unassigned_threads);
    }
}
