//! Writing an address book out: vCard 4.0 (RFC 6350), what every address book and phone
//! reads. What the importers read back from it is what was written (see the round-trip tests
//! of the parsers).
//!
//! One concept per file: `vcard` (the vCard 4.0 writer).

mod vcard;

pub use vcard::vcard;
