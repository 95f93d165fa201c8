import { describe, expect, it } from "vitest";
import { entryName, nameInZone, restoreNote, type VersionFacts } from "@/lib/content/history-entry";
import { bodyChanges, versionChanges } from "@/lib/content/version-changes";
import { formatMoment } from "@/lib/format";

const now = new Date("2026-12-02T12:00:00Z");
const facts = (over: Partial<VersionFacts> = {}): VersionFacts => ({
  title: "Code review habits",
  slug: "code-review",
  status: "draft",
  ...over,
});
const name = (note: string, before?: VersionFacts, after: VersionFacts | undefined = facts()) =>
  nameInZone(entryName({ note, who: "Ada", before, after }), "UTC", now);

describe("history entry names", () => {
  it("names a change by what happened and who did it, never by its stored note", () => {
    expect(name("Save draft: Code review habits")).toBe("Created by Ada");
    expect(name("Update: x", facts(), facts())).toBe("Edited by Ada");
    expect(name("Update: x", facts(), facts({ status: "published" }))).toBe("Published by Ada");
    expect(name("x", facts(), facts({ status: "scheduled" }))).toBe("Scheduled by Ada");
    expect(name("x", facts(), facts({ status: "review" }))).toBe("Submitted for review by Ada");
    expect(name("x", facts({ status: "review" }), facts())).toBe("Moved back to draft by Ada");
    expect(name("x", facts({ status: "published" }), facts())).toBe("Unpublished by Ada");
    expect(name("x", facts(), facts({ title: "Review habits" }))).toBe(
      "Renamed from “Code review habits” to “Review habits” by Ada",
    );
    expect(name("x", facts(), facts({ slug: "habits" }))).toBe(
      "Address changed from /code-review to /habits by Ada",
    );
  });

  it("reads restores, tag changes and imports from the note, old notes included", () => {
    const note = restoreNote("code-review", { date: "2026-12-02T10:14:03+00:00" });
    expect(note).toBe("Restore code-review (version of 2026-12-02T10:14:03+00:00)");
    expect(name(note, facts(), facts())).toBe("Restored a version from 2 Dec, 10:14 by Ada");
    // The time is kept apart, for the page to show in the mentor's zone.
    expect(entryName({ note, who: "Ada", before: facts(), after: facts() })).toEqual({
      text: "Restored a version from ",
      at: "2026-12-02T10:14:03.000Z",
      rest: " by Ada",
    });
    expect(
      nameInZone(entryName({ note, who: "Ada", after: facts() }), "America/New_York", now),
    ).toBe("Restored a version from 2 Dec, 05:14 by Ada");
    expect(name(restoreNote("code-review", "deleted"))).toBe("Restored from Deleted posts by Ada");
    expect(name("Restore code-review from 1a2b3c4", facts(), facts())).toBe(
      "Restored an earlier version by Ada",
    );
    expect(name("Rename tag react to React", facts(), facts())).toBe("Tags renamed by Ada");
    expect(name("Merge tag js into javascript", facts(), facts())).toBe("Tags merged by Ada");
    expect(name("Import backup: added 3 posts.")).toBe("Brought in from a backup by Ada");
    expect(name("History starts here")).toBe("On the blog when its history began");
  });

  it("writes moments short, with the year only when it is not this year's", () => {
    expect(formatMoment(new Date("2026-12-02T09:05:00Z"), now)).toBe("2 Dec, 09:05");
    expect(formatMoment(new Date("2025-03-14T23:59:00Z"), now)).toBe("14 Mar 2025, 23:59");
  });
});

const file = (fields: string, body: string) => `---\n${fields}\n---\n\n${body}`;

describe("what a version changed", () => {
  it("marks the words added and removed inside a changed paragraph", () => {
    const blocks = bodyChanges("The quick fox jumps.", "The quick brown fox leaps.");
    expect(blocks).toEqual([
      {
        kind: "changed",
        parts: [
          { kind: "same", text: "The quick " },
          { kind: "added", text: "brown " },
          { kind: "same", text: "fox " },
          { kind: "removed", text: "jumps" },
          { kind: "added", text: "leaps" },
          { kind: "same", text: "." },
        ],
      },
    ]);
  });

  it("shows whole paragraphs added and removed, and counts unchanged ones away from changes", () => {
    const before = ["One.", "Two.", "Three.", "Four.", "Five."].join("\n\n");
    const after = ["One.", "Two.", "Three.", "Four.", "Five.", "Six."].join("\n\n");
    expect(bodyChanges(before, after)).toEqual([
      { kind: "skipped", count: 4 },
      { kind: "same", parts: [{ kind: "same", text: "Five." }] },
      { kind: "added", parts: [{ kind: "added", text: "Six." }] },
    ]);
    expect(bodyChanges("Gone.\n\nKept.", "Kept.")).toEqual([
      { kind: "removed", parts: [{ kind: "removed", text: "Gone." }] },
      { kind: "same", parts: [{ kind: "same", text: "Kept." }] },
    ]);
  });

  it("lists changed details by their labels, with readable dates and a status", () => {
    const before = file(
      "id: 3f0b6d2a-9c1e-4b7a-8d55-2e6f1c0a9b47\ntitle: Habits\ndate: 2026-11-01T08:00:00Z\ntags: [Career]\ndraft: true",
      "Text.",
    );
    const after = file(
      "id: 3f0b6d2a-9c1e-4b7a-8d55-2e6f1c0a9b47\ntitle: Review habits\ndate: 2026-12-02T10:14:00Z\ntags: [Career, Mentoring]\nauthor: ada\nupdated: 2026-12-02",
      "Text.",
    );
    const changes = versionChanges(
      { source: before, at: new Date("2026-11-01T08:00:00Z") },
      { source: after, at: new Date("2026-12-02T10:20:00Z") },
      { authorName: (id) => (id === "ada" ? "Ada Okafor" : id), now },
    );
    expect(changes.fields).toEqual([
      { key: "status", label: "Status", before: "Draft", after: "Published" },
      { key: "title", label: "Title", before: "Habits", after: "Review habits" },
      {
        key: "date",
        label: "Publication date",
        before: "1 Nov, 08:00",
        after: "2 Dec, 10:14",
        beforeAt: "2026-11-01T08:00:00.000Z",
        afterAt: "2026-12-02T10:14:00.000Z",
      },
      { key: "updated", label: "Last updated", before: "", after: "2 Dec" },
      { key: "author", label: "Author", before: "", after: "Ada Okafor" },
      { key: "tags", label: "Tags", before: "Career", after: "Career, Mentoring" },
    ]);
    expect(changes.body).toEqual([{ kind: "skipped", count: 1 }]);
  });

  it("shows a first version whole, and never the file's raw details", () => {
    const changes = versionChanges(
      undefined,
      {
        source: file("title: Hello\ndate: 2026-12-01", "First paragraph."),
        at: new Date("2026-12-01T09:00:00Z"),
      },
      { now: new Date("2027-01-02T00:00:00Z") },
    );
    expect(changes.fields.map((f) => [f.label, f.before, f.after])).toEqual([
      ["Status", "", "Published"],
      ["Title", "", "Hello"],
      ["Publication date", "", "1 Dec 2026"],
    ]);
    expect(changes.body).toEqual([
      { kind: "added", parts: [{ kind: "added", text: "First paragraph." }] },
    ]);
  });

  it("compares very long paragraphs whole instead of word by word", () => {
    const long = "word ".repeat(5_000);
    const [block] = bodyChanges(long, `${long}more`);
    expect(block).toEqual({
      kind: "changed",
      parts: [
        { kind: "removed", text: long.trim() },
        { kind: "added", text: `${long}more` },
      ],
    });
  });
});
