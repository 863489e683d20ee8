// Search as you type: debounced, and only the answer to the latest query is shown.

import { errorMessage, search as searchVault } from "./api";
import type { SearchHit } from "./bindings/SearchHit";
import { debounce, requestCounter } from "./timing";

export const SEARCH_DEBOUNCE_MS = 40;
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
  #debounced = debounce((query: string) => void this.#run(query), SEARCH_DEBOUNCE_MS);

  /** The user typed: search after a short pause. */
  input(query: string) {
    this.query = query;
    this.open = true;
    if (!query.trim()) {
      this.#stop();
      return;
    }
    this.status = "searching";
    this.#debounced(query);
  }

  async #run(query: string) {
    const ticket = this.#requests.next();
    try {
      const hits = await searchVault(query, LIMIT);
      if (!this.#requests.isCurrent(ticket)) return;
      this.hits = hits;
      this.active = hits.length > 0 ? 0 : -1;
      this.error = null;
      this.status = "done";
    } catch (reason) {
      if (!this.#requests.isCurrent(ticket)) return;
      this.hits = [];
      this.active = -1;
      this.error = errorMessage(reason);
      this.status = "error";
    }
  }

  #stop() {
    this.#debounced.cancel();
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
