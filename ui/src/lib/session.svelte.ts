// Which screen shows, the open vault, the user's settings, and locking.

import * as api from "./api";
import type { OpenRequest } from "./bindings/OpenRequest";
import type { Permissions } from "./bindings/Permissions";
import type { Settings } from "./bindings/Settings";
import type { VaultInfo } from "./bindings/VaultInfo";
import { tick } from "svelte";
import { attention } from "./attention.svelte";
import { backupActivity } from "./backups.svelte";
import { teamActivity } from "./team.svelte";
import { contactList } from "./contact-list.svelte";
import { duplicates } from "./duplicates.svelte";
import { t } from "./i18n.svelte";
import { requestBadge } from "./request-badge.svelte";
import { mark } from "./moments";
import { search } from "./search.svelte";
import { view } from "./view.svelte";
import { setLanguage } from "./i18n.svelte";

/** `recover`: "I forgot my passphrase" (the recovery kit's code); `choose-passphrase`: an
 * operator opened the vault with a first passphrase and must choose their own before anything
 * else; `kit`: a vault was just created, and the recovery kit is offered. */
type Screen = "loading" | "welcome" | "create" | "join" | "unlock" | "recover" | "choose-passphrase" | "kit" | "main";

/** A note for the user: text as it came (e.g. the core's error), or words read in the UI's
 * language each time the note is shown. */
export type Notice = string | (() => string);

class Session {
  screen = $state<Screen>("loading");
  /** Where a new vault goes unless the user says otherwise. */
  defaultPath = $state("");
  /** The vault the unlock screen offers. */
  unlockPath = $state("");
  settings = $state<Settings>({ auto_lock_minutes: 10, operator: "", operators: {}, last_vault: null, language: null });
  vault = $state<VaultInfo | null>(null);
  #notice = $state<Notice | null>(null);

  /** Shown on the unlock screen, e.g. why the vault was locked (in the UI's language now). */
  get notice(): string | null {
    const notice = this.#notice;
    return typeof notice === "function" ? notice() : notice;
  }

  set notice(notice: Notice | null) {
    this.#notice = notice;
  }
  /** A file given from outside that needs the user's word (another vault is open) or could not
   * be opened: shown in a dialog over any screen. */
  request = $state<OpenRequest | null>(null);
  /** Counts the files offered for unlocking from outside: the unlock form starts afresh for each. */
  offered = $state(0);

  /** The operating system's language as the shell picked it (Settings offers to follow it). */
  systemLanguage = $state("en");

  /** An `open-requested` event came before the first screen showed: ask again after it. */
  private missed = false;

  async start() {
    let request: OpenRequest | null;
    try {
      const info = await api.appInfo();
      mark("app-info");
      // A file the app was started with decides the first screen: asked before it shows.
      request = await api.takeOpenRequest();
      this.defaultPath = info.default_vault_path;
      this.unlockPath = info.suggested_vault_path;
      this.settings = info.settings;
      this.systemLanguage = info.system_language;
      setLanguage(info.language);
      if (info.unlocked) {
        this.opened(await api.vaultInfo());
      } else {
        this.screen = info.suggested_vault_exists ? "unlock" : "welcome";
      }
    } catch (reason) {
      this.notice = api.errorMessage(reason);
      this.screen = "welcome";
      return;
    }
    this.follow(request);
    if (this.missed) {
      this.missed = false;
      await this.takeOpenRequest();
    }
  }

  /** Asks the shell for a file given from outside (when the `open-requested` event comes) and
   * does what it says. Before the first screen shows, `start` asks instead. */
  async takeOpenRequest() {
    if (this.screen === "loading") {
      this.missed = true;
      return;
    }
    try {
      this.follow(await api.takeOpenRequest());
    } catch (reason) {
      this.notice = api.errorMessage(reason);
    }
  }

  /** Does what the shell said about a file given from outside. */
  private follow(request: OpenRequest | null) {
    switch (request?.kind) {
      case "unlock":
        this.offer(request.path);
        break;
      case "lock_first":
      case "refused":
        this.request = request;
        break;
      // Already open, or nothing given: the shell brought the window forward, that is all.
    }
  }

  /** The unlock screen, offering the file at `path`. */
  offer(path: string) {
    this.request = null;
    this.unlockPath = path;
    this.notice = null;
    this.offered += 1;
    this.screen = "unlock";
  }

  /** The user agreed to lock the open vault to unlock the file they gave. */
  async lockAndOffer(path: string) {
    this.request = null;
    if (await this.lock()) this.offer(path);
  }

  /** What the operator working now may do (nothing while the vault is locked): the UI shows
   * only that; the core refuses the rest anyway. */
  get permissions(): Permissions | null {
    return this.vault?.permissions ?? null;
  }

  /** The operator the unlock screen offers for the vault at `path`: the one who unlocked it
   * last on this computer. */
  lastOperator(path: string): string {
    return this.settings.operators[path] ?? this.settings.operator;
  }

  show(screen: "welcome" | "create" | "join" | "unlock" | "recover") {
    this.notice = null;
    this.screen = screen;
  }

  /** A vault was created, unlocked or recovered (`created`: just now, so the recovery kit is
   * offered first). An operator with a first passphrase chooses their own before anything. */
  opened(vault: VaultInfo, created = false) {
    this.vault = vault;
    this.unlockPath = vault.path;
    const operators = { ...this.settings.operators, [vault.path]: vault.operator };
    this.settings = { ...this.settings, operator: vault.operator, operators, last_vault: vault.path };
    this.notice = null;
    if (vault.must_change_passphrase) this.screen = "choose-passphrase";
    else if (created && !vault.recovery_kit && vault.permissions.operators) this.screen = "kit";
    else {
      // The list's first page is asked for now, while the main screen is being built, not
      // once it is: the two overlap, and the list shows sooner after an unlock.
      contactList.ensure({ start: 0, end: 1 });
      this.screen = "main";
    }
  }

  /** The vault changed as the operator sees it (their passphrase, their role, a recovery kit
   * printed): the screens show what they may do now. */
  updated(vault: VaultInfo) {
    this.vault = vault;
  }

  /** Leaves a start step (the recovery kit, a new passphrase) for the vault itself. */
  proceed() {
    if (this.vault) this.opened(this.vault);
  }

  /** The vault was replaced by a backup: every screen starts again from the restored vault,
   * with `notice` saying what happened. */
  async restored(vault: VaultInfo, notice: Notice) {
    this.forget();
    this.screen = "loading";
    await tick();
    this.opened(vault);
    this.notice = notice;
  }

  /** Clears what every screen showed of the vault. */
  private forget() {
    contactList.reset();
    search.reset();
    attention.reset();
    requestBadge.reset();
    backupActivity.reset();
    teamActivity.reset();
    duplicates.reset();
    view.reset();
  }

  /** The vault was locked (by the user, after idle time, or found locked): forget everything. */
  locked(reason: string | null) {
    if (this.screen === "main" || this.screen === "choose-passphrase" || this.screen === "kit") {
      this.forget();
      this.vault = null;
      this.notice = null;
      this.screen = "unlock";
    }
    if (reason === "idle") {
      const minutes = this.settings.auto_lock_minutes;
      this.notice = () => t("app-locked-idle", { minutes });
    }
  }

  /** Locks on the user's request. Whatever the answer, the data leaves the screen. True when
   * the shell said the vault is locked. */
  async lock(): Promise<boolean> {
    let failure: string | null = null;
    try {
      await api.lock();
    } catch (reason) {
      failure = api.errorMessage(reason);
    }
    this.locked("user");
    if (failure) {
      const error = failure;
      this.notice = () => t("app-lock-failed", { error });
    }
    return failure === null;
  }
}

export const session = new Session();
