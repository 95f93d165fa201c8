import "server-only";
import { can, type Actor } from "@/lib/accounts/roles";
import { readAccounts } from "@/lib/accounts/store";
import { mediaQuotaBytes, quotaSummary } from "./quota";
import { listMedia } from "./store";
import { describeUsage, isUsed, mediaUsage, type MediaUsage } from "./usage";

/** One upload as the Media page shows it to one mentor. */
export type VisibleMedia = {
  name: string;
  url: string;
  bytes: number;
  uploadedAt: string;
  usage: MediaUsage;
  /** "Used by …" or "Not used", naming only posts this mentor may see. */
  usageText: string;
  /** Editors only: who uploaded it ("" when no record was kept). */
  uploader?: string;
};

/**
 * The Media page's list for one mentor: every item listed is one this mentor may delete once no
 * post uses it. Editors and up manage every upload, and see who uploaded each; authors and
 * contributors see only their own uploads. Usage names only posts this mentor
 * may see (postOpenTo): another mentor's draft is counted, never named, as its slug can name an
 * embargoed project.
 */
export async function mediaPageFor(
  viewer: Actor,
): Promise<{ items: VisibleMedia[]; quotaText: string }> {
  const editor = can.manageAnyMedia(viewer);
  const all = await listMedia();
  // The quota counts the same files this list shows: no second read of the folder or the index.
  const used = all
    .filter((item) => item.uploaderId === viewer.id)
    .reduce((sum, item) => sum + item.bytes, 0);
  const usage = mediaUsage(viewer);
  const names = editor
    ? new Map((await readAccounts()).map((account) => [account.id, account.name]))
    : undefined;
  const items = all
    .filter((item) => editor || item.uploaderId === viewer.id)
    .map((item) => {
      const used = usage(item.name);
      return {
        name: item.name,
        url: item.url,
        bytes: item.bytes,
        uploadedAt: item.uploadedAt,
        usage: used,
        usageText: isUsed(used) ? `Used by ${describeUsage(used)}` : "Not used",
        uploader: names ? (item.uploaderId ? (names.get(item.uploaderId) ?? "") : "") : undefined,
      };
    });
  return { items, quotaText: quotaSummary(mediaQuotaBytes(), used) };
}
