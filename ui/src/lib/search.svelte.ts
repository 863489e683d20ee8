// Search as you type: each keystroke searches at once (the core answers in a few ms); while
// one search runs only the newest query waits, and only the answer to it is shown.

import { errorMessage, search as searchVault } from "./api";
import type { SearchHit } from "./bindings/SearchHit";
import { afterPaint, coalesce, requestCounter } from "./timing";

const LIMIT = 50;
/** Hits drawn at once when results come: more than the panel shows on a tall screen. The rest
 * are drawn a frame later, so the first screenful is on screen without waiting for them. */
export const FIRST_SCREEN = 15;

/** How long a search runs before the panel says "Searching…" (sooner it would only flash). */
export const SLOW_SEARCH_MS = 250;

type SearchStatus = "idle" | "searching" | "done" | "error";

class Search {
  query = $state("");
  hits = $state.raw<SearchHit[]>([]);
  /** How many of `hits` are drawn: the first screenful, then all of them. */
  shown = $state(0);
  /** The highlighted hit, -1 for none. */
  active = $state(-1);
  status = $state<SearchStatus>("idle");
  error = $state<string | null>(null);
  /** Whether the results panel is shown. */
  open = $state(false);
  /** The search in flight has taken long enough to say so. */
  slow = $state(false);
  #slowTimer: ReturnType<typeof setTimeout> | null = null;
  #requests = requestCounter();
  #searches = coalesce((query: string) => this.#run(query));

  /** The user typed: search now (or right after the search in flight). */
  input(query: string) {
    this.query = query;
    this.open = true;
    if (!query.trim()) {
      this.#stop();
      return;
    }
    this.status = "searching";
    this.#watchSlow();
    this.#searches(query);
  }

  /**
   * Whether the panel has anything to show: results, an answer, an error, or a search that is
   * taking a while. Until then it stays shut, so the first keystroke draws it once, with its
   * results, instead of a "Searching…" frame and then the results.
   */
  get ready(): boolean {
    return this.status === "done" || this.status === "error" || this.hits.length > 0 || this.slow;
  }

  #watchSlow() {
    if (this.#slowTimer !== null || this.slow) return;
    this.#slowTimer = setTimeout(() => {
      this.#slowTimer = null;
      if (this.status === "searching") this.slow = true;
    }, SLOW_SEARCH_MS);
  }

  #settled() {
    if (this.#slowTimer !== null) clearTimeout(this.#slowTimer);
    this.#slowTimer = null;
    this.slow = false;
  }

  async #run(query: string) {
    const ticket = this.#requests.next();
    try {
      const hits = await searchVault(query, LIMIT);
      // A newer query is waiting: its answer follows at once, do not flash this one.
      if (!this.#requests.isCurrent(ticket) || query !== this.query) return;
      this.hits = hits;
      this.shown = Math.min(FIRST_SCREEN, hits.length);
      if (hits.length > this.shown) afterPaint(() => this.#requests.isCurrent(ticket) && this.showAll());
      this.active = hits.length > 0 ? 0 : -1;
      this.error = null;
      this.status = "done";
      this.#settled();
    } catch (reason) {
      if (!this.#requests.isCurrent(ticket) || query !== this.query) return;
      this.hits = [];
      this.shown = 0;
      this.active = -1;
      this.error = errorMessage(reason);
      this.status = "error";
      this.#settled();
    }
  }

  /** Draws every hit (the keyboard went past the first screenful, or its frame is drawn). */
  showAll() {
    this.shown = this.hits.length;
  }

  #stop() {
    this.#searches.cancel();
    this.#requests.invalidate();
    this.hits = [];
    this.shown = 0;
    this.active = -1;
    this.error = null;
    this.status = "idle";
    this.#settled();
  }

  /** Empties the box and forgets the results (Escape, or the vault locked). */
  reset() {
    this.#stop();
    this.query = "";
    this.open = false;
  }
}

export const search = new Search();
