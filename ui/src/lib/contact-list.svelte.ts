// The contact list: pages of 200 fetched on demand by offset and cached until the filter or
// the data changes.

import { SvelteMap } from "svelte/reactivity";
import { errorMessage, listContacts } from "./api";
import type { ContactSummary } from "./bindings/ContactSummary";
import type { LifecycleStatus } from "./bindings/LifecycleStatus";
import { pageOf, pagesFor, type RowRange } from "./virtual";

export const PAGE_SIZE = 200;

class ContactList {
  status = $state<LifecycleStatus | null>(null);
  /** List the restricted (frozen) contacts instead: the normal list leaves them out. */
  restricted = $state(false);
  /** How many contacts match; null until the first page arrives. */
  total = $state<number | null>(null);
  /** The selected row, -1 for none. */
  selected = $state(-1);
  error = $state<string | null>(null);
  /** Bumped whenever the cache is dropped, so views can fetch again. */
  generation = $state(0);
  readonly pages = new SvelteMap<number, ContactSummary[]>();
  #loading = new Set<number>();

  /** The contact at row `index`, if its page is loaded. */
  row(index: number): ContactSummary | undefined {
    return this.pages.get(pageOf(index, PAGE_SIZE))?.[index % PAGE_SIZE];
  }

  /** Fetches the pages that `range` needs and that are neither cached nor on their way. */
  ensure(range: RowRange) {
    const wanted = pagesFor(range, PAGE_SIZE);
    if (wanted.length === 0) wanted.push(0); // learn the total
    for (const page of wanted) {
      if (!this.pages.has(page) && !this.#loading.has(page)) void this.#load(page);
    }
  }

  async #load(page: number) {
    const generation = this.generation;
    this.#loading.add(page);
    try {
      const result = await listContacts({
        status: this.status,
        restricted: this.restricted,
        offset: page * PAGE_SIZE,
        limit: PAGE_SIZE,
      });
      if (generation !== this.generation) return;
      this.total = result.total;
      this.error = null;
      this.pages.set(page, result.items);
    } catch (reason) {
      if (generation === this.generation) this.error = errorMessage(reason);
    } finally {
      if (generation === this.generation) this.#loading.delete(page);
    }
  }

  setStatus(status: LifecycleStatus | null) {
    this.status = status;
    this.selected = -1;
    this.total = null;
    this.invalidate();
  }

  setRestricted(restricted: boolean) {
    this.restricted = restricted;
    this.selected = -1;
    this.total = null;
    this.invalidate();
  }

  /** Whether the list shows everyone in normal use (no filter). */
  get unfiltered(): boolean {
    return this.status === null && !this.restricted;
  }

  /** Drops the cache after a change to the data (the total is kept until the next page). */
  invalidate() {
    this.generation += 1;
    this.pages.clear();
    this.#loading.clear();
    this.error = null;
  }

  reset() {
    this.status = null;
    this.restricted = false;
    this.selected = -1;
    this.total = null;
    this.invalidate();
  }
}

export const contactList = new ContactList();
