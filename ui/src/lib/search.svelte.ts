// Search as you type: each keystroke searches at once (the core answers in a few ms); while
// one search runs only the newest query waits, and only the answer to it is shown.

import { errorMessage, search as searchVault } from "./api";
import type { SearchHit } from "./bindings/SearchHit";
import { coalesce, requestCounter } from "./timing";

const LIMIT = 50;

type SearchStatus = "idle" | "searching" | "done" | "error";

class Search {
  query = $state("");
  hits = $state.raw<SearchHit[]>([]);
  /** The highlighted hit, -1 for none. */
  active = $state(-1);
  status = $state<SearchStatus>("idle");
  error = $state<string | null>(null);
  /** Whether the results panel is shown. */
  open = $state(false);
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
    this.#searches(query);
  }

  async #run(query: string) {
    const ticket = this.#requests.next();
    try {
      const hits = await searchVault(query, LIMIT);
      // A newer query is waiting: its answer follows at once, do not flash this one.
      if (!this.#requests.isCurrent(ticket) || query !== this.query) return;
      this.hits = hits;
      this.active = hits.length > 0 ? 0 : -1;
      this.error = null;
      this.status = "done";
    } catch (reason) {
      if (!this.#requests.isCurrent(ticket) || query !== this.query) return;
      this.hits = [];
      this.active = -1;
      this.error = errorMessage(reason);
      this.status = "error";
    }
  }

  #stop() {
    this.#searches.cancel();
    this.#requests.invalidate();
    this.hits = [];
    this.active = -1;
    this.error = null;
    this.status = "idle";
  }

  /** Empties the box and forgets the results (Escape, or the vault locked). */
  reset() {
    this.#stop();
    this.query = "";
    this.open = false;
  }
}

export const search = new Search();
