// What the language checks share.

import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Every `.ts` and `.svelte` file of the app (tests aside). */
export function appFiles(dir = join(__dirname, "..")): string[] {
  return readdirSync(dir).flatMap((name: string) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "bindings" || name === "locales" ? [] : appFiles(path);
    return /\.(ts|svelte)$/.test(name) && !/\.test\.ts$|test-support\.ts$/.test(name) ? [path] : [];
  });
}
