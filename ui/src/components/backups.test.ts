// @vitest-environment jsdom
// Settings → Backups, the restore dialog, and the status bar's word on backups.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { backupActivity } from "../lib/backups.svelte";
import type { BackupFile } from "../lib/bindings/BackupFile";
import type { BackupOverview } from "../lib/bindings/BackupOverview";
import { setLanguage } from "../lib/i18n.svelte";
import { session } from "../lib/session.svelte";
import BackupsPanel from "./BackupsPanel.svelte";
import BackupStatus from "./BackupStatus.svelte";
import { answer, fakeLayout, invokeMock } from "./test-support";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));
vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn(async () => () => {}) }));
vi.mock("@tauri-apps/plugin-dialog", () => ({ save: vi.fn(), open: vi.fn() }));

beforeAll(fakeLayout);
afterEach(() => {
  invokeMock.mockReset();
  backupActivity.reset();
});

function backup(over: Partial<BackupFile> = {}): BackupFile {
  return {
    path: "/data/backups/firm-20261204-061500.custos",
    made_at: "2026-12-04T06:15:00Z",
    bytes: 741_000_000,
    contacts: 100_000,
    messages: 1_000_000,
    before_passphrase_change: false,
    ...over,
  };
}

function overview(over: Partial<BackupOverview> = {}): BackupOverview {
  return {
    folder: "/data/backups",
    default_folder: true,
    backups: [backup()],
    external_drives: [],
    running: null,
    ...over,
  };
}

describe("Settings → Backups", () => {
  it("lists the backups with size and what they held, and backs up now", async () => {
    let listed = overview();
    const made = backup({ path: "/data/backups/firm-20261207-101500.custos", made_at: "2026-12-07T10:15:00Z" });
    answer({
      backup_overview: () => listed,
      back_up_now: () => {
        listed = overview({ backups: [made, backup()] });
        return { backup: made, removed: ["/data/backups/old.custos"] };
      },
    });
    render(BackupsPanel);
    const rows = await screen.findAllByTestId("backup-row");
    expect(rows).toHaveLength(1);
    expect(rows[0].textContent).toContain("707 MB · 100,000 contacts, 1,000,000 messages");
    await fireEvent.click(screen.getByTestId("back-up-now"));
    await waitFor(() => expect(screen.getAllByTestId("backup-row")).toHaveLength(2));
    expect(screen.getByTestId("backups-notice").textContent).toBe(
      "Backed up to /data/backups/firm-20261207-101500.custos and checked. Rotation removed 1 older backup.",
    );
  });

  it("suggests a plugged-in drive and sends the chosen folder to the core", async () => {
    answer({
      backup_overview: () => overview({ external_drives: ["/media/anna/USB"] }),
      choose_backup_folder: (args) => {
        expect(args.folder).toBe("/media/anna/USB/Custos backups");
        return args.folder;
      },
    });
    render(BackupsPanel);
    await fireEvent.click(await screen.findByRole("button", { name: "/media/anna/USB" }));
    await fireEvent.click(screen.getByRole("button", { name: "Use this folder" }));
    await waitFor(() =>
      expect(screen.getByTestId("backups-notice").textContent).toBe("Backups go to /media/anna/USB/Custos backups from now on."),
    );
  });

  it("shows the core's refusal of a folder", async () => {
    answer({
      backup_overview: () => overview(),
      choose_backup_folder: () => {
        throw { code: "invalid_input", message: "backup folder: choose a folder by its full path" };
      },
    });
    render(BackupsPanel);
    const field = await screen.findByLabelText("Folder");
    await fireEvent.input(field, { target: { value: "usb" } });
    await fireEvent.click(screen.getByRole("button", { name: "Use this folder" }));
    expect(await screen.findByText("backup folder: choose a folder by its full path")).toBeTruthy();
  });

  it("checks a backup and says what the core found", async () => {
    answer({
      backup_overview: () => overview(),
      check_backup: (args) => {
        expect(args).toEqual({ path: backup().path, passphrase: null });
        return {
          ok: false,
          problems: ["HMAC verification failed for page 17", "something SQLite says"],
          findings: [
            { kind: "page_mac", page: 17, text: "HMAC verification failed for page 17" },
            { kind: "other", text: "something SQLite says" },
          ],
        };
      },
    });
    render(BackupsPanel);
    await fireEvent.click(await screen.findByRole("button", { name: "Check" }));
    expect(await screen.findByText("Damaged: 2 problems found. Do not restore from this backup.")).toBeTruthy();
    expect(screen.getByTestId("integrity-findings").textContent).toContain("Page 17 does not match its checksum");
    expect(screen.getByTestId("integrity-technical").textContent).toContain("something SQLite says");
  });

  it("words what the check found in the UI's language, SQLite's own lines only among the technical details", async () => {
    answer({
      backup_overview: () => overview(),
      check_backup: () => ({
        ok: false,
        problems: ["row 12 missing from index contact_by_name", "Freelist: size is 4 but should be 7", "x"],
        findings: [
          { kind: "row_missing_from_index", row: 12, index: "contact_by_name", text: "row 12 missing from index contact_by_name" },
          { kind: "freelist_size", found: 4, expected: 7, text: "Freelist: size is 4 but should be 7" },
          { kind: "other", text: "x" },
        ],
      }),
    });
    setLanguage("pl");
    try {
      render(BackupsPanel);
      await fireEvent.click(await screen.findByRole("button", { name: "Sprawdź" }));
      expect(await screen.findByText("Uszkodzona: znaleziono 3 problemy. Nie przywracaj z tej kopii.")).toBeTruthy();
      const lines = screen.getByTestId("integrity-findings").textContent;
      expect(lines).toContain("Wiersza 12 brakuje w indeksie contact_by_name.");
      expect(lines).toContain("Lista wolnych stron podaje 4 strony, a zawiera 7.");
      expect(lines).not.toMatch(/missing|Freelist/);
      const technical = screen.getByTestId("integrity-technical");
      expect(technical.querySelector("summary")?.textContent).toBe("Szczegóły techniczne dla pomocy technicznej");
      expect(technical.hasAttribute("open")).toBe(false);
    } finally {
      setLanguage("en");
    }
  });

  it("restores with the backup's passphrase, saying when it is an older one", async () => {
    const old = backup({ before_passphrase_change: true });
    answer({
      backup_overview: () => overview({ backups: [old] }),
      restore_backup: (args) => {
        if (args.passphrase !== "the old one") throw { code: "wrong_passphrase", message: "Wrong passphrase for the backup." };
        return { vault: { path: "/data/firm.custos", operator: "Ola" }, before: "/data/backups/firm-20261207-101500.custos" };
      },
    });
    const restored = vi.spyOn(session, "restored").mockResolvedValue();
    render(BackupsPanel);
    expect(screen.queryByRole("button", { name: "Check" })).toBeNull();
    await fireEvent.click(await screen.findByRole("button", { name: "Restore…" }));
    const dialog = screen.getByTestId("restore-dialog");
    expect(within(dialog).getByTestId("restore-old-passphrase").textContent).toContain("type the passphrase used then");
    const confirm = within(dialog).getByTestId<HTMLButtonElement>("restore-confirm");
    expect(confirm.disabled).toBe(true);
    const field = within(dialog).getByLabelText("Passphrase of the backup");
    await fireEvent.input(field, { target: { value: "the new one" } });
    await fireEvent.click(confirm);
    expect(await within(dialog).findByText("Wrong passphrase for the backup.")).toBeTruthy();
    expect(restored).not.toHaveBeenCalled();
    await fireEvent.input(field, { target: { value: "the old one" } });
    await fireEvent.click(confirm);
    await waitFor(() => expect(restored).toHaveBeenCalledOnce());
    expect(restored.mock.calls[0][0]).toEqual({ path: "/data/firm.custos", operator: "Ola" });
    const notice = restored.mock.calls[0][1];
    expect(typeof notice === "function" ? notice() : notice).toContain("kept as /data/backups/firm-20261207-101500.custos");
    restored.mockRestore();
  });
});

describe("the status bar", () => {
  it("shows progress while a backup runs, then how it ended", async () => {
    render(BackupStatus);
    expect(screen.queryByTestId("backup-status")).toBeNull();
    backupActivity.progressed({ done: 42, total: 100 });
    expect((await screen.findByTestId("backup-status")).textContent).toContain("Backing up… 42 %");
    backupActivity.finished({ made: null, error: { code: "disk_full", reason: null, params: {}, items: [], message: "The disk is full." } });
    await waitFor(() => expect(screen.getByTestId("backup-status").textContent).toContain("Backup failed: The disk is full."));
    backupActivity.finished({ made: { backup: backup(), removed: [] }, error: null });
    await waitFor(() => expect(screen.getByTestId("backup-status").textContent).toContain("Backed up 4 Dec 2026"));
  });
});
