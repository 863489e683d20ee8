//! What a website chat's Role column says of who wrote: the visitor (the contact's side), an
//! agent of the firm, or a bot or the tool itself (whose messages are skipped and counted).
//! The words are the tools' own (LiveChat's "customer"/"agent", tawk.to's "visitor",
//! Intercom's "user"/"lead"/"admin"/"bot", Channel.io's "manager", Crisp's "operator") and
//! their Polish, German, French, Italian and Spanish names, compared folded.

use crate::fold::fold;

/// Who wrote a message, by the Role column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    /// The visitor, customer or user: the contact's side. An empty role is this too.
    Visitor,
    /// Someone at the firm.
    Agent,
    /// A bot or the chat tool: not conversation.
    System,
}

impl Role {
    /// The role `text` names, or `None` when it names none Custos knows.
    pub fn read(text: &str) -> Option<Role> {
        const VISITOR: &[&str] = &[
            "visitor",
            "customer",
            "user",
            "client",
            "lead",
            "contact",
            "guest",
            "end user",
            "enduser",
            "end-user",
            "requester",
            "v",
            "klient",
            "klientka",
            "odwiedzajacy",
            "gosc",
            "uzytkownik",
            "kontakt",
            "kunde",
            "kundin",
            "besucher",
            "nutzer",
            "benutzer",
            "visiteur",
            "utilisateur",
            "cliente",
            "visitatore",
            "utente",
            "contatto",
            "visitante",
            "usuario",
            "contacto",
        ];
        const AGENT: &[&str] = &[
            "agent",
            "operator",
            "admin",
            "administrator",
            "support",
            "staff",
            "teammate",
            "manager",
            "consultant",
            "advisor",
            "owner",
            "a",
            "konsultant",
            "konsultantka",
            "pracownik",
            "obsluga",
            "doradca",
            "mitarbeiter",
            "mitarbeiterin",
            "berater",
            "beraterin",
            "operateur",
            "conseiller",
            "conseillere",
            "agente",
            "operatore",
            "operatrice",
            "consulente",
            "operador",
            "operadora",
            "asesor",
            "asesora",
        ];
        const SYSTEM: &[&str] = &[
            "bot",
            "chatbot",
            "system",
            "automated",
            "automation",
            "automatic",
            "trigger",
            "ai",
            "ai agent",
            "fin",
            "s",
            "notification",
            "event",
            "info",
            "system message",
            "systemowy",
            "systemowa",
            "wiadomosc systemowa",
            "automat",
            "systemnachricht",
            "systeme",
            "automatique",
            "sistema",
            "automatico",
        ];
        let key = fold(text.trim());
        let key = key.trim();
        if key.is_empty() {
            return Some(Role::Visitor);
        }
        [(VISITOR, Role::Visitor), (AGENT, Role::Agent), (SYSTEM, Role::System)]
            .into_iter()
            .find(|(names, _)| names.contains(&key))
            .map(|(_, role)| role)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_are_read_in_six_languages() {
        for (text, want) in [
            ("visitor", Some(Role::Visitor)),
            ("Customer", Some(Role::Visitor)),
            ("USER", Some(Role::Visitor)),
            ("lead", Some(Role::Visitor)),
            ("", Some(Role::Visitor)),
            ("Gość", Some(Role::Visitor)),
            ("Użytkownik", Some(Role::Visitor)),
            ("Besucher", Some(Role::Visitor)),
            ("agent", Some(Role::Agent)),
            ("Operator", Some(Role::Agent)),
            ("admin", Some(Role::Agent)),
            ("Konsultantka", Some(Role::Agent)),
            ("Obsługa", Some(Role::Agent)),
            ("Mitarbeiter", Some(Role::Agent)),
            ("opérateur", Some(Role::Agent)),
            ("bot", Some(Role::System)),
            ("System", Some(Role::System)),
            ("Système", Some(Role::System)),
            ("sistema", Some(Role::System)),
            ("martian", None),
        ] {
            assert_eq!(Role::read(text), want, "{text}");
        }
    }
}
