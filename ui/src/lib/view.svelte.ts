// What the unlocked app shows: the section, the open contact card, the new-contact dialog.

import type { HitLocation } from "./bindings/HitLocation";

export type Section = "contacts" | "attention" | "requests" | "audit" | "settings";

/** The address-book dialogs of the contacts view. */
export type ContactsDialog = "import" | "export" | "imports" | "conversations";

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
  /** The import wizard, the export dialog, this run's imports (to undo one) or the import of
   * conversations, if open. */
  contactsDialog = $state<ContactsDialog | null>(null);
  /** The contact the audit screen opens filtered to (set by a card's "Audit log" link). */
  auditContact = $state<number | null>(null);
  /** The request the Requests screen shows in detail (kept while visiting a contact card). */
  request = $state<number | null>(null);

  openCard(id: number, focus: CardFocus | null = null) {
    this.section = "contacts";
    this.card = { id, focus };
  }

  /** Opens an address-book dialog over the contacts view. */
  openContactsDialog(dialog: ContactsDialog) {
    this.section = "contacts";
    this.contactsDialog = dialog;
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
    this.contactsDialog = null;
  }
}

export const view = new View();
