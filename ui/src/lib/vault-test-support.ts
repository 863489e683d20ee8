// The open vault as the shell describes it, for tests: an owner unless told otherwise.

import type { Permissions } from "./bindings/Permissions";
import type { VaultInfo } from "./bindings/VaultInfo";

const OWNER: Permissions = {
  role: "owner",
  edit: true,
  export: true,
  settings: true,
  operators: true,
  erase_without_request: true,
  documents: true,
  team: true,
};

const CLERK: Permissions = {
  ...OWNER,
  role: "clerk",
  export: false,
  settings: false,
  operators: false,
  erase_without_request: false,
  team: false,
};

export function openVault(path: string, operator: string, over: Partial<VaultInfo> = {}): VaultInfo {
  return { path, operator, permissions: OWNER, must_change_passphrase: false, recovery_kit: true, ...over };
}

export function clerkVault(path: string, operator: string): VaultInfo {
  return openVault(path, operator, { permissions: CLERK });
}

const READ_ONLY: Permissions = {
  role: "read_only",
  edit: false,
  export: false,
  settings: false,
  operators: false,
  erase_without_request: false,
  documents: false,
  team: false,
};

export function readOnlyVault(path: string, operator: string): VaultInfo {
  return openVault(path, operator, { permissions: READ_ONLY });
}
