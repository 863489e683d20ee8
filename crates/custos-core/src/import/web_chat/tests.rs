use chrono::{DateTime, FixedOffset, Utc};

use super::*;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn hours(h: i32) -> FixedOffset {
    FixedOffset::east_opt(h * 3600).unwrap()
}

fn utc(text: &str) -> Option<DateTime<Utc>> {
    Some(DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc))
}

/// Parses `text` with the mapping guessed from its header, at UTC+1.
fn read(text: &str) -> Result<ParsedExport> {
    let mapping = inspect(text.as_bytes())?.guessed;
    parse(text.as_bytes(), &mapping, hours(1))
}

/// The refusal of `text`, as the user reads it.
fn refusal(text: &str) -> String {
    let e = read(text).unwrap_err();
    assert_eq!(e.code(), "import_failed", "{e}");
    e.to_string()
}

fn party(name: Option<&str>, address: Option<&str>, staff: bool) -> Party {
    Party { name: name.map(str::to_owned), address: address.map(str::to_owned), staff }
}

#[test]
fn a_livechat_export_reads_chat_by_chat_with_every_letter() {
    let bytes = fixture("webchat_livechat.csv");
    let i = inspect(&bytes).unwrap();
    assert_eq!((i.encoding, i.delimiter, i.header_line, i.rows), (Encoding::Utf8, Delimiter::Comma, 1, 8));
    use WebChatField::*;
    assert_eq!(i.guessed.columns, [Conversation, Time, Sender, SenderEmail, Role, Text, Ignore, Ignore]);
    assert_eq!(i.sample.len(), 8);
    assert_eq!((i.sample[2].line, i.sample[3].line), (4, 6), "the multi-line message takes lines 4 and 5");

    let parsed = parse(&bytes, &i.guessed, hours(1)).unwrap();
    assert_eq!(parsed.skipped, 2, "the system line and the bot's question");
    let keys: Vec<&str> = parsed.threads.iter().map(|t| t.key.as_str()).collect();
    assert_eq!(keys, ["web_chat:RX8M0B3VDL", "web_chat:RX8M1C7QPA"]);
    let first = &parsed.threads[0];
    assert_eq!(first.channel, Channel::Chat);
    assert_eq!(first.messages.len(), 3);
    let lucja = party(Some("Łucja Żółkiewska"), Some("lucja.zolkiewska@example.pl"), false);
    let m = &first.messages[0];
    assert_eq!((m.line, m.at, &m.from, m.id.as_deref()), (2, utc("2026-03-02T08:14:03Z"), &lucja, None));
    assert_eq!(m.text, "Dzień dobry, czy mogę zmienić termin wizyty na piątek?");
    let agent = &first.messages[1];
    assert_eq!(agent.from, party(Some("Grzegorz Wiśniewski"), Some("grzegorz@firma.pl"), true));
    assert_eq!(agent.text, "Dzień dobry! Oczywiście — piątek 6 marca, godz. 15:00 pasuje?");
    let multi = &first.messages[2];
    assert_eq!(multi.line, 4);
    let letters: Vec<char> = multi.text.chars().collect();
    let want: Vec<char> = "Tak, dziękuję.\nZażółć gęślą jaźń — ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż".chars().collect();
    assert_eq!(letters, want);
    let second = &parsed.threads[1];
    assert_eq!(second.messages.len(), 3);
    assert_eq!(second.messages[0].text, "Proszę o fakturę na firmę \"Łęcki i Syn\", NIP w załączniku");
    assert_eq!(second.messages[0].from.name.as_deref(), Some("Szczepan Łęcki"));
    assert_eq!(second.messages[2].text, "Świetnie — dziękuję!");
    assert_eq!(second.messages[2].line, 10);
}

#[test]
fn a_tawkto_export_keeps_the_times_zone() {
    let bytes = fixture("webchat_tawkto.csv");
    let i = inspect(&bytes).unwrap();
    use WebChatField::*;
    assert_eq!(i.guessed.columns, [Conversation, Time, Sender, SenderEmail, Role, Text]);
    // The times say UTC: the offset given does not move them.
    let parsed = parse(&bytes, &i.guessed, hours(-5)).unwrap();
    assert_eq!(parsed.skipped, 1);
    assert_eq!(parsed.threads.len(), 2);
    let chat = &parsed.threads[0].messages;
    assert_eq!(chat[0].at, utc("2026-03-05T08:30:00Z"));
    assert_eq!(chat[0].from, party(Some("Jürgen Groß"), Some("juergen.gross@example.de"), false));
    assert_eq!(chat[0].text, "Guten Tag, ich möchte meine Adresse ändern: Hauptstraße 5, Köln.");
    assert_eq!(chat[2].text, "Ab 1. April. Grüße aus Düsseldorf – Ä Ö Ü ß ä ö ü");
    assert!(chat[1].from.staff);
    let other = &parsed.threads[1].messages;
    // A visitor tawk.to names by number, without an address.
    assert_eq!(other[0].from, party(Some("V1709731512345"), None, false));
    assert_eq!(other[0].text, "Czy wysyłacie do Łodzi?");
    assert_eq!(other[1].text, "Tak, wysyłamy do Łodzi i całej Polski.");
}

#[test]
fn a_polish_excel_file_in_windows_1250_is_one_chat() {
    let bytes = fixture("webchat_excel_pl.csv");
    let i = inspect(&bytes).unwrap();
    assert_eq!((i.encoding, i.delimiter, i.rows), (Encoding::Windows1250, Delimiter::Semicolon, 5));
    assert_eq!(i.headers, ["Data", "Godzina", "Nadawca", "E-mail", "Rola", "Wiadomość"]);
    use WebChatField::*;
    assert_eq!(i.guessed.columns, [Date, Clock, Sender, SenderEmail, Role, Text]);
    let parsed = parse(&bytes, &i.guessed, hours(1)).unwrap();
    assert_eq!(parsed.skipped, 1);
    assert_eq!(parsed.threads.len(), 1);
    let thread = &parsed.threads[0];
    assert_eq!(thread.key, "web_chat:2026-03-01T09:00:00.000Z Łucja Żółkiewska");
    let texts: Vec<&str> = thread.messages.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Dzień dobry, mam pytanie o zamówienie nr 1234/2026.",
            "Dzień dobry; proszę chwilę poczekać, sprawdzę.",
            "Zamówienie wyszło wczoraj kurierem — Gdańsk, ul. Długa 5.",
            "Dziękuję! Zażółć gęślą jaźń. ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż",
        ]
    );
    let lines: Vec<usize> = thread.messages.iter().map(|m| m.line).collect();
    assert_eq!(lines, [2, 3, 5, 6]);
    assert_eq!(thread.messages[0].from, party(Some("Łucja Żółkiewska"), Some("lucja@example.pl"), false));
    assert_eq!(thread.messages[1].from, party(Some("Konsultant Bartłomiej"), None, true));
    assert_eq!(thread.messages[3].at, utc("2026-03-01T09:04:00Z"));
    // The same file gives the same thread again.
    assert_eq!(parse(&bytes, &i.guessed, hours(1)).unwrap(), parsed);
}

#[test]
fn chats_group_by_conversation_and_sort_by_time() {
    let text = "Chat,Time,Sender,Message,Message ID\n\
                b,2026-03-01 10:05,Anna,later,m2\n\
                a,2026-03-01 09:00,Jan,hello,m3\n\
                ,2026-03-01 09:01,Jan,still a,m4\n\
                b,2026-03-01 10:00,Anna,earlier,m1\n";
    let parsed = read(text).unwrap();
    let got: Vec<(&str, Vec<&str>)> =
        parsed.threads.iter().map(|t| (t.key.as_str(), t.messages.iter().map(|m| m.text.as_str()).collect())).collect();
    assert_eq!(got, [("web_chat:b", vec!["earlier", "later"]), ("web_chat:a", vec!["hello", "still a"])]);
    assert_eq!(parsed.threads[0].messages[0].id.as_deref(), Some("m1"));
}

#[test]
fn who_wrote_is_a_name_an_address_or_a_role() {
    let text = "Time,Sender,Role,Text\n\
                2026-03-01 10:00,ANNA@Example.PL,visitor,hi\n\
                2026-03-01 10:01,,agent,hello\n\
                2026-03-01 10:02,Jan,,yes\n";
    let parsed = read(text).unwrap();
    let from: Vec<&Party> = parsed.threads[0].messages.iter().map(|m| &m.from).collect();
    assert_eq!(
        from,
        [&party(None, Some("anna@example.pl"), false), &party(None, None, true), &party(Some("Jan"), None, false)]
    );
}

#[test]
fn unix_times_and_us_dates() {
    let text = "created_at,author_name,body\n1772359200,Anna,a\n1772359260000,Anna,b\n";
    let times: Vec<_> = read(text).unwrap().threads[0].messages.iter().map(|m| m.at).collect();
    assert_eq!(times, [utc("2026-03-01T10:00:00Z"), utc("2026-03-01T10:01:00Z")]);
    let us = "Date,Sender,Message\n03/01/2026 9:41 AM,Anna,a\n03/13/2026 1:05 PM,Anna,b\n";
    let times: Vec<_> = read(us).unwrap().threads[0].messages.iter().map(|m| m.at).collect();
    assert_eq!(times, [utc("2026-03-01T08:41:00Z"), utc("2026-03-13T12:05:00Z")]);
}

#[test]
fn a_broken_row_is_refused_with_its_line_and_column() {
    let head = "Chat ID,Time,Sender,Email,Type,Message,Message ID\n";
    let row = |line: &str| format!("{head}a,2026-03-01 10:00,Anna,anna@example.pl,visitor,hi,1\n{line}\n");
    let cases = [
        (
            "a,yesterday,Anna,,visitor,hi,2",
            "Line 3: column \"Time\": expected a time such as 2026-03-01 10:00 but found \"yesterday\". Nothing was imported.",
        ),
        (
            "a,2026-02-30 10:00,Anna,,visitor,hi,2",
            "Line 3: column \"Time\": expected a real date but found \"2026-02-30 10:00\", which has no such month or day. \
             Nothing was imported.",
        ),
        (
            "a,2026-03-01 25:00,Anna,,visitor,hi,2",
            "Line 3: column \"Time\": expected a time such as 2026-03-01 10:00 but found \"2026-03-01 25:00\". Nothing was imported.",
        ),
        (
            "a,2026-03-01 10:01,Anna,,visitor,  ,2",
            "Line 3: column \"Message\": expected the text of the message but found nothing. Nothing was imported.",
        ),
        (
            "a,2026-03-01 10:01,,,,hi,2",
            "Line 3: column \"Sender\": expected who wrote the message (a name, an e-mail address or a role) but found nothing. \
             Nothing was imported.",
        ),
        (
            "a,2026-03-01 10:01,Anna,anna at example,visitor,hi,2",
            "Line 3: column \"Email\": expected an e-mail address but found \"anna at example\". Nothing was imported.",
        ),
        (
            "a,2026-03-01 10:01,Anna,,martian,hi,2",
            "Line 3: column \"Type\": expected a role such as visitor, agent or bot but found \"martian\". Nothing was imported.",
        ),
        (
            "b,2026-03-01 10:01,Anna,,visitor,hi,1",
            "Line 3: column \"Message ID\": expected a different id for each message but found \"1\" again, as on line 2 \
             (is this column the message's id?). Nothing was imported.",
        ),
        (
            "a,1899-12-31 10:00,Anna,,visitor,hi,2",
            "Line 3: the time 1899-12-31 09:00 UTC is outside the years 1900–2200 that Custos stores: check the date and \
             the time zone. Nothing was imported.",
        ),
    ];
    for (line, want) in cases {
        assert_eq!(refusal(&row(line)), want, "{line}");
    }
    // Bot rows are skipped whatever they hold.
    let parsed = read(&row("a,never,,,bot,,")).unwrap();
    assert_eq!(parsed.skipped, 1);
}

#[test]
fn dates_in_two_orders_are_refused_where_they_contradict() {
    let text = "Date,Sender,Message\n01/02/2026 10:00,Anna,a\n25/02/2026 10:00,Anna,b\n02/26/2026 10:00,Anna,c\n";
    assert_eq!(
        refusal(text),
        "Line 4: column \"Date\": expected dates with the day first, as on line 3 (\"25/02/2026 10:00\"), but found \
         \"02/26/2026 10:00\", which puts the month first. Nothing was imported."
    );
    let split = "Datum;Uhrzeit;Absender;Nachricht\n01.03.2026;10:00;Jürgen;a\n2026-03-01;zehn;Jürgen;b\n";
    assert_eq!(
        refusal(split),
        "Line 3: column \"Uhrzeit\": expected a time of day such as 10:00 but found \"zehn\". Nothing was imported."
    );
    let split = "Datum;Uhrzeit;Absender;Nachricht\nheute;10:00;Jürgen;a\n";
    assert_eq!(
        refusal(split),
        "Line 2: column \"Datum\": expected a date such as 2026-03-01 but found \"heute\". Nothing was imported."
    );
}

#[test]
fn files_without_messages_are_refused() {
    assert_eq!(
        refusal("\n;;\n"),
        "Line 1: the file is empty: expected a header naming the columns (such as \"Time,Sender,Message\") and a row for \
         each message. Nothing was imported."
    );
    assert_eq!(
        refusal("\nTime,Sender,Message\n"),
        "Line 2: the file has a header but no rows: expected a row for each message after the header. Nothing was imported."
    );
    assert_eq!(
        refusal("Time,Sender,Role,Message\n2026-03-01 10:00,Bot,bot,Hi!\n2026-03-01 10:01,,system,Chat closed\n"),
        "Line 2: expected at least one message but found only 2 from a bot or the system. Nothing was imported."
    );
    // What the contacts reader refuses, this one refuses too.
    let e = read("Time,Sender,Message\n2026-03-01 10:00,Anna,\"open\n").unwrap_err();
    assert!(e.to_string().starts_with("Line 2: a field opens with a quote"), "{e}");
}

#[test]
fn a_mapping_without_time_text_or_writer_is_refused() {
    let bytes = b"Time,Sender,Message\n2026-03-01 10:00,Anna,hi\n";
    use WebChatField::*;
    for (columns, reason) in [
        (vec![Ignore, Sender, Text], "web_chat_mapping_no_time"),
        (vec![Date, Sender, Text], "web_chat_mapping_no_time"),
        (vec![Time, Sender, Ignore], "web_chat_mapping_no_text"),
        (vec![Time, Ignore, Text], "web_chat_mapping_no_sender"),
        // A field past the header is no field.
        (vec![Time, Ignore, Ignore, Text, Sender], "web_chat_mapping_no_text"),
    ] {
        let e = parse(bytes, &WebChatMapping { columns }, hours(0)).unwrap_err();
        assert_eq!((e.code(), e.reason()), ("invalid_input", Some(reason)), "{e}");
    }
    let e = parse(bytes, &WebChatMapping { columns: vec![Time, Role, Text] }, hours(0)).unwrap_err();
    assert!(e.to_string().contains("expected a role"), "a role column is enough for the mapping: {e}");
    let e = parse(bytes, &WebChatMapping { columns: vec![Time, Sender, Text] }, hours(19)).unwrap_err();
    assert_eq!(e.code(), "invalid_input");
}

#[test]
fn texts_are_cleaned_and_long_references_hashed() {
    let long = "x".repeat(300);
    let text = format!("Chat,Time,Sender,Message,Message\n{long},2026-03-01 10:00,Anna,\" a\u{0}b\r\nc \",second\n");
    let parsed = read(&text).unwrap();
    let thread = &parsed.threads[0];
    assert!(thread.key.starts_with("web_chat:sha256:") && thread.key.len() < 100, "{}", thread.key);
    assert_eq!(thread.messages[0].text, "ab\nc\nsecond");
}

#[test]
fn many_rows_read_quickly() {
    let mut text = String::from("Chat ID,Time,Sender,Email,Role,Message\n");
    for i in 0..20_000 {
        let (who, role) = if i % 2 == 0 { ("Łucja Żółkiewska", "visitor") } else { ("Anna", "agent") };
        text.push_str(&format!(
            "c{},2026-03-01 10:{:02}:{:02},{who},x{i}@example.pl,{role},Wiadomość {i}\n",
            i / 50,
            i % 60,
            i % 60
        ));
    }
    let started = std::time::Instant::now();
    let parsed = read(&text).unwrap();
    assert_eq!(parsed.threads.len(), 400);
    // A debug build; release is some ten times faster.
    assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
}
