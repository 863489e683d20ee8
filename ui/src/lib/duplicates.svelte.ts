// The possible duplicates the core finds (`possibleDuplicates`), for the contacts view's
// "Possible duplicates" button (its count) and view (the pairs). Fetched when the contact list
// has loaded and again after the data changed, one call at a time: at 100,000 contacts the core
// takes a fifth of a second, so changes in quick succession make one more call, not one each.

import * as api from "./api";
import type { DuplicatePair } from "./bindings/DuplicatePair";
import type { MergeSummary } from "./bindings/MergeSummary";
import { view } from "./view.svelte";

class Duplicates {
  /** The pairs, or null before the first answer. */
  pairs = $state.raw<DuplicatePair[] | null>(null);
  error = $state<string | null>(null);
  /** The Possible duplicates view is open in the contacts view (while no card is). */
  shown = $state(false);
  /** The last merge made in the view, to show what it did. */
  merged = $state.raw<MergeSummary | null>(null);
  #running: Promise<void> | null = null;
  #again = false;
  /** Bumped by reset, so an answer for a vault no longer open is dropped. */
  #epoch = 0;

  /** How many pairs, or null when not known (yet). */
  get count(): number | null {
    return this.pairs?.length ?? null;
  }

  /** Whether the view is what the contacts view shows now. */
  get visible(): boolean {
    return this.shown && view.card === null;
  }

  /** Asks the core again; while a call runs, one more follows it. */
  refresh(): Promise<void> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = this.#fetch().finally(() => {
      this.#running = null;
      if (this.#again) {
        this.#again = false;
        void this.refresh();
      }
    });
    return this.#running;
  }

  async #fetch() {
    const epoch = this.#epoch;
    try {
      const pairs = await api.possibleDuplicates();
      if (epoch !== this.#epoch) return;
      this.pairs = pairs;
      this.error = null;
    } catch (reason) {
      if (epoch === this.#epoch) this.error = api.errorMessage(reason);
    }
  }

  /** Opens the view in place of the card (the list stays). */
  show() {
    view.section = "contacts";
    view.card = null;
    this.merged = null;
    this.shown = true;
    void this.refresh();
  }

  close() {
    this.shown = false;
    this.merged = null;
  }

  reset() {
    this.#epoch += 1;
    this.#again = false;
    this.pairs = null;
    this.error = null;
    this.shown = false;
    this.merged = null;
  }
}

export const duplicates = new Duplicates();
