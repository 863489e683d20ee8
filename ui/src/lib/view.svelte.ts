// What the unlocked app shows: the section, the open contact card, the new-contact dialog.

import type { HitLocation } from "./bindings/HitLocation";

export type Section = "contacts" | "settings";

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

  openCard(id: number, focus: CardFocus | null = null) {
    this.section = "contacts";
    this.card = { id, focus };
  }

  reset() {
    this.section = "contacts";
    this.card = null;
    this.newContactOpen = false;
  }
}

export const view = new View();
