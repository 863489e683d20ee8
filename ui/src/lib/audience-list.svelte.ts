// Who may be contacted for one purpose: pages of 200 fetched on demand by offset (the list can
// hold everyone in the vault) and cached until a consent changes.

import { SvelteMap } from "svelte/reactivity";
import { errorMessage, purposeAudience } from "./api";
import type { AudienceMember } from "./bindings/AudienceMember";
import { pageOf, pagesFor, type RowRange } from "./virtual";

export const AUDIENCE_PAGE = 200;

export class AudienceList {
  readonly purpose: number;
  /** How many people may be contacted; null until the first page arrives. */
  total = $state<number | null>(null);
  error = $state<string | null>(null);
  /** Bumped whenever the cache is dropped, so the view fetches again. */
  generation = $state(0);
  readonly pages = new SvelteMap<number, AudienceMember[]>();
  #loading = new Set<number>();

  constructor(purpose: number) {
    this.purpose = purpose;
  }

  /** The person at row `index`, if their page is loaded. */
  row(index: number): AudienceMember | undefined {
    return this.pages.get(pageOf(index, AUDIENCE_PAGE))?.[index % AUDIENCE_PAGE];
  }

  /** Fetches the pages `range` needs that are neither cached nor on their way. */
  ensure(range: RowRange) {
    const wanted = pagesFor(range, AUDIENCE_PAGE);
    if (wanted.length === 0) wanted.push(0); // learn the total
    for (const page of wanted) {
      if (!this.pages.has(page) && !this.#loading.has(page)) void this.#load(page);
    }
  }

  async #load(page: number) {
    const generation = this.generation;
    this.#loading.add(page);
    try {
      const result = await purposeAudience(this.purpose, page * AUDIENCE_PAGE, AUDIENCE_PAGE);
      if (generation !== this.generation) return;
      this.total = result.total;
      this.error = null;
      this.pages.set(page, result.members);
    } catch (reason) {
      if (generation === this.generation) this.error = errorMessage(reason);
    } finally {
      if (generation === this.generation) this.#loading.delete(page);
    }
  }

  /**
   * Someone left the list (withdrawal, objection): take them out at once, before the next
   * page arrives from the core.
   */
  remove(contactId: number) {
    for (const [page, members] of this.pages) {
      const kept = members.filter((m) => m.contact_id !== contactId);
      if (kept.length !== members.length) {
        this.pages.set(page, kept);
        if (this.total !== null) this.total = Math.max(0, this.total - 1);
      }
    }
  }

  /**
   * Fetches again every page held, after a change somewhere in the app; the rows shown stay
   * until their fresh page replaces them.
   */
  refresh() {
    this.generation += 1;
    this.#loading.clear();
    const held = [...this.pages.keys()];
    for (const page of held.length > 0 ? held : [0]) void this.#load(page);
  }

  /** Drops the cache (the total is kept until the next page arrives). */
  invalidate() {
    this.generation += 1;
    this.pages.clear();
    this.#loading.clear();
    this.error = null;
  }
}
