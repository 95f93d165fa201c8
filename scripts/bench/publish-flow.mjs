// Drives the admin in Chromium: creates the owner, then publishes posts and times how long each
// takes to appear on its public page and on the home page, read from the app or through a proxy.
import { chromium } from "@playwright/test";
import fs from "node:fs";

const executablePath =
  process.env.CHROMIUM_PATH ||
  (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

async function until(check, timeoutMs = 10_000) {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (await check()) return performance.now() - started;
    await new Promise((r) => setTimeout(r, 20));
  }
  return Number.NaN;
}

/** Creates the owner account on a fresh blog and returns a signed-in admin session. */
export async function openAdmin(base) {
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  const page = await browser.newPage();
  await page.goto(`${base}/setup`);
  await page.getByLabel("Your name").fill("Bench Owner");
  await page.getByLabel("Email").fill("bench@example.com");
  await page.getByLabel("Password", { exact: true }).fill("bench-password-123");
  await page.getByLabel("Confirm password").fill("bench-password-123");
  await page.getByRole("button", { name: "Create owner account" }).click();
  await page.waitForURL(`${base}/admin`);
  const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

  /** Saves a draft, clicks "Publish now" and polls `readBase` until readers see the title. */
  async function publish(readBase) {
    await page.goto(`${base}/admin/posts/new`);
    const title = `Benchmark publish ${Date.now()}`;
    await page.getByLabel("Title", { exact: true }).fill(title);
    await page.locator(".cm-content").click();
    await page.keyboard.type("A post published by the benchmark.");
    await page.getByRole("button", { name: "Save draft" }).click();
    await page.getByText("Draft saved.").waitFor();
    const url = new URL(page.url());
    const slug = url.searchParams.get("slug") ?? url.pathname.split("/").pop();
    // Readers have the home page cached before the post exists.
    await fetch(`${readBase}/`);
    const visible = async (path) => {
      const res = await fetch(`${readBase}${path}`, { cache: "no-store" });
      return res.ok && (await res.text()).includes(title);
    };
    await page.getByRole("button", { name: "Publish now" }).click();
    const [postMs, homeMs] = await Promise.all([
      until(() => visible(`/blog/${slug}`)),
      until(() => visible("/")),
    ]);
    return { postMs, homeMs };
  }

  return { cookies, publish, close: () => browser.close() };
}
