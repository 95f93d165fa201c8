import "server-only";
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import { createWriteQueue, writeFileAtomic } from "@/lib/data/atomic-write";
import { UserError } from "@/lib/errors";
import { ensureHistory, recordSafely, type Who } from "@/lib/history/git";
import { forgetSiteSettings, settingsFile } from "@/lib/site-config";
import { SETTINGS_FILE_NAME, serializeSettings, type SiteSettings } from "@/lib/site-settings";

/** The same content queue as post saves and imports: a settings save never interleaves with them. */
const enqueue = createWriteQueue("content");

async function currentText(): Promise<string> {
  const file = settingsFile();
  const stat = await fs.lstat(/*turbopackIgnore: true*/ file).catch(() => undefined);
  if (!stat) return "";
  if (!stat.isFile())
    throw new UserError("The settings file is not a regular file: ask whoever runs the server.");
  return fs.readFile(/*turbopackIgnore: true*/ file, "utf8");
}

/** A short fingerprint of the file as the form was opened, so a later save can tell it changed. */
export async function settingsVersion(): Promise<string> {
  return createHash("sha256")
    .update(await currentText())
    .digest("hex")
    .slice(0, 16);
}

export const SETTINGS_CHANGED =
  "Someone else saved the settings while you were editing. Reload the page to see their version; nothing was saved.";

/**
 * Writes the settings as one history entry by `who`. `version` is what settingsVersion() said when
 * the form was opened: a save over someone else's newer settings is refused, never merged blindly.
 */
export async function saveSiteSettings(
  settings: SiteSettings,
  version: string,
  who: Who,
): Promise<{ saved: boolean; version: string }> {
  return enqueue(async () => {
    if ((await settingsVersion()) !== version) throw new UserError(SETTINGS_CHANGED);
    const text = serializeSettings(settings);
    if (text === (await currentText())) return { saved: false, version };
    // Start the history first, so a first save is its own entry rather than "History starts here".
    await ensureHistory().catch((error) => console.error("[history]", error));
    await writeFileAtomic(settingsFile(), text);
    forgetSiteSettings();
    await recordSafely([SETTINGS_FILE_NAME], "Update site settings", who);
    return { saved: true, version: await settingsVersion() };
  });
}
