//! Saved column mappings: a CSV layout the user mapped once (a spreadsheet's columns, an
//! exporter's own names) is kept under a name and offered again for the next file with the
//! same header, so the mapping step is done once per layout, not once per file.

use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use crate::address_book::csv::Mapping;
use crate::error::{Error, Result};
use crate::fold::fold;
use crate::ts::Ts;
use crate::vault::Vault;

/// A mapping the user saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct SavedMapping {
    pub name: String,
    /// The column names of the file it was made for (trimmed, lower case).
    pub header: Vec<String>,
    pub mapping: Mapping,
    pub saved_at: chrono::DateTime<chrono::Utc>,
}

/// The saved mappings of a vault.
#[derive(Debug, Clone, Copy)]
pub struct CsvMappings<'v> {
    vault: &'v Vault,
}

impl Vault {
    pub fn csv_mappings(&self) -> CsvMappings<'_> {
        CsvMappings { vault: self }
    }
}

/// A header as it is compared: each name trimmed and lower case.
fn header_key<S: AsRef<str>>(header: &[S]) -> Vec<String> {
    header.iter().map(|h| h.as_ref().trim().to_lowercase()).collect()
}

fn json_err(e: serde_json::Error) -> Error {
    Error::Internal(format!("a saved mapping: {e}"))
}

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(String, String, String, Ts)> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
}

fn decode((name, header, mapping, at): (String, String, String, Ts)) -> Result<SavedMapping> {
    Ok(SavedMapping {
        name,
        header: serde_json::from_str(&header).map_err(json_err)?,
        mapping: serde_json::from_str(&mapping).map_err(json_err)?,
        saved_at: at.0,
    })
}

impl CsvMappings<'_> {
    /// Saves `mapping` for files with `header` under `name`, replacing a mapping of that name
    /// (compared folded).
    pub fn save<S: AsRef<str>>(&self, name: &str, header: &[S], mapping: &Mapping) -> Result<SavedMapping> {
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        if !crate::names::is_name(&name) {
            return Err(Error::invalid("name", crate::why::Why::MappingNameMissing {}));
        }
        let header = header_key(header);
        let header_json = serde_json::to_string(&header).map_err(json_err)?;
        let mapping_json = serde_json::to_string(mapping).map_err(json_err)?;
        self.vault.write(|w| {
            w.tx.execute(
                "INSERT INTO csv_mapping (name, name_key, header, mapping, saved_at) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (name_key) DO UPDATE SET name = ?1, header = ?3, mapping = ?4, saved_at = ?5",
                params![name, fold(&name), header_json, mapping_json, w.now_ts()],
            )?;
            Ok(SavedMapping { name: name.clone(), header: header.clone(), mapping: mapping.clone(), saved_at: w.now })
        })
    }

    /// Every saved mapping, by name.
    pub fn list(&self) -> Result<Vec<SavedMapping>> {
        self.vault.read(|c| {
            let mut stmt =
                c.prepare_cached("SELECT name, header, mapping, saved_at FROM csv_mapping ORDER BY name_key")?;
            let rows = crate::vault::rows(stmt.query_map([], from_row)?)?;
            rows.into_iter().map(decode).collect()
        })
    }

    /// The mapping saved for files with this header (the latest saved, if several), if any.
    pub fn for_header<S: AsRef<str>>(&self, header: &[S]) -> Result<Option<SavedMapping>> {
        let key = serde_json::to_string(&header_key(header)).map_err(json_err)?;
        self.vault.read(|c| {
            let row = c
                .prepare_cached(
                    "SELECT name, header, mapping, saved_at FROM csv_mapping WHERE header = ?1
                     ORDER BY saved_at DESC, id DESC LIMIT 1",
                )?
                .query_row([key], from_row)
                .optional()?;
            row.map(decode).transpose()
        })
    }

    /// The mapping saved under `name` (folded), or `not_found`.
    pub fn named(&self, name: &str) -> Result<SavedMapping> {
        self.vault.read(|c| {
            let row = c
                .prepare_cached("SELECT name, header, mapping, saved_at FROM csv_mapping WHERE name_key = ?1")?
                .query_row([fold(name.trim())], from_row)
                .optional()?;
            row.map(decode)
                .transpose()?
                .ok_or_else(|| Error::refused(crate::why::Why::NoSuchMapping { name: name.trim().to_owned() }))
        })
    }

    /// Forgets a saved mapping; false when there was none of that name.
    pub fn remove(&self, name: &str) -> Result<bool> {
        self.vault.write(|w| Ok(w.tx.execute("DELETE FROM csv_mapping WHERE name_key = ?1", [fold(name.trim())])? > 0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::address_book::csv::Field;

    #[test]
    fn a_saved_mapping_is_found_by_header_and_name_and_replaced_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let vault = Vault::create(
            &dir.path().join("v.custos"),
            &crate::Passphrase::new("correct horse battery staple"),
            crate::Session::new("Ola"),
        )
        .unwrap();
        let m = vault.csv_mappings();
        let header = ["Imię", "Nazwisko", "Telefon komórkowy "];
        let mut mapping = Mapping::guess(&header);
        mapping.set(2, Field::Ignore);
        let saved = m.save("  Biuro   arkusz ", &header, &mapping).unwrap();
        assert_eq!(saved.name, "Biuro arkusz");
        let found = m.for_header(&[" imię", "NAZWISKO", "telefon komórkowy"]).unwrap().unwrap();
        assert_eq!(found.mapping, mapping, "found by the header, whatever its case and spaces");
        assert!(m.for_header(&["Imię", "Nazwisko"]).unwrap().is_none());
        assert_eq!(m.named("biuro ARKUSZ").unwrap().mapping, mapping);
        m.save("Biuro arkusz", &header, &Mapping::guess(&header)).unwrap();
        assert_eq!(m.list().unwrap().len(), 1, "replaced by name");
        assert_eq!(m.named("biuro arkusz").unwrap().mapping, Mapping::guess(&header));
        assert_eq!(m.save(" ", &header, &mapping).unwrap_err().code(), "invalid_input");
        assert!(m.remove("Biuro arkusz").unwrap());
        assert!(!m.remove("Biuro arkusz").unwrap());
        assert_eq!(m.named("Biuro arkusz").unwrap_err().code(), "refused");
    }
}
