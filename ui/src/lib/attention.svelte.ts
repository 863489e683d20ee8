// The count of retention warnings for the navigation's badge. The core counts them; the app
// re-counts after unlocking and once a day (the `retention-changed` event), and the
// Needs-attention view after every action it takes.

import * as api from "./api";
import type { WarningSummary } from "./bindings/WarningSummary";

class Attention {
  summary = $state.raw<WarningSummary | null>(null);

  /** The badge's number, or null when there is nothing to show. */
  get badge(): number | null {
    return this.summary && this.summary.total > 0 ? Number(this.summary.total) : null;
  }

  set(summary: WarningSummary) {
    this.summary = summary;
  }

  /** Counts again; a failure leaves the last count (a locked vault is handled by the api). */
  async refresh() {
    try {
      this.summary = await api.retentionSummary();
    } catch {
      // Nothing the user could act on here: the view shows its own errors.
    }
  }

  reset() {
    this.summary = null;
  }
}

export const attention = new Attention();
