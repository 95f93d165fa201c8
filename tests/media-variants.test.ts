import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { svgSize } from "@/lib/media/svg-size";
import {
  candidatesFor,
  fallbackFormat,
  NO_SUCH_IMAGE,
  parseVariantRequest,
  UNKNOWN_FORMAT,
  UNKNOWN_WIDTH,
  VARIANT_FORMATS,
  VARIANT_WIDTHS,
  variantSourceOf,
  variantUrl,
  type VariantRequest,
} from "@/lib/media/variant-request";
import { BUSY, MAX_WAITING, variantFor, variantsDir } from "@/lib/media/variants";
import { createDataDir, removeDataDir } from "./support/data-dir";

/** The decode slot, held shut by a test when it needs requests to pile up. */
const gate = vi.hoisted(() => ({ shut: false, open: [] as (() => void)[], runs: 0 }));
vi.mock("@/lib/media/decode-slot", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/media/decode-slot")>();
  return {
    inDecodeSlot: async <T>(account: string, work: () => Promise<T>) => {
      if (gate.shut) await new Promise<void>((resolve) => gate.open.push(resolve));
      gate.runs++;
      return real.inDecodeSlot(account, work);
    },
  };
});

describe("which widths an image is offered in", () => {
  test("a 4,000 px photo: every fixed width, none wider than 1,920", () => {
    expect(candidatesFor(4000)).toEqual(VARIANT_WIDTHS.map((w) => ({ request: w, width: w })));
  });

  test("an 800 px image: the widths below it, then itself, never enlarged", () => {
    expect(candidatesFor(800)).toEqual([
      { request: 320, width: 320 },
      { request: 640, width: 640 },
      { request: 960, width: 800 },
    ]);
    expect(candidatesFor(100)).toEqual([{ request: 320, width: 100 }]);
    expect(candidatesFor(1280)).toEqual([
      { request: 320, width: 320 },
      { request: 640, width: 640 },
      { request: 960, width: 960 },
      { request: 1280, width: 1280 },
    ]);
    for (const intrinsic of [1, 319, 321, 959, 1919, 1920, 1921, 9000])
      for (const c of candidatesFor(intrinsic)) expect(c.width).toBeLessThanOrEqual(intrinsic);
  });

  test("addresses, and the format for browsers without AVIF or WebP", () => {
    expect(variantUrl("/media/photo.jpg", 640, "avif")).toBe("/img/640/avif/media/photo.jpg");
    expect(fallbackFormat("/media/photo.jpg")).toBe("jpeg");
    expect(fallbackFormat("/images/chart.png")).toBe("png");
    expect(variantSourceOf("/media/photo.jpg")).toEqual({ kind: "media", name: "photo.jpg" });
    expect(variantSourceOf("/images/team/photo.webp")).toEqual({
      kind: "public",
      path: "images/team/photo.webp",
    });
    // Served as they are: SVG, GIF, and anything that is not one of our images.
    for (const src of ["/images/x.svg", "/media/cat.gif", "/favicon.ico", "/media/../x.png"])
      expect(variantSourceOf(src)).toBeUndefined();
  });
});

describe("what the resizing address refuses", () => {
  test("widths outside the fixed list, in any spelling", () => {
    for (const width of ["1000", "0640", "640.0", "", "-320", "1e3", "99999999999"])
      expect(parseVariantRequest(width, "avif", ["media", "photo.jpg"])).toEqual(UNKNOWN_WIDTH);
    expect(UNKNOWN_WIDTH).toEqual({
      status: 400,
      message: "Unknown width. Images come in widths 320, 640, 960, 1280, 1920.",
    });
  });

  test("formats outside the list", () => {
    for (const format of ["gif", "tiff", "AVIF", "svg"])
      expect(parseVariantRequest("640", format, ["media", "photo.jpg"])).toEqual(UNKNOWN_FORMAT);
    expect(UNKNOWN_FORMAT).toEqual({
      status: 400,
      message: "Unknown format. Images come as avif, webp, jpeg, png.",
    });
  });

  test("anything that is not one of our raster images", () => {
    for (const source of [
      ["..", "accounts.json"],
      ["media", "..", "accounts.json"],
      ["media", "../accounts.json"],
      ["media", "Photo.JPG"],
      ["media", "cat.gif"],
      ["images", "logo.svg"],
      ["images", "..", "..", "data", "x.png"],
      ["etc", "passwd"],
      ["_next", "static", "x.png"],
      ["images", `${"a".repeat(300)}.png`],
    ])
      expect(parseVariantRequest("640", "webp", source), source.join("/")).toEqual(NO_SUCH_IMAGE);
    expect(NO_SUCH_IMAGE).toEqual({ status: 404, message: "No such image." });
    expect(parseVariantRequest("640", "webp", ["media", "photo.jpg"])).toEqual({
      width: 640,
      format: "webp",
      source: { kind: "media", name: "photo.jpg" },
    });
  });
});

describe("an SVG's size", () => {
  test("from width and height, or from the viewBox", () => {
    expect(svgSize('<svg xmlns="x" width="120" height="80px">')).toEqual({
      width: 120,
      height: 80,
    });
    expect(svgSize('<svg viewBox="0 0 1200 630">')).toEqual({ width: 1200, height: 630 });
    expect(svgSize('<svg width="600" viewBox="0 0 1200 630">')).toEqual({
      width: 600,
      height: 315,
    });
    expect(svgSize('<?xml version="1.0"?>\n<svg width="100%" viewBox="0,0,40,20">')).toEqual({
      width: 40,
      height: 20,
    });
    expect(svgSize('<svg width="100%" height="2em">')).toBeUndefined();
    expect(svgSize("<svg viewBox='0 0 0 10'>")).toBeUndefined();
    expect(svgSize("not an svg")).toBeUndefined();
  });
});

describe("making variants", () => {
  let dataDir: string;
  const request = (width: number, format: VariantRequest["format"]): VariantRequest => ({
    width,
    format,
    source: { kind: "media", name: "photo.jpg" },
  });

  beforeEach(async () => {
    dataDir = createDataDir("variants");
    fs.mkdirSync(path.join(dataDir, "media"));
    const photo = await sharp({
      create: { width: 1000, height: 750, channels: 3, background: "#4a7" },
    })
      .jpeg()
      .toBuffer();
    fs.writeFileSync(path.join(dataDir, "media", "photo.jpg"), photo);
    gate.shut = false;
    gate.runs = 0;
  });
  afterEach(() => removeDataDir(dataDir));

  test("at the width asked, never wider than the source, each made once and kept", async () => {
    const small = await variantFor(request(320, "avif"));
    if ("status" in small) throw new Error(small.message);
    expect(small.type).toBe("image/avif");
    expect((await sharp(small.bytes).metadata()).width).toBe(320);

    const wide = await Promise.all([1, 2, 3].map(() => variantFor(request(1920, "webp"))));
    for (const result of wide) {
      if ("status" in result) throw new Error(result.message);
      expect((await sharp(result.bytes).metadata()).width).toBe(1000);
    }
    // Three readers at once, one resize; a later reader gets the kept copy.
    expect(gate.runs).toBe(2);
    await variantFor(request(1920, "webp"));
    expect(gate.runs).toBe(2);
    const [folder] = fs.readdirSync(variantsDir());
    expect(fs.readdirSync(path.join(variantsDir(), folder!)).sort()).toEqual([
      expect.stringMatching(/-1920\.webp$/),
      expect.stringMatching(/-320\.avif$/),
    ]);
  });

  test(`at most ${MAX_WAITING} copies wait to be made; then readers are told to come back`, async () => {
    gate.shut = true;
    const waiting = VARIANT_WIDTHS.flatMap((w) => VARIANT_FORMATS.map((f) => request(w, f)))
      .slice(0, MAX_WAITING)
      .map((r) => variantFor(r));
    await vi.waitFor(() => expect(gate.open.length).toBe(MAX_WAITING));
    expect(await variantFor(request(1920, "png"))).toEqual(BUSY);
    expect(BUSY).toEqual({ status: 503, message: "Busy resizing images. Try again in a moment." });
    gate.shut = false;
    gate.open.splice(0).forEach((open) => open());
    for (const result of await Promise.all(waiting)) expect(result).not.toHaveProperty("status");
  });

  test("a missing source is no such image", async () => {
    expect(
      await variantFor({ width: 640, format: "webp", source: { kind: "media", name: "gone.jpg" } }),
    ).toEqual(NO_SUCH_IMAGE);
  });
});
