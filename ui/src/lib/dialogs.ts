// The native file dialogs. Each returns the chosen path, or null when the user cancelled.

import { open, save } from "@tauri-apps/plugin-dialog";

const VAULT_FILTER = { name: "Custos vault", extensions: ["custos"] };

export async function chooseNewVault(defaultPath: string): Promise<string | null> {
  return save({ title: "Create a Custos vault", defaultPath: defaultPath || undefined, filters: [VAULT_FILTER] });
}

export async function chooseExistingVault(defaultPath: string): Promise<string | null> {
  const path = await open({
    title: "Open a Custos vault",
    defaultPath: defaultPath || undefined,
    multiple: false,
    directory: false,
    filters: [VAULT_FILTER],
  });
  return typeof path === "string" ? path : null;
}

export async function chooseTranscript(): Promise<string | null> {
  const path = await open({
    title: "Choose a chat export",
    multiple: false,
    directory: false,
    filters: [
      { name: "WhatsApp export", extensions: ["txt"] },
      { name: "Custos transcript", extensions: ["json"] },
    ],
  });
  return typeof path === "string" ? path : null;
}

export async function chooseCsvDestination(defaultPath: string): Promise<string | null> {
  return save({
    title: "Export to a CSV file",
    defaultPath: defaultPath || undefined,
    filters: [{ name: "CSV (comma-separated)", extensions: ["csv"] }],
  });
}

const DOCUMENT_FILTERS: Readonly<Record<string, { name: string; extensions: string[] }>> = {
  pdf: { name: "PDF document", extensions: ["pdf"] },
  html: { name: "Web page", extensions: ["html"] },
  zip: { name: "ZIP archive", extensions: ["zip"] },
};

export async function chooseDocumentDestination(defaultPath: string, extension: string): Promise<string | null> {
  const filter = DOCUMENT_FILTERS[extension];
  return save({ title: "Save the document", defaultPath: defaultPath || undefined, filters: filter ? [filter] : [] });
}

export async function chooseBackupFolder(defaultPath: string): Promise<string | null> {
  const path = await open({ title: "Where backups go", defaultPath: defaultPath || undefined, multiple: false, directory: true });
  return typeof path === "string" ? path : null;
}

export async function chooseAddressBook(): Promise<string | null> {
  const path = await open({
    title: "Choose an address-book file",
    multiple: false,
    directory: false,
    filters: [
      { name: "Address book (CSV, vCard)", extensions: ["csv", "vcf", "vcard", "txt"] },
      { name: "CSV (Google, Outlook, spreadsheet)", extensions: ["csv", "txt"] },
      { name: "vCard", extensions: ["vcf", "vcard"] },
    ],
  });
  return typeof path === "string" ? path : null;
}

const BOOK_FILTERS: Readonly<Record<string, { name: string; extensions: string[] }>> = {
  vcf: { name: "vCard", extensions: ["vcf"] },
  csv: { name: "CSV (comma-separated)", extensions: ["csv"] },
};

export async function chooseContactsDestination(defaultPath: string, extension: string): Promise<string | null> {
  const filter = BOOK_FILTERS[extension];
  return save({ title: "Export contacts", defaultPath: defaultPath || undefined, filters: filter ? [filter] : [] });
}
