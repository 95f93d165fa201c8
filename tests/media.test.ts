import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import type { Actor, Role } from "@/lib/accounts/roles";
import { mediaQuotaBytes, overQuotaMessage } from "@/lib/media/quota";
import { checkImage, MAX_UPLOAD_BYTES, sniffImageType } from "@/lib/media/sniff";
import {
  deleteMedia,
  listMedia,
  mayDeleteMedia,
  MEDIA_NAME,
  quotaOf,
  readMedia,
  saveUpload,
} from "@/lib/media/store";
import { inDecodeSlot } from "@/lib/media/decode-slot";
import {
  countUpload,
  forgetUploadCounts,
  MAX_UPLOADS_PER_MINUTE,
  TOO_MANY_UPLOADS,
} from "@/lib/media/upload-rate";
import { mediaPageFor } from "@/lib/media/visibility";
import {
  createContentDir,
  removeContentDir,
  writeAuthor,
  writePost,
} from "./support/content-fixture";
import { createDataDir, listDir, removeDataDir } from "./support/data-dir";
import { AVIF_40MP } from "./support/media-samples";

/** Every decoding of an upload, counted: the real one runs, and we see how many run at once. */
const decoding = vi.hoisted(() => ({ calls: 0, running: 0, most: 0 }));
vi.mock("@/lib/media/strip-metadata", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/media/strip-metadata")>();
  return {
    ...real,
    stripMetadata: async (...args: Parameters<typeof real.stripMetadata>) => {
      decoding.calls++;
      decoding.most = Math.max(decoding.most, ++decoding.running);
      try {
        return await real.stripMetadata(...args);
      } finally {
        decoding.running--;
      }
    },
  };
});

// Every test starts with no uploads counted against the per-minute rate.
beforeEach(() => forgetUploadCounts());

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

  test("an upload is stored under a name the server makes and read back with its sniffed type", async () => {
    const saved = await saveUpload(PNG_1X1, { uploader: OWNER });
    // No file name sent: a plain "image" name, with a number when taken.
    expect(saved.name).toMatch(/^image(-[0-9]+)?\.png$/);
    expect(saved).toMatchObject({ url: `/media/${saved.name}`, width: 1, height: 1 });
    const stored = fs.readFileSync(path.join(dataDir, "media", saved.name));
    expect(checkImage(stored)).toEqual({ extension: "png", width: 1, height: 1 });
    const read = await readMedia(saved.name);
    expect(read?.type).toBe("image/png");
    expect(read?.bytes).toEqual(stored);
    expect(listDir(path.join(dataDir, "media")).filter((n) => n.startsWith(".tmp-"))).toEqual([]);
  });

  test("two uploads of the same bytes get different names", async () => {
    const a = await saveUpload(PNG_1X1, { uploader: OWNER });
    const b = await saveUpload(PNG_1X1, { uploader: OWNER });
    expect(a.name).not.toBe(b.name);
    expect((await listMedia()).map((m) => m.name)).toEqual(
      expect.arrayContaining([a.name, b.name]),
    );
  });

  test("a refused upload writes nothing", async () => {
    const before = listDir(path.join(dataDir, "media"));
    await expect(
      saveUpload(Buffer.from("<svg/><!-- padding -->"), { uploader: OWNER }),
    ).rejects.toThrow(/SVG/);
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
    const saved = await saveUpload(PNG_1X1, { uploader: OWNER });
    await deleteMedia(OWNER, saved.name);
    expect(await readMedia(saved.name)).toBeUndefined();
    await expect(deleteMedia(OWNER, "../accounts.json")).rejects.toThrow(/No such file/);
    expect(fs.existsSync(path.join(dataDir, "accounts.json"))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Review findings: metadata, quota, deletion by mentors, and what the Media page shows each role.

const MB = 1024 * 1024;
const account = (id: string, role: Role, authorId = id): Actor => ({ id, role, authorId });
const OWNER = account("00000000-0000-4000-8000-000000000001", "owner", "olive-owner");
const EDITOR = account("00000000-0000-4000-8000-000000000002", "editor", "eddie-editor");
const CARA = account("00000000-0000-4000-8000-000000000003", "contributor", "cara");
const DAN = account("00000000-0000-4000-8000-000000000004", "author", "dan");

/** A big-endian TIFF/EXIF block: a description, an orientation, and a GPS position. */
function exifSegment(description: string): Buffer {
  const entry = (tag: number, type: number, count: number, value: Buffer) => {
    const out = Buffer.alloc(12);
    out.writeUInt16BE(tag, 0);
    out.writeUInt16BE(type, 2);
    out.writeUInt32BE(count, 4);
    value.copy(out, 8);
    return out;
  };
  const long = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n);
    return b;
  };
  const short = (n: number) => Buffer.from([n >> 8, n & 0xff, 0, 0]);
  const rationals = (...values: number[]) =>
    Buffer.concat(values.flatMap((v) => [long(v), long(1)]));
  const text = Buffer.from(`${description}\0`, "latin1");
  // Layout: header (8), IFD0 (2 + 3×12 + 4 = 42), GPS IFD (2 + 4×12 + 4 = 54), then the data.
  const ifd0At = 8;
  const gpsAt = ifd0At + 42;
  const textAt = gpsAt + 54;
  const latAt = textAt + text.length;
  const lonAt = latAt + 24;
  const tiff = Buffer.concat([
    Buffer.from("MM\0\x2a", "latin1"),
    long(ifd0At),
    Buffer.from([0, 3]),
    entry(0x010e, 2, text.length, long(textAt)),
    entry(0x0112, 3, 1, short(6)),
    entry(0x8825, 4, 1, long(gpsAt)),
    long(0),
    Buffer.from([0, 4]),
    entry(0x0001, 2, 2, Buffer.from("N\0\0\0", "latin1")),
    entry(0x0002, 5, 3, long(latAt)),
    entry(0x0003, 2, 2, Buffer.from("W\0\0\0", "latin1")),
    entry(0x0004, 5, 3, long(lonAt)),
    long(0),
    text,
    rationals(51, 30, 26),
    rationals(0, 7, 39),
  ]);
  const body = Buffer.concat([Buffer.from("Exif\0\0", "latin1"), tiff]);
  const header = Buffer.from([0xff, 0xe1, 0, 0]);
  header.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([header, body]);
}

function jpegComment(text: string): Buffer {
  const body = Buffer.from(text, "latin1");
  const header = Buffer.from([0xff, 0xfe, 0, 0]);
  header.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([header, body]);
}

const XMP =
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
  '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="SECRET-XMP-CREATOR"/>' +
  "</rdf:RDF></x:xmpmeta>";

/** The GPS latitude 51/1 30/1 26/1 as stored: found anywhere, a position leaked. */
const GPS_BYTES = Buffer.from([0, 0, 0, 51, 0, 0, 0, 1, 0, 0, 0, 30, 0, 0, 0, 1]);

const solid = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 90 } } });

/** A 64×32 photo as a phone makes it: EXIF with GPS, a comment, XMP, and an orientation of 6. */
async function phonePhoto(): Promise<Buffer> {
  const plain = await solid(64, 32).jpeg().withXmp(XMP).toBuffer();
  return Buffer.concat([
    plain.subarray(0, 2),
    exifSegment("SECRET-EXIF-DESCRIPTION"),
    jpegComment("SECRET-JPEG-COMMENT"),
    plain.subarray(2),
  ]);
}

/** Random pixels: PNG cannot compress them, so the stored size is known in advance. */
const noisePng = (width: number, height: number) =>
  sharp(crypto.randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();

/** Frames of different colours, so no encoder merges them. */
function frames(width: number, height: number, count: number) {
  const raw = Buffer.alloc(width * height * count * 3);
  for (let f = 0; f < count; f++) {
    const frame = raw.subarray(f * width * height * 3, (f + 1) * width * height * 3);
    for (let i = 0; i < frame.length; i += 3) {
      frame[i] = (f * 67) % 256;
      frame[i + 1] = (f * 131) % 256;
      frame[i + 2] = (f * 29) % 256;
    }
  }
  return sharp(raw, { raw: { width, height: height * count, channels: 3, pageHeight: height } });
}

const LEAKS = [
  "SECRET-EXIF-DESCRIPTION",
  "SECRET-JPEG-COMMENT",
  "SECRET-XMP-CREATOR",
  "SECRET-TRAILER",
  "Exif\0\0",
  "http://ns.adobe.com/xap",
  "SpyCam",
];

function expectNoMetadataBytes(stored: Buffer) {
  for (const leak of LEAKS) expect(stored.includes(Buffer.from(leak, "latin1")), leak).toBe(false);
  expect(stored.includes(GPS_BYTES), "GPS latitude").toBe(false);
}

describe("uploads are stored without their metadata", () => {
  let dataDir: string;
  let contentDir: string;
  beforeAll(() => {
    dataDir = createDataDir("media-strip");
    contentDir = createContentDir("media-strip");
  });
  afterAll(() => {
    removeDataDir(dataDir);
    removeContentDir(contentDir);
  });

  const stored = (name: string) => fs.readFileSync(path.join(dataDir, "media", name));

  test("a phone JPEG loses its EXIF, GPS position, XMP and comment, and is turned upright", async () => {
    const photo = await phonePhoto();
    const before = await sharp(photo).metadata();
    // The attack as built: sharp itself reads the GPS, the comment and the orientation.
    expect(before.orientation).toBe(6);
    expect(before.exif?.includes(Buffer.from("SECRET-EXIF-DESCRIPTION"))).toBe(true);
    expect(before.exif?.includes(GPS_BYTES)).toBe(true);
    expect(before.xmpAsString).toContain("SECRET-XMP-CREATOR");
    expect(photo.includes(Buffer.from("SECRET-JPEG-COMMENT"))).toBe(true);

    const saved = await saveUpload(photo, { uploader: CARA, fileName: "IMG_0001.JPG" });
    expect(saved.name).toMatch(/^img-0001(-[0-9]+)?\.jpg$/);
    // Orientation 6 is a quarter turn: the stored image is upright, 32 wide and 64 high.
    expect(saved).toMatchObject({ width: 32, height: 64 });
    const after = await sharp(stored(saved.name)).metadata();
    expect(after).toMatchObject({ format: "jpeg", width: 32, height: 64 });
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.iptc).toBeUndefined();
    expect(after.comments).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expectNoMetadataBytes(stored(saved.name));
    expect((await readMedia(saved.name))?.bytes.equals(stored(saved.name))).toBe(true);
  });

  test("a PNG loses its eXIf and XMP chunks and anything after its end", async () => {
    const png = await solid(8, 8)
      .png()
      .withExif({ IFD0: { Make: "SpyCam", ImageDescription: "SECRET-EXIF-DESCRIPTION" } })
      .withXmp(XMP)
      .toBuffer();
    const withTrailer = Buffer.concat([png, Buffer.from("SECRET-TRAILER")]);
    expect((await sharp(withTrailer).metadata()).exif).toBeDefined();
    const saved = await saveUpload(withTrailer, { uploader: CARA });
    const after = await sharp(stored(saved.name)).metadata();
    expect(after).toMatchObject({ format: "png", width: 8, height: 8 });
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expectNoMetadataBytes(stored(saved.name));
  });

  test("an animated WebP keeps its frames and timing, and loses its EXIF and XMP", async () => {
    const webp = await frames(20, 10, 3)
      .webp({ loop: 0, delay: [100, 200, 300] })
      .withExif({ IFD0: { Make: "SpyCam" } })
      .withXmp(XMP)
      .toBuffer();
    expect((await sharp(webp).metadata()).exif).toBeDefined();
    const saved = await saveUpload(webp, { uploader: CARA, fileName: "loop.webp" });
    expect(saved).toMatchObject({ width: 20, height: 10 });
    const after = await sharp(stored(saved.name), { animated: true }).metadata();
    expect(after).toMatchObject({
      format: "webp",
      pages: 3,
      pageHeight: 10,
      delay: [100, 200, 300],
    });
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expectNoMetadataBytes(stored(saved.name));
  });

  test("an animated GIF keeps its frames; bytes after its end are dropped", async () => {
    const gif = await frames(12, 12, 4)
      .gif({ loop: 0, delay: [50, 50, 50, 50] })
      .toBuffer();
    const saved = await saveUpload(Buffer.concat([gif, Buffer.from("SECRET-TRAILER")]), {
      uploader: CARA,
    });
    const after = await sharp(stored(saved.name), { animated: true }).metadata();
    expect(after).toMatchObject({ format: "gif", pages: 4, pageHeight: 12 });
    expectNoMetadataBytes(stored(saved.name));
  });

  test("the ICC colour profile is kept", async () => {
    const p3 = await solid(8, 8)
      .jpeg()
      .withIccProfile("p3")
      .withExif({ IFD0: { Make: "SpyCam" } })
      .toBuffer();
    const iccBefore = (await sharp(p3).metadata()).icc;
    expect(iccBefore).toBeDefined();
    const saved = await saveUpload(p3, { uploader: CARA });
    const after = await sharp(stored(saved.name)).metadata();
    expect(after.icc?.equals(iccBefore!)).toBe(true);
    expect(after.exif).toBeUndefined();
  });

  test("an AVIF loses its EXIF too", async () => {
    const avif = await solid(16, 16)
      .avif({ effort: 0 })
      .withExif({ IFD0: { Make: "SpyCam" } })
      .toBuffer();
    expect((await sharp(avif).metadata()).exif).toBeDefined();
    const saved = await saveUpload(avif, { uploader: CARA });
    expect(saved.name).toMatch(/\.avif$/);
    expect((await sharp(stored(saved.name)).metadata()).exif).toBeUndefined();
    expectNoMetadataBytes(stored(saved.name));
  });

  test("an animation over 40 megapixels in all its frames is refused; the header alone passed", async () => {
    const bomb = await frames(1000, 1000, 41).webp({ effort: 0, quality: 1 }).toBuffer();
    expect(checkImage(bomb).width).toBe(1000);
    const before = listDir(path.join(dataDir, "media"));
    await expect(saveUpload(bomb, { uploader: CARA })).rejects.toThrow(
      "Animated images may have at most 40 megapixels in all their frames together.",
    );
    expect(listDir(path.join(dataDir, "media"))).toEqual(before);
  });

  test("a file whose header is fine but whose pixels are not is refused as damaged", async () => {
    const photo = await solid(64, 64).jpeg().toBuffer();
    const cut = photo.subarray(0, 200);
    expect(checkImage(cut).extension).toBe("jpg");
    await expect(saveUpload(cut, { uploader: CARA })).rejects.toThrow(
      "This image file is damaged or incomplete.",
    );
  });
});

describe("each account has an upload quota", () => {
  let dataDir: string;
  let contentDir: string;
  beforeEach(() => {
    dataDir = createDataDir("media-quota");
    contentDir = createContentDir("media-quota");
    process.env.MEDIA_QUOTA_MB = "1";
  });
  afterEach(() => {
    delete process.env.MEDIA_QUOTA_MB;
    removeDataDir(dataDir);
    removeContentDir(contentDir);
  });

  test("the message says how much is used, in plain words", () => {
    expect(overQuotaMessage(200 * MB, 198.5 * MB)).toBe(
      "This upload would take you over your 200 MB of images (you have used 198.5 MB). Delete images you no longer use, or ask an administrator.",
    );
  });

  test("MEDIA_QUOTA_MB sets the quota; unset or invalid, it is 200 MB", () => {
    expect(mediaQuotaBytes()).toBe(1 * MB);
    process.env.MEDIA_QUOTA_MB = "2.5";
    expect(mediaQuotaBytes()).toBe(2.5 * MB);
    delete process.env.MEDIA_QUOTA_MB;
    expect(mediaQuotaBytes()).toBe(200 * MB);
    process.env.MEDIA_QUOTA_MB = "lots";
    expect(mediaQuotaBytes()).toBe(200 * MB);
  });

  test("uploads stop at the quota, counted per account; deleting makes room again", async () => {
    const image = await noisePng(300, 300); // about 270 KB, stored about the same
    const first = await saveUpload(image, { uploader: CARA });
    await saveUpload(await noisePng(300, 300), { uploader: CARA });
    await saveUpload(await noisePng(300, 300), { uploader: CARA });
    const used = (await quotaOf(CARA.id)).used;
    expect(used).toBeGreaterThan(0.75 * MB);
    const before = listDir(path.join(dataDir, "media"));
    const decoded = decoding.calls;
    await expect(saveUpload(await noisePng(300, 300), { uploader: CARA })).rejects.toThrow(
      `This upload would take you over your 1 MB of images (you have used ${(Math.floor((used / MB) * 10) / 10).toFixed(1)} MB). Delete images you no longer use, or ask an administrator.`,
    );
    expect(listDir(path.join(dataDir, "media"))).toEqual(before);
    // The file as sent could not fit: it was refused without being decoded.
    expect(decoding.calls).toBe(decoded);
    // Another mentor's uploads count against their own quota.
    await saveUpload(await noisePng(300, 300), { uploader: DAN });
    // Cara deletes one of hers (unused) and has room again.
    await deleteMedia(CARA, first.name);
    await saveUpload(await noisePng(300, 300), { uploader: CARA });
  });

  test("uploads sent at the same moment cannot both take the last room", async () => {
    const images = await Promise.all([1, 2, 3, 4, 5].map(() => noisePng(300, 300)));
    const results = await Promise.allSettled(
      images.map((image) => saveUpload(image, { uploader: CARA })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    for (const result of results.filter((r) => r.status === "rejected"))
      expect(String(result.reason)).toMatch(/over your 1 MB of images/);
    expect((await quotaOf(CARA.id)).used).toBeLessThanOrEqual(1 * MB);
  });

  test("a quota of 0 stops every upload", async () => {
    process.env.MEDIA_QUOTA_MB = "0";
    await expect(saveUpload(PNG_1X1, { uploader: OWNER })).rejects.toThrow(
      /^This upload would take you over your 0 MB of images \(you have used 0\.0 MB\)/,
    );
  });

  test("who uploaded what is kept in the data folder, written atomically", async () => {
    const saved = await saveUpload(PNG_1X1, { uploader: CARA });
    const index = JSON.parse(fs.readFileSync(path.join(dataDir, "media-index.json"), "utf8"));
    expect(index).toEqual({
      version: 1,
      uploads: {
        [saved.name]: {
          accountId: CARA.id,
          bytes: fs.statSync(path.join(dataDir, "media", saved.name)).size,
          uploadedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        },
      },
    });
    expect(listDir(dataDir).filter((name) => name.startsWith(".tmp-"))).toEqual([]);
    // The last deletion removes the index rather than leaving an empty one.
    await deleteMedia(CARA, saved.name);
    expect(fs.existsSync(path.join(dataDir, "media-index.json"))).toBe(false);
  });
});

// Review, second round (finding 4): 1 KB AVIFs of 40 megapixels were decoded before the quota
// was checked, and several at once, so a mentor could burn seconds of CPU per request.
describe("an upload's cost is bounded before it is decoded", () => {
  let dataDir: string;
  let contentDir: string;
  beforeEach(() => {
    dataDir = createDataDir("media-cost");
    contentDir = createContentDir("media-cost");
  });
  afterEach(() => {
    delete process.env.MEDIA_QUOTA_MB;
    removeDataDir(dataDir);
    removeContentDir(contentDir);
  });

  test("four 1 KB AVIFs of 40 megapixels sent at once over the quota are refused undecoded, in little CPU", async () => {
    process.env.MEDIA_QUOTA_MB = "0";
    expect(checkImage(AVIF_40MP)).toEqual({ extension: "avif", width: 6000, height: 6600 });
    const decoded = decoding.calls;
    const cpu = process.cpuUsage();
    const results = await Promise.allSettled(
      [1, 2, 3, 4].map(() => saveUpload(AVIF_40MP, { uploader: CARA, fileName: "a.avif" })),
    );
    const used = process.cpuUsage(cpu);
    for (const result of results)
      expect(result.status === "rejected" && (result.reason as Error).message).toBe(
        "This upload would take you over your 0 MB of images (you have used 0.0 MB). Delete images you no longer use, or ask an administrator.",
      );
    expect(decoding.calls).toBe(decoded);
    // Decoding one of them takes seconds; refusing all four, a few milliseconds each.
    expect((used.user + used.system) / 1000).toBeLessThan(500);
    expect(listDir(path.join(dataDir, "media"))).toEqual([]);
  });

  test("uploads sent at once are decoded one at a time, whoever sends them", async () => {
    const images = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        solid(40 + n, 40)
          .png()
          .toBuffer(),
      ),
    );
    decoding.most = 0;
    const saved = await Promise.all(
      images.map((image, i) => saveUpload(image, { uploader: i % 2 ? CARA : DAN })),
    );
    expect(saved.map((s) => s.width)).toEqual([41, 42, 43, 44]);
    expect(decoding.most).toBe(1);
  });

  test("waiting uploads take turns by account: one mentor's many images delay another's by one", async () => {
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = inDecodeSlot("cara", async () => {
      order.push("cara 1");
      await held;
    });
    const rest = [
      ...["cara 2", "cara 3", "cara 4"].map((label) =>
        inDecodeSlot("cara", async () => void order.push(label)),
      ),
      inDecodeSlot("dan", async () => void order.push("dan 1")),
    ];
    await Promise.resolve();
    expect(order).toEqual(["cara 1"]);
    release();
    await Promise.all([first, ...rest]);
    expect(order).toEqual(["cara 1", "dan 1", "cara 2", "cara 3", "cara 4"]);
  });

  test("a failed decoding frees the slot for the next upload", async () => {
    await expect(
      inDecodeSlot("cara", async () => {
        throw new Error("broken");
      }),
    ).rejects.toThrow("broken");
    await expect(inDecodeSlot("dan", async () => "next")).resolves.toBe("next");
  });

  test(`an account may send ${MAX_UPLOADS_PER_MINUTE} images a minute to be decoded; the next is refused in plain words`, async () => {
    for (let i = 0; i < MAX_UPLOADS_PER_MINUTE; i++) await saveUpload(PNG_1X1, { uploader: CARA });
    // Refusals that need no decoding do not count.
    await expect(saveUpload(Buffer.from("<svg/>"), { uploader: DAN })).rejects.toThrow(
      /SVG is not accepted/,
    );
    const decoded = decoding.calls;
    await expect(saveUpload(PNG_1X1, { uploader: CARA })).rejects.toThrow(TOO_MANY_UPLOADS);
    expect(TOO_MANY_UPLOADS).toBe(
      "You have uploaded 20 images in the last minute. Wait a minute, then upload the next one.",
    );
    expect(decoding.calls).toBe(decoded);
    // Another mentor is not affected.
    await expect(saveUpload(PNG_1X1, { uploader: DAN })).resolves.toBeDefined();
  });

  test("the rate counts the last minute only", () => {
    const t0 = Date.parse("2026-12-02T09:00:00Z");
    for (let i = 0; i < MAX_UPLOADS_PER_MINUTE; i++) countUpload("eve", t0 + i);
    expect(() => countUpload("eve", t0 + 59_999)).toThrow(TOO_MANY_UPLOADS);
    expect(() => countUpload("eve", t0 + 60_000)).not.toThrow();
    expect(() => countUpload("eve", t0 + 60_000)).toThrow(TOO_MANY_UPLOADS);
  });
});

describe("deleting uploads, and what the Media page shows each role", () => {
  let dataDir: string;
  let contentDir: string;
  let cara: { used: string; free: string; inOthersDraft: string };
  let dan: { free: string };
  /** Uploaded before uploads were recorded: no one's. */
  const legacy = `${"e".repeat(24)}.png`;

  beforeEach(async () => {
    dataDir = createDataDir("media-delete");
    contentDir = createContentDir("media-delete");
    fs.mkdirSync(path.join(dataDir, "media"), { recursive: true });
    fs.writeFileSync(path.join(dataDir, "media", legacy), PNG_1X1);
    fs.writeFileSync(
      path.join(dataDir, "accounts.json"),
      JSON.stringify({
        version: 1,
        accounts: [CARA, DAN].map((a, i) => ({
          ...a,
          email: `${a.authorId}@example.com`,
          name: ["Cara Contributor", "Dan Author"][i],
          passwordHash: "",
          active: true,
          createdAt: "2024-01-01T00:00:00.000Z",
          sessions: [],
        })),
      }),
    );
    const up = async (who: Actor) => (await saveUpload(PNG_1X1, { uploader: who })).name;
    cara = { used: await up(CARA), free: await up(CARA), inOthersDraft: await up(CARA) };
    dan = { free: await up(DAN) };
    writeAuthor(contentDir, "cara", { name: "Cara Contributor" });
    writeAuthor(contentDir, "dan", { name: "Dan Author" });
    writePost(
      contentDir,
      "cara-draft",
      { title: "Cara's draft", date: "2024-01-01", author: "cara", draft: true },
      `![x](/media/${cara.used})\n`,
    );
    writePost(
      contentDir,
      "dan-embargoed-launch",
      { title: "Secret", date: "2024-01-01", author: "dan", draft: true },
      `![x](/media/${cara.inOthersDraft})\n`,
    );
    writePost(contentDir, "dan-published", {
      title: "Public",
      date: "2024-01-01",
      author: "dan",
      thumbnail: `/media/${cara.inOthersDraft}`,
    });
  });
  afterEach(() => {
    removeDataDir(dataDir);
    removeContentDir(contentDir);
  });

  const exists = (name: string) => fs.existsSync(path.join(dataDir, "media", name));

  test("a contributor deletes her own unused upload", async () => {
    await deleteMedia(CARA, cara.free);
    expect(exists(cara.free)).toBe(false);
    const index = JSON.parse(fs.readFileSync(path.join(dataDir, "media-index.json"), "utf8"));
    expect(Object.keys(index.uploads)).not.toContain(cara.free);
  });

  test("a contributor cannot delete another mentor's upload or one without a record", async () => {
    for (const name of [dan.free, legacy]) {
      expect(await mayDeleteMedia(CARA, name)).toBe(false);
      await expect(deleteMedia(CARA, name)).rejects.toThrow(
        "You can delete only images you uploaded.",
      );
      expect(exists(name)).toBe(true);
    }
  });

  test("a used upload is refused, naming only the posts this mentor may see", async () => {
    await expect(deleteMedia(CARA, cara.used)).rejects.toThrow(
      "This image is still used by “Cara's draft”. Remove it there first, then delete it.",
    );
    await expect(deleteMedia(CARA, cara.inOthersDraft)).rejects.toThrow(
      "This image is still used by “Public” and 1 post you cannot see. Remove it there first, then delete it.",
    );
    await expect(deleteMedia(EDITOR, cara.inOthersDraft)).rejects.toThrow(
      "This image is still used by “Secret” and “Public”. Remove it there first, then delete it.",
    );
    expect(exists(cara.used) && exists(cara.inOthersDraft)).toBe(true);
  });

  test("an upload used as an author's avatar is refused too", async () => {
    writeAuthor(contentDir, "dan", { name: "Dan Author", avatar: `/media/${dan.free}` });
    await expect(deleteMedia(DAN, dan.free)).rejects.toThrow(
      "This image is still used by the profile of Dan Author. Remove it there first, then delete it.",
    );
  });

  test("editors delete any unused upload, recorded or not", async () => {
    expect(await mayDeleteMedia(EDITOR, legacy)).toBe(true);
    await deleteMedia(EDITOR, legacy);
    await deleteMedia(EDITOR, dan.free);
    expect(exists(legacy) || exists(dan.free)).toBe(false);
  });

  test("contributors and authors see only their own uploads, and only posts open to them", async () => {
    const page = await mediaPageFor(CARA);
    expect(page.items.map((item) => item.name).sort()).toEqual(
      [cara.used, cara.free, cara.inOthersDraft].sort(),
    );
    const text = Object.fromEntries(page.items.map((item) => [item.name, item.usageText]));
    expect(text).toEqual({
      [cara.used]: "Used by “Cara's draft”",
      [cara.free]: "Not used",
      [cara.inOthersDraft]: "Used by “Public” and 1 post you cannot see",
    });
    expect(page.items.every((item) => item.uploader === undefined)).toBe(true);
    expect(JSON.stringify(page)).not.toContain("dan-embargoed-launch");
    expect(JSON.stringify(page)).not.toContain("Secret");
    expect(page.quotaText).toMatch(/^You have used 0\.0 MB of your 200 MB for images\.$/);

    const danPage = await mediaPageFor(DAN);
    expect(danPage.items.map((item) => item.name)).toEqual([dan.free]);
    expect(JSON.stringify(danPage)).not.toContain(cara.used);
  });

  test("editors see every upload, who uploaded it, and every post using it", async () => {
    const page = await mediaPageFor(EDITOR);
    expect(page.items.map((item) => item.name).sort()).toEqual(
      [cara.used, cara.free, cara.inOthersDraft, dan.free, legacy].sort(),
    );
    const byName = Object.fromEntries(page.items.map((item) => [item.name, item]));
    expect(byName[cara.inOthersDraft]).toMatchObject({
      uploader: "Cara Contributor",
      usageText: "Used by “Secret” and “Public”",
    });
    expect(byName[dan.free]!.uploader).toBe("Dan Author");
    expect(byName[legacy]!.uploader).toBe("");
  });
});
