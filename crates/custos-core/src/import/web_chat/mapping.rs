//! Which part of a message each column of a website chat export holds ([`WebChatMapping`]),
//! and the guess of it from the column names ([`WebChatMapping::guess`]), as the contacts CSV
//! importer guesses its own ([`crate::address_book::csv::Mapping`]): names compared folded
//! (case and accents ignored, "Wiadomość" is "wiadomosc") and split into words at anything
//! but letters and digits, and at a capital inside a word ("conversationId", "sendTime").
//!
//! The names are those of the tools' own exports and of spreadsheets people make of them:
//! LiveChat ("Chat ID", "Author name", "Author email", "Author type", "Message"), tawk.to
//! ("Conversation ID", "Time", "Sender", "Sender Type"), Intercom ("conversation_id",
//! "part_id", "created_at", "author_type", "author_name", "author_email", "body"), Zendesk
//! Chat ("timestamp", "name", "msg"), Crisp ("session_id", "fingerprint", "timestamp",
//! "content"), Tidio, Channel.io ("chatId", "personType", "plainText", "createdAt"),
//! Ultimate's template ("conversationId", "sendTime", "senderType", "text"), and the same
//! in Polish, German, French, Italian and Spanish.

use serde::{Deserialize, Serialize};

use crate::address_book::csv::mapping::key;

/// What a column of a website chat export holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum WebChatField {
    /// Nothing to import (the visitor's browser, the page, a rating…).
    Ignore,
    /// When the message was sent: date and time of day in one column.
    Time,
    /// The date, when the time of day is in a column of its own ([`WebChatField::Clock`]).
    Date,
    /// The time of day, beside a [`WebChatField::Date`] column.
    Clock,
    /// Who wrote the message, by name.
    Sender,
    /// The e-mail address of who wrote the message.
    SenderEmail,
    /// What the writer is: visitor (the contact's side), agent (the firm's) or bot/system
    /// (skipped).
    Role,
    /// The message's text (several columns: joined, one per line).
    Text,
    /// Which chat the message belongs to: one conversation per value.
    Conversation,
    /// The tool's own id of the message: a second import of it is recognised by it.
    MessageId,
}

/// The field of each column of a file, by position. Columns past the end are ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct WebChatMapping {
    pub columns: Vec<WebChatField>,
}

impl WebChatMapping {
    /// A field for each column of `header`, from its name.
    pub fn guess<S: AsRef<str>>(header: &[S]) -> WebChatMapping {
        let keys: Vec<String> = header.iter().map(|name| key(&split_camel(name.as_ref()))).collect();
        let mut columns: Vec<WebChatField> = keys.iter().map(|k| guess_key(k)).collect();
        let has = |columns: &[WebChatField], f| columns.contains(&f);
        // "Date" and "Time" side by side: the time of day beside its date.
        if has(&columns, WebChatField::Date) && !has(&columns, WebChatField::Clock) {
            for (field, key) in columns.iter_mut().zip(&keys) {
                if *field == WebChatField::Time && CLOCK_BESIDE_DATE.contains(&key.as_str()) {
                    *field = WebChatField::Clock;
                }
            }
        }
        // A date or a time of day alone holds both ("Date: 2026-03-01 10:00").
        let time = has(&columns, WebChatField::Time);
        let (date, clock) = (has(&columns, WebChatField::Date), has(&columns, WebChatField::Clock));
        for field in &mut columns {
            if matches!(field, WebChatField::Date | WebChatField::Clock) {
                if !time && date != clock {
                    *field = WebChatField::Time;
                } else if time {
                    // A whole time beside a date: the date is the chat's, or the same again.
                    *field = WebChatField::Ignore;
                }
            }
        }
        // Only the first of each field, but the text: a second time or sender column is more
        // likely something else (the chat's start, the visitor's name).
        let mut seen = Vec::new();
        for field in &mut columns {
            if *field != WebChatField::Ignore && *field != WebChatField::Text {
                if seen.contains(field) {
                    *field = WebChatField::Ignore;
                } else {
                    seen.push(*field);
                }
            }
        }
        WebChatMapping { columns }
    }

    /// The field of `column` (0-based).
    pub fn field(&self, column: usize) -> WebChatField {
        self.columns.get(column).copied().unwrap_or(WebChatField::Ignore)
    }

    /// Sets the field of `column`, ignoring the columns before it that had none.
    pub fn set(&mut self, column: usize, field: WebChatField) {
        if self.columns.len() <= column {
            self.columns.resize(column + 1, WebChatField::Ignore);
        }
        self.columns[column] = field;
    }
}

/// "conversationId" as "conversation Id": the words of a camel-case name.
fn split_camel(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    let mut lower_before = false;
    for c in name.chars() {
        if c.is_uppercase() && lower_before {
            out.push(' ');
        }
        lower_before = c.is_lowercase();
        out.push(c);
    }
    out
}

/// The field a column named `name` most likely holds.
pub fn guess_column(name: &str) -> WebChatField {
    guess_key(&key(&split_camel(name)))
}

/// Names of the time of day that, beside a date column, are the time of day only.
const CLOCK_BESIDE_DATE: &[&str] = &["time", "czas", "zeit", "temps", "tempo", "tiempo", "message time"];

fn guess_key(key: &str) -> WebChatField {
    const TIME: &[&str] = &[
        "time",
        "timestamp",
        "datetime",
        "date time",
        "date and time",
        "created at",
        "created",
        "created date",
        "creation date",
        "sent at",
        "sent",
        "send time",
        "sent time",
        "time sent",
        "date sent",
        "sent date",
        "posted at",
        "message time",
        "message date",
        "message timestamp",
        "message sent at",
        "event time",
        "czas",
        "data i godzina",
        "data i czas",
        "data wyslania",
        "czas wyslania",
        "wyslano",
        "znacznik czasu",
        "zeit",
        "zeitpunkt",
        "zeitstempel",
        "datum und uhrzeit",
        "datum uhrzeit",
        "gesendet",
        "gesendet am",
        "erstellt am",
        "horodatage",
        "date et heure",
        "envoye le",
        "date d envoi",
        "temps",
        "data e ora",
        "data ora",
        "inviato",
        "data di invio",
        "tempo",
        "fecha y hora",
        "marca de tiempo",
        "enviado",
        "fecha de envio",
        "tiempo",
    ];
    const DATE: &[&str] = &["date", "data", "datum", "fecha", "day", "dzien", "tag", "jour", "giorno", "dia"];
    const CLOCK: &[&str] = &["time of day", "hour", "godzina", "uhrzeit", "heure", "ora", "orario", "hora", "clock"];
    const SENDER: &[&str] = &[
        "sender",
        "sender name",
        "author",
        "author name",
        "from",
        "from name",
        "name",
        "user name",
        "username",
        "display name",
        "nick",
        "nickname",
        "speaker",
        "participant",
        "written by",
        "nadawca",
        "autor",
        "od",
        "imie i nazwisko",
        "nazwa",
        "kto",
        "absender",
        "verfasser",
        "von",
        "expediteur",
        "auteur",
        "de",
        "nom",
        "mittente",
        "autore",
        "da",
        "nome",
        "remitente",
        "nombre",
    ];
    const EMAIL: &[&str] = &[
        "email",
        "email address",
        "sender email",
        "sender email address",
        "author email",
        "from email",
        "from address",
        "adres email",
        "email nadawcy",
        "email autora",
        "email adresse",
        "absender email",
        "courriel",
        "adresse email",
        "email de l expediteur",
        "indirizzo email",
        "email mittente",
        "correo",
        "correo electronico",
        "email del remitente",
    ];
    const ROLE: &[&str] = &[
        "role",
        "type",
        "sender type",
        "sender role",
        "author type",
        "author role",
        "user type",
        "from type",
        "person type",
        "participant type",
        "kind",
        "who type",
        "rola",
        "typ",
        "typ nadawcy",
        "typ autora",
        "rolle",
        "absendertyp",
        "absender typ",
        "art",
        "type d expediteur",
        "ruolo",
        "tipo",
        "tipo mittente",
        "rol",
        "tipo de remitente",
    ];
    const TEXT: &[&str] = &[
        "message",
        "text",
        "body",
        "content",
        "message text",
        "message body",
        "message content",
        "msg",
        "plain text",
        "plaintext",
        "wiadomosc",
        "tresc",
        "tresc wiadomosci",
        "tekst",
        "nachricht",
        "inhalt",
        "nachrichtentext",
        "texte",
        "contenu",
        "messaggio",
        "testo",
        "contenuto",
        "mensaje",
        "texto",
        "contenido",
    ];
    const CONVERSATION: &[&str] = &[
        "chat",
        "chat id",
        "chat number",
        "conversation",
        "conversation id",
        "conversation number",
        "thread",
        "thread id",
        "session",
        "session id",
        "ticket",
        "ticket id",
        "rozmowa",
        "id rozmowy",
        "numer rozmowy",
        "czat",
        "id czatu",
        "watek",
        "konversation",
        "unterhaltung",
        "gesprach",
        "gesprachs id",
        "chat nummer",
        "id de conversation",
        "discussion",
        "conversazione",
        "id conversazione",
        "conversacion",
        "id de conversacion",
    ];
    const MESSAGE_ID: &[&str] = &[
        "message id",
        "msg id",
        "part id",
        "event id",
        "fingerprint",
        "id wiadomosci",
        "nachrichten id",
        "id du message",
        "id messaggio",
        "id del mensaje",
    ];
    let table: [(&[&str], WebChatField); 9] = [
        (TIME, WebChatField::Time),
        (DATE, WebChatField::Date),
        (CLOCK, WebChatField::Clock),
        (SENDER, WebChatField::Sender),
        (EMAIL, WebChatField::SenderEmail),
        (ROLE, WebChatField::Role),
        (TEXT, WebChatField::Text),
        (CONVERSATION, WebChatField::Conversation),
        (MESSAGE_ID, WebChatField::MessageId),
    ];
    table.into_iter().find(|(names, _)| names.contains(&key)).map_or(WebChatField::Ignore, |(_, field)| field)
}

#[cfg(test)]
mod tests {
    use super::*;
    use WebChatField::*;

    #[test]
    fn the_tools_headers_are_guessed() {
        let cases: &[(&[&str], &[WebChatField])] = &[
            // LiveChat-like.
            (
                &["Chat ID", "Date", "Author name", "Author email", "Author type", "Message", "Visitor email"],
                &[Conversation, Time, Sender, SenderEmail, Role, Text, Ignore],
            ),
            // tawk.to-like.
            (
                &["Conversation ID", "Time", "Sender", "Sender Type", "Message", "Page URL"],
                &[Conversation, Time, Sender, Role, Text, Ignore],
            ),
            // Intercom's API names.
            (
                &["conversation_id", "part_id", "created_at", "author_type", "author_name", "author_email", "body"],
                &[Conversation, MessageId, Time, Role, Sender, SenderEmail, Text],
            ),
            // Channel.io and Ultimate, in camel case.
            (&["chatId", "personType", "plainText", "createdAt"], &[Conversation, Role, Text, Time]),
            (
                &["conversationId", "sendTime", "senderType", "text", "agentId"],
                &[Conversation, Time, Role, Text, Ignore],
            ),
            // Zendesk Chat and Crisp.
            (&["timestamp", "name", "msg"], &[Time, Sender, Text]),
            (
                &["session_id", "fingerprint", "timestamp", "from", "content"],
                &[Conversation, MessageId, Time, Sender, Text],
            ),
        ];
        for (header, want) in cases {
            assert_eq!(WebChatMapping::guess(header).columns, *want, "{header:?}");
        }
    }

    #[test]
    fn headers_are_guessed_in_six_languages() {
        let cases: &[(&[&str], &[WebChatField])] = &[
            (
                &["Data", "Godzina", "Nadawca", "Adres e-mail", "Rola", "Wiadomość"],
                &[Date, Clock, Sender, SenderEmail, Role, Text],
            ),
            (&["ID rozmowy", "Data i godzina", "Autor", "Treść"], &[Conversation, Time, Sender, Text]),
            (
                &["Datum", "Uhrzeit", "Absender", "E-Mail", "Rolle", "Nachricht"],
                &[Date, Clock, Sender, SenderEmail, Role, Text],
            ),
            (
                &["Date", "Heure", "Expéditeur", "Courriel", "Rôle", "Message"],
                &[Date, Clock, Sender, SenderEmail, Role, Text],
            ),
            (&["Data", "Ora", "Mittente", "Ruolo", "Messaggio"], &[Date, Clock, Sender, Role, Text]),
            (
                &["Fecha", "Hora", "Remitente", "Correo electrónico", "Rol", "Mensaje"],
                &[Date, Clock, Sender, SenderEmail, Role, Text],
            ),
        ];
        for (header, want) in cases {
            assert_eq!(WebChatMapping::guess(header).columns, *want, "{header:?}");
        }
    }

    #[test]
    fn date_and_time_columns_are_told_apart() {
        // Side by side: the date and the time of day.
        assert_eq!(WebChatMapping::guess(&["Date", "Time", "Message"]).columns, [Date, Clock, Text]);
        // A date or a time of day alone holds both.
        assert_eq!(WebChatMapping::guess(&["Datum", "Nachricht"]).columns, [Time, Text]);
        assert_eq!(WebChatMapping::guess(&["Heure", "Message"]).columns, [Time, Text]);
        // A full time beside a date: the date is the second time, left out.
        assert_eq!(WebChatMapping::guess(&["Timestamp", "Date", "Text"]).columns, [Time, Ignore, Text]);
        // Two texts are both kept.
        assert_eq!(WebChatMapping::guess(&["Message", "Text"]).columns, [Text, Text]);
        assert_eq!(guess_column("Browser"), Ignore);
        assert_eq!(guess_column(""), Ignore);
    }

    #[test]
    fn mappings_serialise_for_the_desktop() {
        let mut m = WebChatMapping::guess(&["Chat ID", "Time", "Sender", "Message"]);
        m.set(5, SenderEmail);
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(json, r#"{"columns":["conversation","time","sender","text","ignore","sender_email"]}"#);
        assert_eq!(serde_json::from_str::<WebChatMapping>(&json).unwrap(), m);
        assert_eq!(m.field(99), Ignore);
    }
}
