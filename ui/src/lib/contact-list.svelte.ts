// The contact list: pages of rows fetched on demand by offset and cached until the filter or
// the data changes. The rows on screen come first, in one call however many pages they
// straddle; the pages around them follow in a second call, so nearby scrolling finds them
// loaded.

import { SvelteMap } from "svelte/reactivity";
import { errorMessage, listContacts } from "./api";
import type { ContactSummary } from "./bindings/ContactSummary";
import type { LifecycleStatus } from "./bindings/LifecycleStatus";
import { pageRuns, pageOf, pagesFor, type RowRange } from "./virtual";

/** Rows per cached page: small, so the first call after a far jump carries little. */
export const PAGE_SIZE = 50;
/** Rows fetched beyond each end of what is on screen, once what is on screen is loaded. */
const PREFETCH_ROWS = 100;

class ContactList {
  status = $state<LifecycleStatus | null>(null);
  /** Only the cards with this tag. */
  tag = $state<string | null>(null);
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
  /** The rows last asked for, to prefetch around once they are in. */
  #wanted: RowRange | null = null;

  /** The contact at row `index`, if its page is loaded. */
  row(index: number): ContactSummary | undefined {
    return this.pages.get(pageOf(index, PAGE_SIZE))?.[index % PAGE_SIZE];
  }

  /**
   * Fetches what `range` (the rows on screen) needs and is neither cached nor on its way, in
   * one call; once that is all in, the rows around it.
   */
  ensure(range: RowRange) {
    this.#wanted = range;
    const needed = pagesFor(range, PAGE_SIZE);
    if (needed.length === 0) needed.push(0); // learn the total
    if (this.#fetch(needed)) return;
    if (this.total === null) return;
    const around = {
      start: Math.max(0, range.start - PREFETCH_ROWS),
      end: Math.min(this.total, range.end + PREFETCH_ROWS),
    };
    this.#fetch(pagesFor(around, PAGE_SIZE));
  }

  /** Starts loading the pages of `wanted` that are missing (one call per run); whether any were. */
  #fetch(wanted: number[]): boolean {
    const missing = wanted.filter((p) => !this.pages.has(p) && !this.#loading.has(p));
    for (const run of pageRuns(missing)) void this.#load(run.start, run.end - run.start);
    return missing.length > 0;
  }

  async #load(first: number, count: number) {
    const generation = this.generation;
    for (let b = first; b < first + count; b++) this.#loading.add(b);
    let loaded = false;
    try {
      const result = await listContacts({
        status: this.status,
        tag: this.tag,
        restricted: this.restricted,
        offset: first * PAGE_SIZE,
        limit: count * PAGE_SIZE,
      });
      if (generation !== this.generation) return;
      this.total = result.total;
      this.error = null;
      for (let b = 0; b < count; b++) {
        this.pages.set(first + b, result.items.slice(b * PAGE_SIZE, (b + 1) * PAGE_SIZE));
      }
      loaded = true;
    } catch (reason) {
      if (generation === this.generation) this.error = errorMessage(reason);
    } finally {
      if (generation === this.generation) {
        for (let b = first; b < first + count; b++) this.#loading.delete(b);
      }
    }
    // What is on screen is in: fetch around it (not after a failure, which would only repeat).
    if (loaded && this.#wanted) this.ensure(this.#wanted);
  }

  setStatus(status: LifecycleStatus | null) {
    this.status = status;
    this.selected = -1;
    this.total = null;
    this.invalidate();
  }

  setTag(tag: string | null) {
    this.tag = tag;
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
    return this.status === null && this.tag === null && !this.restricted;
  }

  /** Drops the cache after a change to the data (the total is kept until the next page). */
  invalidate() {
    this.generation += 1;
    this.pages.clear();
    this.#loading.clear();
    this.#wanted = null;
    this.error = null;
  }

  reset() {
    this.status = null;
    this.tag = null;
    this.restricted = false;
    this.selected = -1;
    this.total = null;
    this.invalidate();
  }
}

export const contactList = new ContactList();
