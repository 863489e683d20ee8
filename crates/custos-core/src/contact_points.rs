//! Contact points: a card's e-mail addresses, phone numbers and postal addresses, any number
//! of each, each with a [`Label`] and exactly one primary of its kind when there are any.
//!
//! Stored in `contact_point` with a match key (lower-case e-mail, E.164 phone: see
//! [`crate::address_book::keys`]) that finds the same person on another card: the duplicate
//! check of imports and the "possible duplicates" list look points up by it.

use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};

use crate::address_book::keys;
use crate::contacts::ContactId;
use crate::error::{Error, Result, Why};

crate::contacts::string_enum!(
    /// What kind of e-mail address, phone number or postal address it is.
    Label ("label") {
        Work = "work",
        Home = "home",
        Mobile = "mobile",
        Other = "other",
    }
);

/// An e-mail address, phone number or postal address with its label. At most one of a kind
/// per draft is primary (the one a file marks preferred, else the first).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Labelled {
    pub value: String,
    pub label: Label,
    pub primary: bool,
}

impl Labelled {
    pub fn new(value: impl Into<String>, label: Label) -> Self {
        Labelled { value: value.into(), label, primary: false }
    }

    /// Puts a draft's list of one kind in order: each value once (compared ignoring case; the
    /// first keeps its place and label, and is primary if any of them was), and exactly one
    /// primary when there are any: the first one marked, else the first.
    pub fn settle(list: &mut Vec<Labelled>) {
        let mut kept: Vec<Labelled> = Vec::with_capacity(list.len());
        let mut folded: Vec<String> = Vec::with_capacity(list.len());
        for item in list.drain(..) {
            let key = item.value.to_lowercase();
            match folded.iter().position(|k| *k == key) {
                Some(i) => kept[i].primary |= item.primary,
                None => {
                    folded.push(key);
                    kept.push(item);
                }
            }
        }
        let first = kept.iter().position(|l| l.primary).unwrap_or(0);
        for (i, l) in kept.iter_mut().enumerate() {
            l.primary = i == first;
        }
        *list = kept;
    }
}

/// The three kinds of contact point, as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Kind {
    Email,
    Phone,
    Address,
}

impl Kind {
    pub(crate) const ALL: [Kind; 3] = [Kind::Email, Kind::Phone, Kind::Address];

    pub(crate) fn code(self) -> &'static str {
        match self {
            Kind::Email => "email",
            Kind::Phone => "phone",
            Kind::Address => "address",
        }
    }

    /// The key two cards meet on, for the duplicate check (`country`: the firm's, to read
    /// national phone numbers in); `None` for addresses and values without one.
    pub(crate) fn match_key(self, value: &str, country: Option<&str>) -> Option<String> {
        match self {
            Kind::Email => keys::email_key(value),
            Kind::Phone => keys::phone_key(value, country),
            Kind::Address => None,
        }
    }
}

/// A card's points of one kind, checked and put in order: values trimmed, empty ones
/// dropped, each value once, exactly one primary, and it first. An e-mail address needs an `@`, a phone
/// number a digit; the refusal names the field and which one it is.
pub(crate) fn normalise(kind: Kind, list: Vec<Labelled>) -> Result<Vec<Labelled>> {
    let field = match kind {
        Kind::Email => "email",
        Kind::Phone => "phone",
        Kind::Address => "address",
    };
    let mut kept = Vec::with_capacity(list.len());
    for (i, mut point) in list.into_iter().enumerate() {
        point.value = point.value.trim().to_owned();
        if point.value.is_empty() {
            continue;
        }
        match kind {
            Kind::Email if !point.value.contains('@') => {
                return Err(Error::invalid(field, Why::NotAnEmail { value: point.value, number: i + 1 }));
            }
            Kind::Phone if !point.value.chars().any(|c| c.is_ascii_digit()) => {
                return Err(Error::invalid(field, Why::NoDigits { value: point.value, number: i + 1 }));
            }
            _ => {}
        }
        kept.push(point);
    }
    Labelled::settle(&mut kept);
    // The primary one first, the others in the order given.
    kept.sort_by_key(|p| !p.primary);
    Ok(kept)
}

/// The firm's country (company profile), to read national phone numbers in.
pub(crate) fn firm_country(c: &Connection) -> Result<Option<String>> {
    use rusqlite::OptionalExtension;
    let country: Option<Option<String>> =
        c.query_row("SELECT country FROM company_profile WHERE id = 1", [], |r| r.get(0)).optional()?;
    Ok(country.flatten())
}

/// A card's points, by kind: e-mail addresses, phone numbers, postal addresses, each in order.
pub(crate) fn load(c: &Connection, contact: ContactId) -> Result<[Vec<Labelled>; 3]> {
    let mut stmt = c.prepare_cached(
        "SELECT kind, label, value, is_primary FROM contact_point WHERE contact_id = ?1 ORDER BY kind, position, id",
    )?;
    let mut out: [Vec<Labelled>; 3] = Default::default();
    let rows = stmt.query_map([contact], |r| {
        Ok((r.get::<_, String>(0)?, Labelled { label: r.get(1)?, value: r.get(2)?, primary: r.get(3)? }))
    })?;
    for row in rows {
        let (kind, point) = row?;
        if let Some(i) = Kind::ALL.iter().position(|k| k.code() == kind) {
            out[i].push(point);
        }
    }
    Ok(out)
}

/// Replaces a card's points of one kind (already [`normalise`]d).
pub(crate) fn store(
    c: &Connection,
    contact: ContactId,
    kind: Kind,
    list: &[Labelled],
    country: Option<&str>,
) -> Result<()> {
    c.prepare_cached("DELETE FROM contact_point WHERE contact_id = ?1 AND kind = ?2")?
        .execute(params![contact, kind.code()])?;
    for (position, point) in list.iter().enumerate() {
        add(c, contact, kind, point, position, country, None)?;
    }
    Ok(())
}

/// Adds one point at `position` (an import adding to an existing card names itself).
pub(crate) fn add(
    c: &Connection,
    contact: ContactId,
    kind: Kind,
    point: &Labelled,
    position: usize,
    country: Option<&str>,
    import: Option<i64>,
) -> Result<()> {
    let id = crate::sync::ids::next_id(c, crate::sync::ids::Table::ContactPoint)?;
    add_keyed(c, id, contact, kind, point, position, kind.match_key(&point.value, country).as_deref(), import)
}

/// As [`add`], with the point's match key worked out already.
#[allow(clippy::too_many_arguments)]
pub(crate) fn add_keyed(
    c: &Connection,
    id: i64,
    contact: ContactId,
    kind: Kind,
    point: &Labelled,
    position: usize,
    key: Option<&str>,
    import: Option<i64>,
) -> Result<()> {
    c.prepare_cached(
        "INSERT INTO contact_point (contact_id, kind, label, value, is_primary, position, match_key, import_id, id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        contact,
        kind.code(),
        point.label,
        point.value,
        point.primary,
        position as i64,
        key,
        import,
        id
    ])?;
    Ok(())
}

/// Fills in the match keys of every point (the migration that created them, and after the
/// firm's country changes: national numbers then read differently).
pub(crate) fn fill_match_keys(tx: &rusqlite::Transaction<'_>) -> Result<()> {
    let country = firm_country(tx)?;
    let mut points = tx.prepare("SELECT id, kind, value FROM contact_point WHERE kind IN ('email', 'phone')")?;
    let rows: Vec<(i64, String, String)> =
        points.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<rusqlite::Result<_>>()?;
    let mut update = tx.prepare("UPDATE contact_point SET match_key = ?2 WHERE id = ?1")?;
    for (id, kind, value) in rows {
        let kind = if kind == "email" { Kind::Email } else { Kind::Phone };
        update.execute(params![id, kind.match_key(&value, country.as_deref())])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_settled_list_has_each_value_once_and_one_primary() {
        let l = |v: &str, label, primary| Labelled { value: v.into(), label, primary };
        let mut list = vec![
            l("biuro@zdzblo.pl", Label::Work, false),
            l("lucja@dom.pl", Label::Home, true),
            l("BIURO@zdzblo.pl", Label::Other, true),
            l("l.z@zdzblo.pl", Label::Work, true),
        ];
        Labelled::settle(&mut list);
        assert_eq!(
            list,
            [
                l("biuro@zdzblo.pl", Label::Work, true),
                l("lucja@dom.pl", Label::Home, false),
                l("l.z@zdzblo.pl", Label::Work, false),
            ]
        );
        let mut none_marked = vec![l("+48 600", Label::Mobile, false), l("+48 22", Label::Work, false)];
        Labelled::settle(&mut none_marked);
        assert_eq!(none_marked.iter().map(|l| l.primary).collect::<Vec<_>>(), [true, false]);
        let mut empty = Vec::new();
        Labelled::settle(&mut empty);
        assert!(empty.is_empty());
    }

    #[test]
    fn points_are_trimmed_checked_and_settled() {
        let l = |v: &str, label| Labelled::new(v, label);
        let list = normalise(
            Kind::Email,
            vec![l("  ", Label::Work), l(" anna@nowak.pl ", Label::Home), l("ANNA@nowak.pl", Label::Work)],
        )
        .unwrap();
        assert_eq!(list, [Labelled { value: "anna@nowak.pl".into(), label: Label::Home, primary: true }]);
        let err = normalise(Kind::Email, vec![l("a@b.pl", Label::Work), l("nowak.pl", Label::Home)]).unwrap_err();
        assert_eq!(err.to_string(), "email: 'nowak.pl' (e-mail address 2) is not an e-mail address (no @)");
        let err = normalise(Kind::Phone, vec![l("call me", Label::Mobile)]).unwrap_err();
        assert_eq!(err.to_string(), "phone: 'call me' has no digits");
        assert!(normalise(Kind::Address, vec![l("ul. Długa 1", Label::Home)]).is_ok());
    }

    #[test]
    fn match_keys_are_the_duplicate_check_keys() {
        assert_eq!(Kind::Email.match_key(" Anna@Nowak.PL ", None).as_deref(), Some("anna@nowak.pl"));
        assert_eq!(Kind::Phone.match_key("601 234 567", Some("PL")).as_deref(), Some("+48601234567"));
        assert_eq!(Kind::Address.match_key("ul. Długa 1", Some("PL")), None);
    }
}
