//! Message text: sentences from per-language templates, with places, days, times, amounts and
//! services filled in.

use crate::lang::{LANGS, Phrases};
use crate::rng::Rng;

/// A place: usually from the contact's country, sometimes from anywhere in Europe.
fn place(rng: &mut Rng, lang: usize) -> &'static str {
    let data = if rng.chance(0.85) { &LANGS[lang] } else { rng.pick(LANGS) };
    rng.word(data.places)
}

/// One sentence from `phrases` with its slots filled.
pub fn sentence(rng: &mut Rng, phrases: &Phrases, lang: usize) -> String {
    let template = rng.pick(phrases.templates);
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest: &str = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open..];
        let Some(close) = after.find('}') else {
            out.push_str(after);
            rest = "";
            break;
        };
        match &after[1..close] {
            "place" => out.push_str(place(rng, lang)),
            "day" => out.push_str(rng.word(phrases.days)),
            "thing" => out.push_str(rng.word(phrases.things)),
            "time" => out.push_str(&format!("{:02}:{:02}", rng.range(8, 17), rng.pick(&[0, 15, 30, 45]))),
            "n" => out.push_str(&rng.range(2, 4800).to_string()),
            other => {
                out.push('{');
                out.push_str(other);
                out.push('}');
            }
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// A message of one to three sentences.
pub fn message(rng: &mut Rng, phrases: &Phrases, lang: usize) -> String {
    let count = match rng.below(10) {
        0..6 => 1,
        6..9 => 2,
        _ => 3,
    };
    let sentences: Vec<String> = (0..count).map(|_| sentence(rng, phrases, lang)).collect();
    sentences.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::ENGLISH;

    #[test]
    fn every_template_fills_every_slot() {
        let mut rng = Rng::new(3);
        for (i, data) in LANGS.iter().enumerate() {
            for phrases in [&data.phrases, &ENGLISH] {
                for _ in 0..200 {
                    let s = sentence(&mut rng, phrases, i);
                    assert!(!s.contains('{') && !s.contains('}'), "{s}");
                    assert!(!s.trim().is_empty());
                }
            }
        }
    }

    #[test]
    fn messages_mention_places_with_diacritics() {
        let mut rng = Rng::new(11);
        let polish = LANGS.iter().position(|l| l.lang == crate::lang::Lang::Polish).unwrap_or(0);
        let text: String = (0..2000).map(|_| message(&mut rng, &LANGS[polish].phrases, polish)).collect();
        for needle in ["Łódź", "Kraków", "szkolenie", "faktury"] {
            assert!(text.contains(needle), "no {needle} in 2000 Polish messages");
        }
        let a = message(&mut Rng::new(1), &ENGLISH, polish);
        let b = message(&mut Rng::new(1), &ENGLISH, polish);
        assert_eq!(a, b);
    }
}
