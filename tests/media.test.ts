import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkImage, MAX_UPLOAD_BYTES, sniffImageType } from "@/lib/media/sniff";
import { deleteMedia, listMedia, MEDIA_NAME, readMedia, saveUpload } from "@/lib/media/store";
import { createContentDir, removeContentDir } from "./support/content-fixture";
import { createDataDir, listDir, removeDataDir } from "./support/data-dir";

/** A real 1×1 PNG. */
const PNG_1X1 = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

/** A PNG signature and IHDR chunk claiming any size: image-size reads only this header. */
function pngHeader(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write("IHDR", 4, "latin1");
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr.writeUInt8(8, 16);
  ihdr.writeUInt8(6, 17);
  return Buffer.concat([Buffer.from("\x89PNG\r\n\x1a\n", "latin1"), ihdr]);
}

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))),
  );

const SAMPLES = {
  png: PNG_1X1,
  jpg: bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], "JFIF\0", [1, 1, 0, 0, 1, 0, 1, 0, 0]),
  gif: bytes("GIF89a", [1, 0, 1, 0, 0x80, 0, 0], "rest"),
  webp: bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 ", [0, 0, 0, 0]),
  avif: bytes([0, 0, 0, 0x1c], "ftypavif", [0, 0, 0, 0], "avifmif1miaf"),
};

describe("sniffImageType", () => {
  test.each(Object.entries(SAMPLES))("recognises %s from its bytes", (type, sample) => {
    expect(sniffImageType(sample)).toBe(type);
  });

  test.each([
    ["SVG", '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
    ["SVG with an XML prolog", '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'],
    ["HTML named .png", "<html><body><script>alert(document.cookie)</script></body></html>"],
    ["HEIC", "\0\0\0\x18ftypheic\0\0\0\0mif1heic"],
    ["plain text", "just some words, not a picture"],
  ])("rejects %s", (_name, text) => {
    expect(sniffImageType(Buffer.from(text, "latin1"))).toBeUndefined();
  });

  test("rejects empty and truncated input", () => {
    expect(sniffImageType(new Uint8Array())).toBeUndefined();
    expect(sniffImageType(PNG_1X1.subarray(0, 8))).toBeUndefined();
    expect(sniffImageType(SAMPLES.webp.subarray(0, 11))).toBeUndefined();
    expect(sniffImageType(Buffer.from("GIF89"))).toBeUndefined();
  });
});

describe("checkImage", () => {
  test("accepts a real image and reports its size", () => {
    expect(checkImage(PNG_1X1)).toEqual({ extension: "png", width: 1, height: 1 });
    expect(checkImage(SAMPLES.gif)).toEqual({ extension: "gif", width: 1, height: 1 });
  });

  test("refuses files over 5 MB, but not at exactly 5 MB", () => {
    const padded = (size: number) => Buffer.concat([PNG_1X1, Buffer.alloc(size - PNG_1X1.length)]);
    expect(checkImage(padded(MAX_UPLOAD_BYTES)).extension).toBe("png");
    expect(() => checkImage(padded(MAX_UPLOAD_BYTES + 1))).toThrow(/at most 5 MB/);
  });

  test("refuses images over 40 megapixels before decoding them", () => {
    expect(() => checkImage(pngHeader(10_000, 10_000))).toThrow(/40 megapixels/);
    expect(() => checkImage(pngHeader(8000, 5001))).toThrow(/40 megapixels/);
    expect(checkImage(pngHeader(8000, 5000))).toEqual({
      extension: "png",
      width: 8000,
      height: 5000,
    });
  });

  test.each([
    [
      "a PNG signature without its header",
      Buffer.concat([PNG_1X1.subarray(0, 8), Buffer.alloc(30)]),
    ],
    ["a PNG cut after 14 bytes", PNG_1X1.subarray(0, 14)],
    ["a JPEG with no frame", bytes([0xff, 0xd8, 0xff, 0xe0], Array(40).fill(0))],
    ["a GIF of 0×0 pixels", bytes("GIF89a", Array(10).fill(0))],
    ["a PNG claiming 0×0 pixels", pngHeader(0, 0)],
  ])("refuses %s as damaged", (_name, sample) => {
    expect(() => checkImage(sample)).toThrow(/damaged or incomplete/);
  });

  test("refuses empty files, SVG and HTML", () => {
    expect(() => checkImage(new Uint8Array())).toThrow(/empty/);
    expect(() => checkImage(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toThrow(
      /SVG is not accepted/,
    );
    expect(() => checkImage(Buffer.from("<html><script>alert(1)</script></html>"))).toThrow(
      /Only PNG, JPEG/,
    );
  });
});

describe("the media store", () => {
  let dataDir: string;
  let contentDir: string;

  beforeAll(() => {
    dataDir = createDataDir("media");
    contentDir = createContentDir("media");
  });
  afterAll(() => {
    removeDataDir(dataDir);
    removeContentDir(contentDir);
  });

  test("an upload is stored under a generated name and read back with its sniffed type", async () => {
    const saved = await saveUpload(PNG_1X1);
    expect(saved.name).toMatch(/^[a-f0-9]{24}\.png$/);
    expect(saved).toMatchObject({ url: `/media/${saved.name}`, width: 1, height: 1 });
    expect(fs.readFileSync(path.join(dataDir, "media", saved.name))).toEqual(PNG_1X1);
    const read = await readMedia(saved.name);
    expect(read?.type).toBe("image/png");
    expect(read?.bytes).toEqual(PNG_1X1);
    expect(listDir(path.join(dataDir, "media")).filter((n) => n.startsWith(".tmp-"))).toEqual([]);
  });

  test("two uploads of the same bytes get different names", async () => {
    const a = await saveUpload(PNG_1X1);
    const b = await saveUpload(PNG_1X1);
    expect(a.name).not.toBe(b.name);
    expect((await listMedia()).map((m) => m.name)).toEqual(
      expect.arrayContaining([a.name, b.name]),
    );
  });

  test("a refused upload writes nothing", async () => {
    const before = listDir(path.join(dataDir, "media"));
    await expect(saveUpload(Buffer.from("<svg/><!-- padding -->"))).rejects.toThrow(/SVG/);
    expect(listDir(path.join(dataDir, "media"))).toEqual(before);
  });

  test.each([
    "../accounts.json",
    "x.svg",
    "..%2faccounts.json",
    `${"a".repeat(24)}.svg`,
    `${"A".repeat(24)}.png`,
    `${"a".repeat(24)}.png/../../accounts.json`,
  ])("readMedia refuses the name %j", async (name) => {
    fs.writeFileSync(path.join(dataDir, "accounts.json"), "{}");
    expect(MEDIA_NAME.test(name)).toBe(false);
    expect(await readMedia(name)).toBeUndefined();
  });

  test("readMedia returns nothing for a well-formed name that was never stored", async () => {
    expect(await readMedia(`${"b".repeat(24)}.png`)).toBeUndefined();
  });

  test("deleting removes the file; an invalid name is refused", async () => {
    fs.writeFileSync(path.join(dataDir, "accounts.json"), "{}");
    const saved = await saveUpload(PNG_1X1);
    await deleteMedia(saved.name);
    expect(await readMedia(saved.name)).toBeUndefined();
    await expect(deleteMedia("../accounts.json")).rejects.toThrow(/No such file/);
    expect(fs.existsSync(path.join(dataDir, "accounts.json"))).toBe(true);
  });
});
