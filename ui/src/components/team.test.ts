// @vitest-environment jsdom
// Settings → Team and the status bar's word on the team: what the core's status says, in the
// UI's language; making a team; an invitation's code and QR code; who may do what.
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { SeatStatus } from "../lib/bindings/SeatStatus";
import type { TeamStatus } from "../lib/bindings/TeamStatus";
import { setLanguage } from "../lib/i18n.svelte";
import { session } from "../lib/session.svelte";
import { summaryText, teamActivity } from "../lib/team.svelte";
import { clerkVault, openVault } from "../lib/vault-test-support";
import TeamPanel from "./TeamPanel.svelte";
import TeamStatusLine from "./TeamStatusLine.svelte";
import { answer, fakeLayout, invokeMock } from "./test-support";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));
vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn(async () => () => {}) }));
vi.mock("@tauri-apps/plugin-dialog", () => ({ save: vi.fn(), open: vi.fn() }));

beforeAll(fakeLayout);
afterEach(() => {
  invokeMock.mockReset();
  teamActivity.reset();
  setLanguage("en");
});

function seat(over: Partial<SeatStatus> = {}): SeatStatus {
  return {
    id: "a".repeat(32),
    index: 0,
    name: "Laptop",
    this_seat: true,
    last_seen: "2026-12-07T10:00:00Z",
    applied_up_to: 7,
    lag_changes: 0,
    acknowledged: 7,
    removed: false,
    ...over,
  };
}

const office = seat({ id: "b".repeat(32), index: 1, name: "Biuro", this_seat: false, acknowledged: 5, lag_changes: 2 });

function status(over: Partial<TeamStatus> = {}): TeamStatus {
  return {
    team: "f".repeat(32),
    folder: "/srv/sync/custos",
    seat: { id: "a".repeat(32), index: 0 },
    seats: [seat(), office],
    waiting: 0,
    unsent: 0,
    pending_erasures: [],
    problems: [],
    summary: { state: "in_sync" },
    ...over,
  };
}

describe("the team's status", () => {
  it("says the core's summary in the UI's language", () => {
    const offline = status({ summary: { state: "offline", seat: office.id, since: "2026-12-07T09:00:00Z" } });
    expect(summaryText(status())).toBe("In sync");
    expect(summaryText(status({ summary: { state: "waiting", changes: 3 } }))).toBe("3 changes waiting");
    expect(summaryText(offline)).toMatch(/^Biuro offline since /);
    expect(summaryText(status({ summary: { state: "offline", seat: office.id, since: null } }))).toBe("Biuro has not synced yet");
    setLanguage("pl");
    expect(summaryText(status({ summary: { state: "waiting", changes: 5 } }))).toBe("5 zmian czeka");
    expect(summaryText(offline)).toMatch(/^Biuro: offline od /);
    const unnamed = status({ seats: [seat(), { ...office, name: null }], summary: { state: "offline", seat: office.id, since: null } });
    expect(summaryText(unnamed)).toBe("Komputer 2: jeszcze bez synchronizacji");
  });

  it("shows in the status bar after a sync, and why a sync failed", async () => {
    render(TeamStatusLine);
    expect(screen.queryByTestId("team-status")).toBeNull();
    teamActivity.synced({ synced: { sent: 1, applied: 0, problems_added: 0, refused: [], removed: 0 }, status: status(), error: null });
    expect((await screen.findByTestId("team-status")).textContent?.trim()).toBe("In sync");
    teamActivity.synced({
      synced: null,
      status: status(),
      error: { code: "io", reason: null, params: { path: "/srv/sync/custos", io: "not_found" }, items: [], message: "x" },
    });
    await waitFor(() => expect(screen.getByTestId("team-status").textContent).toMatch(/^\s*Could not sync: /));
    expect(screen.getByTestId("team-status").classList.contains("troubled")).toBe(true);
  });
});

describe("Settings → Team", () => {
  it("makes a team of the vault with the folder and this computer's name", async () => {
    session.opened(openVault("/home/ola/firm.custos", "Ola"));
    let made = false;
    answer({
      team_status: () => (made ? status({ seats: [seat()] }) : null),
      list_operators: () => [{ id: 1, name: "Ola", role: "owner", is_me: true }],
      team_create: (args) => {
        expect(args).toEqual({ folder: "/srv/sync/custos", seatName: "Laptop" });
        made = true;
        return status({ seats: [seat()] });
      },
    });
    render(TeamPanel);
    await fireEvent.input(await screen.findByLabelText("Shared folder"), { target: { value: "/srv/sync/custos" } });
    await fireEvent.input(screen.getByLabelText("This computer's name"), { target: { value: "Laptop" } });
    await fireEvent.click(screen.getByTestId("team-create-submit"));
    expect((await screen.findByTestId("team-summary")).textContent?.trim()).toBe("In sync");
    expect(screen.getByTestId("team-seats").textContent).toContain("Laptop");
  });

  it("lists the computers, erasures not yet everywhere and problems, and invites a computer", async () => {
    session.opened(openVault("/home/ola/firm.custos", "Ola"));
    answer({
      team_status: () =>
        status({
          waiting: 2,
          summary: { state: "problems", count: 1 },
          pending_erasures: [{ contact: 42, since: "2026-12-07T09:30:00Z", seats: [office.id] }],
          problems: [{ id: 3, seat: office.id, sequence: 9, kind: "constraint", table: "operator", row: "[5]", found_at: "2026-12-07T09:31:00Z" }],
        }),
      list_operators: () => [
        { id: 1, name: "Ola", role: "owner", is_me: true },
        { id: 2, name: "Ewa", role: "clerk", is_me: false },
      ],
      team_invite: (args) => {
        expect(args).toEqual({ operator: "Ewa" });
        return {
          invitation: { code: "1234-5678-9012", expires: "2026-12-08T10:00:00Z", seat_index: 1, operator: "Ewa" },
          qr_svg: '<svg xmlns="http://www.w3.org/2000/svg" data-testid="qr"></svg>',
        };
      },
    });
    render(TeamPanel);
    expect((await screen.findByTestId("team-summary")).textContent).toContain("1 change from another computer needs a look");
    expect(screen.getByTestId("team-seats").textContent).toContain("2 changes not applied here yet");
    expect(screen.getByTestId("team-erasures").textContent).toContain("Contact no. 42");
    expect(screen.getByTestId("team-erasures").textContent).toContain("waiting for Biuro");
    expect(screen.getByTestId("team-problems").textContent).toContain("from Biuro, file 9, breaks a rule of the book");
    await waitFor(() => expect((screen.getByLabelText("Who will work there") as HTMLSelectElement).value).toBe("Ewa"));
    await fireEvent.click(screen.getByTestId("team-invite-create"));
    expect((await screen.findByTestId("team-invitation-code")).textContent).toBe("1234-5678-9012");
    expect(screen.getByTestId("team-invitation").querySelector("svg")).not.toBeNull();
  });

  it("removes a computer after asking, and shows it as removed", async () => {
    session.opened(openVault("/home/ola/firm.custos", "Ola"));
    const removed = vi.fn();
    answer({
      team_status: () => status(),
      list_operators: () => [{ id: 1, name: "Ola", role: "owner", is_me: true }],
      team_remove_seat: (args) => {
        removed(args);
        return status({ seats: [seat(), { ...office, removed: true, lag_changes: 0 }] });
      },
    });
    render(TeamPanel);
    // Only the other computer has the action (not this one).
    await waitFor(() => expect(screen.getAllByTestId("team-seat-remove")).toHaveLength(1));
    await fireEvent.click(screen.getByTestId("team-seat-remove"));
    const dialog = await screen.findByTestId("team-remove-seat");
    expect(dialog.textContent).toContain("Remove Biuro from the team?");
    expect(dialog.textContent).toContain("will read nothing the team writes from now on");
    // Cancel does nothing.
    await fireEvent.click(screen.getByText("Cancel"));
    expect(removed).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByTestId("team-seat-remove"));
    await fireEvent.click(await screen.findByTestId("team-remove-seat-confirm"));
    await waitFor(() => expect(removed).toHaveBeenCalledWith({ seat: office.id }));
    expect((await screen.findByTestId("team-notice")).textContent).toContain("Biuro was removed from the team");
    expect(screen.getByTestId("team-seats").textContent).toContain("removed from the team");
    expect(screen.queryAllByTestId("team-seat-remove")).toHaveLength(0);
  });

  it("offers a clerk neither making a team nor inviting", async () => {
    session.opened(clerkVault("/home/ewa/firm.custos", "Ewa"));
    answer({ team_status: () => null });
    render(TeamPanel);
    expect(await screen.findByTestId("team-owner-only")).toBeTruthy();
    expect(screen.queryByTestId("team-create")).toBeNull();
  });
});
