// What the unlocked app shows: the section, the open contact card, the new-contact dialog.

import type { HitLocation } from "./bindings/HitLocation";

export type Section = "contacts" | "attention" | "requests" | "audit" | "settings";

/** Where to take the user inside a card: a search hit, with the query that found it. */
export interface CardFocus {
  location: HitLocation;
  query: string;
}

interface OpenCard {
  id: number;
  focus: CardFocus | null;
}

class View {
  section = $state<Section>("contacts");
  card = $state<OpenCard | null>(null);
  newContactOpen = $state(false);
  /** The contact the audit screen opens filtered to (set by a card's "Audit log" link). */
  auditContact = $state<number | null>(null);
  /** The request the Requests screen shows in detail (kept while visiting a contact card). */
  request = $state<number | null>(null);

  openCard(id: number, focus: CardFocus | null = null) {
    this.section = "contacts";
    this.card = { id, focus };
  }

  /** Opens the audit screen, filtered to one contact when given. */
  openAudit(contact: number | null = null) {
    this.auditContact = contact;
    this.section = "audit";
  }

  reset() {
    this.section = "contacts";
    this.card = null;
    this.auditContact = null;
    this.request = null;
    this.newContactOpen = false;
  }
}

export const view = new View();
