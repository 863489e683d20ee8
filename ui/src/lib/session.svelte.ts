// Which screen shows, the open vault, the user's settings, and locking.

import * as api from "./api";
import type { Settings } from "./bindings/Settings";
import type { VaultInfo } from "./bindings/VaultInfo";
import { attention } from "./attention.svelte";
import { contactList } from "./contact-list.svelte";
import { requestBadge } from "./request-badge.svelte";
import { search } from "./search.svelte";
import { view } from "./view.svelte";

type Screen = "loading" | "welcome" | "create" | "unlock" | "main";

function minutes(n: number): string {
  return n === 1 ? "1 minute" : `${n} minutes`;
}

class Session {
  screen = $state<Screen>("loading");
  /** Where a new vault goes unless the user says otherwise. */
  defaultPath = $state("");
  /** The vault the unlock screen offers. */
  unlockPath = $state("");
  settings = $state<Settings>({ auto_lock_minutes: 10, operator: "", last_vault: null });
  vault = $state<VaultInfo | null>(null);
  /** Shown on the unlock screen, e.g. why the vault was locked. */
  notice = $state<string | null>(null);

  async start() {
    try {
      const info = await api.appInfo();
      this.defaultPath = info.default_vault_path;
      this.unlockPath = info.suggested_vault_path;
      this.settings = info.settings;
      if (info.unlocked) {
        this.vault = { path: info.suggested_vault_path, operator: info.settings.operator };
        this.screen = "main";
      } else {
        this.screen = info.suggested_vault_exists ? "unlock" : "welcome";
      }
    } catch (reason) {
      this.notice = api.errorMessage(reason);
      this.screen = "welcome";
    }
  }

  show(screen: "welcome" | "create" | "unlock") {
    this.notice = null;
    this.screen = screen;
  }

  /** A vault was created or unlocked. */
  opened(vault: VaultInfo) {
    this.vault = vault;
    this.unlockPath = vault.path;
    this.settings = { ...this.settings, operator: vault.operator, last_vault: vault.path };
    this.notice = null;
    this.screen = "main";
  }

  /** The vault was locked (by the user, after idle time, or found locked): forget everything. */
  locked(reason: string | null) {
    if (this.screen === "main") {
      contactList.reset();
      search.reset();
      attention.reset();
      requestBadge.reset();
      view.reset();
      this.vault = null;
      this.notice = null;
      this.screen = "unlock";
    }
    if (reason === "idle") {
      this.notice = `Locked after ${minutes(this.settings.auto_lock_minutes)} without activity.`;
    }
  }

  /** Locks on the user's request. Whatever the answer, the data leaves the screen. */
  async lock() {
    let failure: string | null = null;
    try {
      await api.lock();
    } catch (reason) {
      failure = api.errorMessage(reason);
    }
    this.locked("user");
    if (failure) this.notice = `Locking may have failed: ${failure} Close Custos to be sure.`;
  }
}

export const session = new Session();
