import { formatMoment } from "@/lib/time-zone";
import type { PostStatus } from "./status";

/**
 * How the history names one change: by what happened and who did it ("Published by Grace"),
 * never by the words stored with it. Most of it follows from the two versions (the status and
 * title before and after); what they cannot tell (a restore, a tag rename) is read from the
 * change's stored note, whose forms are written by restoreNote below and by the tag and backup
 * writers. Older notes ("Update: …", "Restore x from abc1234") read as well.
 */

export type VersionFacts = { title: string; slug: string; status: PostStatus | undefined };

export type EntryInput = {
  /** The note stored with the change (its commit message). */
  note: string;
  /** The mentor's name as shown now. */
  who: string;
  /** The post's version before this change, when there is one in its history. */
  before?: VersionFacts;
  after?: VersionFacts;
};

/**
 * A change's name. A restore names the version's time, which the page shows in the mentor's own
 * zone (the server cannot know it): `at`, between `text` and `rest`.
 */
export type EntryName = { text: string; at?: string; rest?: string };

/** The name as one line in a given zone ("Restored a version from 2 Dec, 10:14 by Ada"). */
export function nameInZone(name: EntryName, timeZone: string, now = new Date()): string {
  return name.at
    ? `${name.text}${formatMoment(name.at, timeZone, now)}${name.rest ?? ""}`
    : name.text;
}

const RESTORED = /^Restore .* \(version of (\S+)\)$/;
const RESTORED_DELETED = /^Restore deleted post\b/;

/** The note a restore stores: the restored version's time, read back by entryName. */
export function restoreNote(slug: string, version: { date: string } | "deleted"): string {
  return version === "deleted"
    ? `Restore deleted post ${slug}`
    : `Restore ${slug} (version of ${version.date})`;
}

export function entryName(input: EntryInput): EntryName {
  const { note, who } = input;
  const restored = RESTORED.exec(note);
  const at = restored ? new Date(restored[1]!) : undefined;
  if (at && !Number.isNaN(at.getTime()))
    return { text: "Restored a version from ", at: at.toISOString(), rest: ` by ${who}` };
  return { text: nameText(input) };
}

function nameText({ note, who, before, after }: EntryInput): string {
  const by = ` by ${who}`;
  if (RESTORED.test(note)) return `Restored an earlier version${by}`; // its time unreadable
  if (RESTORED_DELETED.test(note)) return `Restored from Deleted posts${by}`;
  if (/^Restore \S+ from [0-9a-f]{7}$/.test(note)) return `Restored an earlier version${by}`;
  if (/^Rename tag /.test(note)) return `Tags renamed${by}`;
  if (/^Merge tag /.test(note)) return `Tags merged${by}`;
  if (/^Delete tag /.test(note)) return `A tag removed${by}`;
  if (/^Import backup/.test(note)) return `Brought in from a backup${by}`;
  if (/^Give \S+ a permanent id$/.test(note)) return `Prepared for sharing${by}`;
  if (note === "History starts here") return "On the blog when its history began";
  if (!after) return `Changed${by}`;
  if (!before) return `Created${by}`;
  const [was, is] = [before.status, after.status];
  if (was !== is) {
    if (is === "published") return `Published${by}`;
    if (is === "scheduled") return `Scheduled${by}`;
    if (is === "review") return `Submitted for review${by}`;
    if (was === "published" || was === "scheduled") return `Unpublished${by}`;
    if (was === "review") return `Moved back to draft${by}`;
  }
  if (before.title !== after.title)
    return `Renamed from “${before.title}” to “${after.title}”${by}`;
  if (before.slug !== after.slug)
    return `Address changed from /${before.slug} to /${after.slug}${by}`;
  return `Edited${by}`;
}
