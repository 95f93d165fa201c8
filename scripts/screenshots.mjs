// `npm run screenshots [base URL]`: small screenshots of a running server (it builds nothing) into
// docs/screenshots/, for the README and reviews. Default server: http://localhost:3000.
//
// Each shot is a page, a viewport and a theme. To add signed-in pages (the editor, the review
// queue), give SHOTS an entry with `signIn: true` and set SCREENSHOT_EMAIL and SCREENSHOT_PASSWORD:
// the script then signs in once, through the real sign-in form, and reuses that session.
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const base = (process.argv[2] || process.env.SCREENSHOT_URL || "http://localhost:3000").replace(
  /\/+$/,
  "",
);
const outDir = path.join(process.cwd(), "docs", "screenshots");

const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
};
const THEMES = ["light", "dark"];

/**
 * name: the file name's start; path: the page; signIn: needs an account (see above); ready: a
 * selector to wait for before the shot, for parts that arrive after the page has loaded; scrollTo:
 * a selector scrolled to the top of the shot.
 */
const SHOTS = [
  { name: "home", path: "/" },
  { name: "post", path: "/blog/your-first-ml-model-linear-regression" },
  { name: "author", path: "/authors/ada-okafor" },
  {
    name: "editor",
    path: "/admin/posts/your-first-ml-model-linear-regression",
    signIn: true,
    // The preview arrives shortly after the page: wait for its first paragraph.
    ready: '[data-testid="preview"] p',
    // The fields come first; the shot shows where the mentor writes.
    scrollTo: '[data-testid="body-area"]',
  },
  // Shows posts only when some wait for review: submit one as a contributor first.
  { name: "review-queue", path: "/admin/review", signIn: true },
];

// Debian's chromium where installed, as playwright.config.ts picks it; CHROMIUM_PATH overrides.
const executablePath =
  process.env.CHROMIUM_PATH ||
  (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

async function signIn(browser) {
  const email = process.env.SCREENSHOT_EMAIL;
  const password = process.env.SCREENSHOT_PASSWORD;
  if (!email || !password) return undefined;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/signin`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname.startsWith("/admin"));
  const state = await context.storageState();
  await context.close();
  return state;
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
  try {
    const storageState = SHOTS.some((shot) => shot.signIn) ? await signIn(browser) : undefined;
    for (const shot of SHOTS) {
      if (shot.signIn && !storageState) {
        console.log(`skipped ${shot.name}: set SCREENSHOT_EMAIL and SCREENSHOT_PASSWORD`);
        continue;
      }
      for (const [device, viewport] of Object.entries(VIEWPORTS)) {
        for (const theme of THEMES) {
          const context = await browser.newContext({
            viewport,
            colorScheme: theme,
            deviceScaleFactor: 1,
            isMobile: device === "phone",
            hasTouch: device === "phone",
            storageState: shot.signIn ? storageState : undefined,
          });
          const page = await context.newPage();
          const response = await page.goto(base + shot.path, { waitUntil: "load" });
          if (!response?.ok()) throw new Error(`${shot.path} answered ${response?.status()}`);
          // Attached, not visible: on a phone the editor opens in Write mode, its preview hidden.
          if (shot.ready) await page.locator(shot.ready).first().waitFor({ state: "attached" });
          if (shot.scrollTo)
            await page
              .locator(shot.scrollTo)
              .first()
              .evaluate((element) => {
                element.scrollIntoView({ block: "start" });
                window.scrollBy(0, -64); // the Write / Preview / Side by side switch above it
              });
          await page.evaluate(() => document.fonts.ready);
          const file = path.join(outDir, `${shot.name}-${device}-${theme}.png`);
          // The viewport only, at 1x: each PNG stays small (about 150 KB at most).
          await page.screenshot({ path: file, type: "png" });
          console.log(
            `${path.relative(process.cwd(), file)} ${Math.round(fs.statSync(file).size / 1024)} KB`,
          );
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
