// The native file dialogs. Each returns the chosen path, or null when the user cancelled.
// Titles and file type names are read in the UI's language when a dialog opens.

import { open, save } from "@tauri-apps/plugin-dialog";
import { t } from "./i18n.svelte";

type Filter = { name: string; extensions: string[] };

const vaultFilter = (): Filter => ({ name: t("app-dialog-vault-filter"), extensions: ["custos"] });

export async function chooseNewVault(defaultPath: string): Promise<string | null> {
  return save({ title: t("app-dialog-create-vault"), defaultPath: defaultPath || undefined, filters: [vaultFilter()] });
}

export async function chooseExistingVault(defaultPath: string): Promise<string | null> {
  const path = await open({
    title: t("app-dialog-open-vault"),
    defaultPath: defaultPath || undefined,
    multiple: false,
    directory: false,
    filters: [vaultFilter()],
  });
  return typeof path === "string" ? path : null;
}

export async function chooseTranscript(): Promise<string | null> {
  const path = await open({
    title: t("app-dialog-transcript"),
    multiple: false,
    directory: false,
    filters: [
      { name: t("import-conversations-dialog-filter"), extensions: ["txt", "json", "eml", "mbox", "csv"] },
      { name: t("app-dialog-whatsapp-filter"), extensions: ["txt"] },
      { name: t("app-dialog-transcript-filter"), extensions: ["json"] },
      { name: t("import-conversations-dialog-mail-filter"), extensions: ["eml", "mbox"] },
      { name: t("import-conversations-dialog-all-filter"), extensions: ["*"] },
    ],
  });
  return typeof path === "string" ? path : null;
}

export async function chooseCsvDestination(defaultPath: string): Promise<string | null> {
  return save({
    title: t("app-dialog-csv-export"),
    defaultPath: defaultPath || undefined,
    filters: [{ name: t("app-dialog-csv-filter"), extensions: ["csv"] }],
  });
}

/** The file type of a document, by extension (its name in the UI's language). */
function documentFilter(extension: string): Filter | null {
  switch (extension) {
    case "pdf":
      return { name: t("app-dialog-pdf-filter"), extensions: ["pdf"] };
    case "html":
      return { name: t("app-dialog-html-filter"), extensions: ["html"] };
    case "zip":
      return { name: t("app-dialog-zip-filter"), extensions: ["zip"] };
    default:
      return null;
  }
}

export async function chooseDocumentDestination(defaultPath: string, extension: string): Promise<string | null> {
  const filter = documentFilter(extension);
  return save({ title: t("app-dialog-save-document"), defaultPath: defaultPath || undefined, filters: filter ? [filter] : [] });
}

export async function chooseBackupFolder(defaultPath: string): Promise<string | null> {
  const path = await open({
    title: t("app-dialog-backup-folder"),
    defaultPath: defaultPath || undefined,
    multiple: false,
    directory: true,
  });
  return typeof path === "string" ? path : null;
}

export async function chooseAddressBook(): Promise<string | null> {
  const path = await open({
    title: t("app-dialog-address-book"),
    multiple: false,
    directory: false,
    filters: [
      { name: t("app-dialog-address-book-filter"), extensions: ["csv", "vcf", "vcard", "txt"] },
      { name: t("app-dialog-csv-sources-filter"), extensions: ["csv", "txt"] },
      { name: t("app-dialog-vcard-filter"), extensions: ["vcf", "vcard"] },
    ],
  });
  return typeof path === "string" ? path : null;
}

/** The file type of an address-book export, by extension. */
function bookFilter(extension: string): Filter | null {
  switch (extension) {
    case "vcf":
      return { name: t("app-dialog-vcard-filter"), extensions: ["vcf"] };
    case "csv":
      return { name: t("app-dialog-csv-filter"), extensions: ["csv"] };
    default:
      return null;
  }
}

export async function chooseContactsDestination(defaultPath: string, extension: string): Promise<string | null> {
  const filter = bookFilter(extension);
  return save({ title: t("app-dialog-export-contacts"), defaultPath: defaultPath || undefined, filters: filter ? [filter] : [] });
}

/** Files of conversations: e-mail (.eml, mbox), Telegram or Messenger JSON, a website chat's
 * CSV, WhatsApp text; several at once. */
export async function chooseConversationFiles(): Promise<string[] | null> {
  const paths = await open({
    title: t("import-conversations-dialog-files"),
    multiple: true,
    directory: false,
    filters: [
      { name: t("import-conversations-dialog-filter"), extensions: ["eml", "mbox", "json", "csv", "txt"] },
      { name: t("import-conversations-dialog-mail-filter"), extensions: ["eml", "mbox"] },
      { name: t("import-conversations-dialog-json-filter"), extensions: ["json"] },
      { name: t("app-dialog-csv-filter"), extensions: ["csv"] },
      { name: t("import-conversations-dialog-all-filter"), extensions: ["*"] },
    ],
  });
  if (paths === null) return null;
  return Array.isArray(paths) ? paths : [paths];
}

/** A folder of conversations (a folder of .eml files, a Messenger export's chat folder). */
export async function chooseConversationFolder(): Promise<string[] | null> {
  const paths = await open({ title: t("import-conversations-dialog-folder"), multiple: true, directory: true });
  if (paths === null) return null;
  return Array.isArray(paths) ? paths : [paths];
}

/** The folder the team's computers share (Syncthing's, or a share on the office NAS). */
export async function chooseSharedFolder(defaultPath: string): Promise<string | null> {
  const path = await open({
    title: t("app-dialog-shared-folder"),
    defaultPath: defaultPath || undefined,
    multiple: false,
    directory: true,
  });
  return typeof path === "string" ? path : null;
}
