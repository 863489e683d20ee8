// The count of open requests due within 7 days or overdue, for the navigation's badge. The
// core counts them; the shell counts on unlocking, the app again once a day (the
// `requests-changed` event), and the Requests view after every change.

import * as api from "./api";

class RequestBadge {
  count = $state<number | null>(null);

  /** The badge's number, or null when there is nothing to show. */
  get badge(): number | null {
    return this.count && this.count > 0 ? this.count : null;
  }

  set(count: number) {
    this.count = count;
  }

  /** Counts again; a failure leaves the last count (a locked vault is handled by the api). */
  async refresh() {
    try {
      this.count = Number(await api.requestAttentionCount());
    } catch {
      // Nothing the user could act on here: the view shows its own errors.
    }
  }

  reset() {
    this.count = null;
  }
}

export const requestBadge = new RequestBadge();
