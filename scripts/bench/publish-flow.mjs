// Drives the admin in Chromium: creates the owner, publishes a post, and times how long it takes
// to appear on its public page and the home page. Returns the owner's cookies for timed admin GETs.
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

export async function measurePublish(base) {
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/setup`);
    await page.getByLabel("Your name").fill("Bench Owner");
    await page.getByLabel("Email").fill("bench@example.com");
    await page.getByLabel("Password", { exact: true }).fill("bench-password-123");
    await page.getByLabel("Confirm password").fill("bench-password-123");
    await page.getByRole("button", { name: "Create owner account" }).click();
    await page.waitForURL(`${base}/admin`);
    await page.goto(`${base}/admin/posts/new`);
    const title = `Benchmark publish ${Date.now()}`;
    await page.getByLabel("Title", { exact: true }).fill(title);
    await page.locator(".cm-content").click();
    await page.keyboard.type("A post published by the benchmark.");
    await page.getByRole("button", { name: "Save draft" }).click();
    await page.getByText("Draft saved.").waitFor();
    const url = new URL(page.url());
    const slug = url.searchParams.get("slug") ?? url.pathname.split("/").pop();
    const visible = async (path, text) => {
      const res = await fetch(`${base}${path}`, { cache: "no-store" });
      return res.ok && (await res.text()).includes(text);
    };
    await page.getByRole("button", { name: "Publish now" }).click();
    const clicked = performance.now();
    const [postMs, homeMs] = await Promise.all([
      until(() => visible(`/blog/${slug}`, title)),
      until(() => visible("/", title)),
    ]);
    const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    return { postMs, homeMs, sinceClickMs: performance.now() - clicked, cookies };
  } finally {
    await browser.close();
  }
}
