import { expect, test, type Response } from "@playwright/test";
import sharp from "sharp";
import { PHONE_PHOTO, PHONE_PHOTO_NAME } from "./support/phone-photo";
import { PHONE_PHOTO_SLUG } from "./support/test-posts";

/**
 * A phone: 390 CSS pixels wide at three device pixels each (an iPhone 14's screen). The screen is
 * set too: left at the desktop preset's 1920 px, Chromium's preload scanner sizes `100vw` from it
 * and fetches the 1920 px copy before layout corrects it, which no real phone does.
 */
const PHONE = {
  viewport: { width: 390, height: 844 },
  screen: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
};

test.describe("images that fit a phone's screen", () => {
  test.use(PHONE);

  test("a 4,000 px photo is fetched at no more than its display size, first and at once", async ({
    page,
  }) => {
    const photoResponses: Response[] = [];
    page.on("response", (response) => {
      if (response.url().includes(PHONE_PHOTO_NAME)) photoResponses.push(response);
    });
    await page.goto(`/blog/${PHONE_PHOTO_SLUG}`);
    const photo = page.getByRole("img", { name: "The valley at dawn" });
    await expect
      .poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);

    // Width and height from the file, so the page keeps its place while the photo loads.
    await expect(photo).toHaveAttribute("width", String(PHONE_PHOTO.width));
    await expect(photo).toHaveAttribute("height", String(PHONE_PHOTO.height));
    await expect(photo).toHaveAttribute(
      "srcset",
      /\/img\/320\/jpeg\/media\/e2e-phone-photo\.jpg 320w/,
    );
    await expect(photo).toHaveAttribute("sizes", /calc\(100vw - 2\.5rem\)/);
    // The post's first image is its largest paint: fetched at once, with high priority.
    await expect(photo).toHaveAttribute("loading", "eager");
    await expect(photo).toHaveAttribute("fetchpriority", "high");

    // One copy, no wider than the photo is shown in device pixels, and never the original.
    const shown = await photo.evaluate((img: HTMLImageElement) => ({
      device: img.getBoundingClientRect().width * window.devicePixelRatio,
      current: img.currentSrc,
    }));
    const [width, format] = /\/img\/(\d+)\/(\w+)\//.exec(shown.current)!.slice(1);
    expect(Number(width)).toBeLessThanOrEqual(shown.device);
    expect(format).toBe("avif");
    expect(photoResponses.map((r) => new URL(r.url()).pathname)).toEqual([
      new URL(shown.current).pathname,
    ]);
    const bytes = (await photoResponses[0]!.body()).length;
    const decoded = await sharp(await photoResponses[0]!.body()).metadata();
    expect(decoded.width).toBe(Number(width));
    // The original is about 2.7 MB; a phone-sized AVIF is a few dozen KB.
    expect(bytes).toBeLessThan(300_000);
    const original = (await (await page.request.get(`/media/${PHONE_PHOTO_NAME}`)).body()).length;
    // The figures in docs/PERFORMANCE.md ("Images on a phone").
    console.log(
      `[phone photo] shown ${Math.round(shown.device)} device px wide; downloaded ${bytes} bytes ` +
        `(${width} px ${format}); the original is ${original} bytes`,
    );
  });

  test("images further down wait until the reader nears them", async ({ page }) => {
    await page.goto(`/blog/${PHONE_PHOTO_SLUG}`);
    const later = page.getByRole("img", { name: "The way down" });
    await expect(later).toHaveAttribute("loading", "lazy");
    await expect(later).not.toHaveAttribute("fetchpriority", "high");
    await expect(later).toHaveAttribute("width", "1600");
    await expect(later).toHaveAttribute("height", "1200");
    await later.scrollIntoViewIfNeeded();
    await expect
      .poll(() => later.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
  });

  test("a post's thumbnail comes first, and an SVG keeps its own size", async ({ page }) => {
    await page.goto("/blog/code-review-habits-that-teach");
    const thumbnail = page.getByRole("img", { name: /A code diff with added and removed lines/ });
    await expect(thumbnail).toHaveAttribute("src", "/images/code-review-habits.svg");
    await expect(thumbnail).toHaveAttribute("width", /^\d+$/);
    await expect(thumbnail).toHaveAttribute("height", /^\d+$/);
    await expect(thumbnail).toHaveAttribute("fetchpriority", "high");
    await expect(thumbnail).not.toHaveAttribute("srcset", /./);
  });
});

test.describe("the resizing address refuses what it does not make", () => {
  test("only the fixed widths and formats, only the site's own images, never enlarged", async ({
    request,
  }) => {
    const odd = await request.get(`/img/1000/avif/media/${PHONE_PHOTO_NAME}`);
    expect(odd.status()).toBe(400);
    expect(await odd.text()).toBe(
      "Unknown width. Images come in widths 320, 640, 960, 1280, 1920.",
    );
    const format = await request.get(`/img/640/tiff/media/${PHONE_PHOTO_NAME}`);
    expect(format.status()).toBe(400);
    expect(await format.text()).toBe("Unknown format. Images come as avif, webp, jpeg, png.");
    for (const path of [
      "/img/640/webp/media/..%2F..%2Faccounts.json",
      "/img/640/webp/etc/passwd",
      "/img/640/webp/media/missing-photo.jpg",
      "/img/640/webp/images/code-review-habits.svg",
    ]) {
      const refused = await request.get(path);
      expect(refused.status(), path).toBe(404);
    }
    // The second photo is 1,600 px wide: asked for at 1,920 it comes at its own width.
    const widest = await request.get("/img/1920/webp/media/e2e-second-photo.jpg");
    expect(widest.status()).toBe(200);
    expect(widest.headers()["content-type"]).toBe("image/webp");
    expect((await sharp(await widest.body()).metadata()).width).toBe(1600);
  });
});
