import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/accounts/roles";
import {
  altFromName,
  matchesMediaQuery,
  MEDIA_NAME,
  mediaNameFor,
  mediaStem,
} from "@/lib/media/names";
import { imageMarkdown } from "@/lib/media/snippet";
import { deleteMedia, listMedia, readMedia, saveUpload } from "@/lib/media/store";
import { forgetUploadCounts } from "@/lib/media/upload-rate";
import { createContentDir, removeContentDir } from "./support/content-fixture";
import { createDataDir, removeDataDir } from "./support/data-dir";

const PNG_1X1 = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);
const free = () => false;

describe("stored names are made from the upload's name", () => {
  test.each([
    ["My Diagram.PNG", "png", "my-diagram.png"],
    ["Café déjà vu.jpeg", "jpg", "cafe-deja-vu.jpg"],
    ["  --Release__Notes (final)!!.webp", "webp", "release-notes-final.webp"],
    ["ｆｕｌｌｗｉｄｔｈ.png", "png", "fullwidth.png"],
    ["screenshot.png", "avif", "screenshot.avif"],
    ["", "png", "image.png"],
    ["日本語.png", "png", "image.png"],
    [".png", "gif", "image.gif"],
  ])("%j holding a %s is stored as %s", (label, extension, expected) => {
    expect(mediaNameFor(label, extension, free)).toBe(expected);
    expect(MEDIA_NAME.test(expected)).toBe(true);
  });

  test.each([
    ["../../accounts.json.png", "accounts-json.png"],
    ["..\\..\\x.png", "x.png"],
    ["/etc/passwd.png", "etc-passwd.png"],
    ["x.png\u0000.html", "x-png.png"],
    // A right-to-left override would show "evil‮gnp.exe" as "evilexe.png".
    ["evil\u202Egnp.exe.png", "evil-gnp-exe.png"],
    // Cyrillic "а" looks like Latin "a": it cannot pass for "paypal".
    ["p\u0430yp\u0430l.png", "p-yp-l.png"],
    ["%2e%2e%2fsecret.png", "2e-2e-2fsecret.png"],
  ])("a hostile name %j becomes the plain %s", (label, expected) => {
    expect(mediaNameFor(label, "png", free)).toBe(expected);
  });

  test("a very long name is cut, and a numbered one still fits the limit", () => {
    const name = mediaNameFor(`${"long-".repeat(500)}.png`, "png", free);
    expect(name.length).toBeLessThanOrEqual(65);
    expect(MEDIA_NAME.test(name)).toBe(true);
    const taken = new Set([name]);
    const next = mediaNameFor(`${"long-".repeat(500)}.png`, "png", (n) => taken.has(n));
    expect(next).toBe(name.replace(".png", "-2.png"));
    expect(MEDIA_NAME.test(next)).toBe(true);
  });

  test("a taken name gets the next free number", () => {
    const taken = new Set(["photo.png", "photo-2.png", "photo-3.png"]);
    expect(mediaNameFor("Photo.png", "png", (n) => taken.has(n))).toBe("photo-4.png");
    // Only the same name and type collide: photo.jpg is free.
    expect(mediaNameFor("Photo.jpg", "jpg", (n) => taken.has(n))).toBe("photo.jpg");
  });

  test("names from before (24 hex digits) are still valid; nothing path-like is", () => {
    expect(MEDIA_NAME.test(`${"a1".repeat(12)}.png`)).toBe(true);
    for (const name of ["a/b.png", "../a.png", "A.png", "a..png", "-a.png", "a-.png", "a.svg"])
      expect(MEDIA_NAME.test(name), name).toBe(false);
    expect(MEDIA_NAME.test(`${"a".repeat(97)}.png`)).toBe(false);
  });

  test("mediaStem folds accents and never returns an empty stem", () => {
    expect(mediaStem("Ünïcödé Ñame.gif")).toBe("unicode-name");
    expect(mediaStem("!!!.png")).toBe("image");
  });
});

describe("searching and snippets", () => {
  test("a search matches every word of the query in the name", () => {
    expect(matchesMediaQuery("my-diagram-2.png", "My Diagram")).toBe(true);
    expect(matchesMediaQuery("my-diagram-2.png", "diagram mine")).toBe(false);
    expect(matchesMediaQuery("anything.png", "  ")).toBe(true);
  });

  test("alt text is escaped so it stays text in the post", () => {
    expect(imageMarkdown("A chart", "/media/c.png")).toBe("![A chart](/media/c.png)");
    expect(imageMarkdown("", "/media/c.png")).toBe("![](/media/c.png)");
    expect(imageMarkdown("see [1]\n<b>{x}</b> *bold*", "/media/c.png")).toBe(
      "![see \\[1\\] \\<b\\>\\{x\\}\\</b\\> \\*bold\\*](/media/c.png)",
    );
    expect(altFromName("my-diagram-2.png")).toBe("my diagram 2");
  });
});

describe("stored names in the store", () => {
  let dataDir: string;
  let contentDir: string;
  const ADA: Actor = { id: "acc-ada", role: "author", authorId: "ada" } as Actor;
  const BEN: Actor = { id: "acc-ben", role: "author", authorId: "ben" } as Actor;
  beforeAll(() => {
    dataDir = createDataDir("media-names");
    contentDir = createContentDir("media-names");
  });
  afterAll(() => {
    removeDataDir(dataDir);
    removeContentDir(contentDir);
  });
  beforeEach(() => forgetUploadCounts());

  test("two mentors uploading the same name keep two files; neither is replaced", async () => {
    const first = await saveUpload(PNG_1X1, { uploader: ADA, fileName: "Team Photo.png" });
    const before = fs.readFileSync(path.join(dataDir, "media", first.name));
    const second = await saveUpload(PNG_1X1, { uploader: BEN, fileName: "team photo.PNG" });
    expect([first.name, second.name]).toEqual(["team-photo.png", "team-photo-2.png"]);
    expect(fs.readFileSync(path.join(dataDir, "media", first.name))).toEqual(before);
    const owners = Object.fromEntries((await listMedia()).map((m) => [m.name, m.uploaderId]));
    expect(owners).toMatchObject({ "team-photo.png": ADA.id, "team-photo-2.png": BEN.id });
  });

  test("parallel uploads racing for one name each get their own", async () => {
    const saved = await Promise.all(
      [ADA, BEN, ADA, BEN].map((uploader) =>
        saveUpload(PNG_1X1, { uploader, fileName: "race.png" }),
      ),
    );
    expect(saved.map((s) => s.name).sort()).toEqual([
      "race-2.png",
      "race-3.png",
      "race-4.png",
      "race.png",
    ]);
  });

  test("a name taken by something that is not an upload (a planted link) is skipped", async () => {
    const target = path.join(dataDir, "secret.txt");
    fs.writeFileSync(target, "secret");
    fs.symlinkSync(target, path.join(dataDir, "media", "planted.png"));
    const saved = await saveUpload(PNG_1X1, { uploader: ADA, fileName: "planted.png" });
    expect(saved.name).toBe("planted-2.png");
    expect(fs.readFileSync(target, "utf8")).toBe("secret");
    expect(await readMedia("planted.png")).toBeUndefined();
  });

  test("a hostile name is stored plainly inside the media folder", async () => {
    const saved = await saveUpload(PNG_1X1, { uploader: BEN, fileName: "../../accounts.png" });
    expect(saved.name).toBe("accounts.png");
    expect(fs.existsSync(path.join(dataDir, "media", "accounts.png"))).toBe(true);
    expect(fs.existsSync(path.join(dataDir, "accounts.png"))).toBe(false);
    await deleteMedia(BEN, saved.name);
    expect(await readMedia(saved.name)).toBeUndefined();
  });

  test("a PNG named .jpg is refused, and writes nothing", async () => {
    const before = fs.readdirSync(path.join(dataDir, "media")).sort();
    await expect(saveUpload(PNG_1X1, { uploader: ADA, fileName: "photo.jpg" })).rejects.toThrow(
      /named as a JPEG image but holds a PNG image/,
    );
    expect(fs.readdirSync(path.join(dataDir, "media")).sort()).toEqual(before);
  });
});
