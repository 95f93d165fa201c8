import { expect, test, type Page, type Request } from "@playwright/test";
import { createDraft, freshContext } from "./helpers";
import { storageStateOf } from "./support";

/**
 * Pages rendered per request (admin, sign-in, search, previews, draft mode) carry a nonce policy
 * that refuses injected inline script; statically generated reader pages carry the site policy.
 * Either way the pages must still work: no policy violation while a mentor uses them.
 */

const scriptSources = (policy: string | undefined) =>
  /script-src ([^;]*)/.exec(policy ?? "")?.[1] ?? "";

/** Records what the browser refused under the page's policy. */
function watchViolations(page: Page): string[] {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text()))
      refused.push(`${page.url()}: ${message.text()}`);
  });
  return refused;
}

/** Injects markup as a sanitiser bug would and reports whether its inline handler ran. */
async function injectedHandlerRan(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const w = window as unknown as { __injected?: number };
        document.body.insertAdjacentHTML(
          "beforeend",
          `<img src="/no-such-image-${Date.now()}.png" onerror="window.__injected = 1">`,
        );
        const image = document.body.lastElementChild as HTMLImageElement;
        // The attribute's handler, had it been allowed, ran before this listener added after it.
        image.addEventListener("error", () => resolve(w.__injected === 1));
      }),
  );
}

const INJECTED = /inline event handler/i;

test.describe("signed in", () => {
  test.use({ storageState: storageStateOf("owner") });

  test("admin pages refuse injected inline script and still work", async ({ page }) => {
    const refused = watchViolations(page);
    const response = await page.goto("/admin");
    const policy = response?.headers()["content-security-policy"];
    expect(scriptSources(policy)).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(scriptSources(policy)).not.toContain("unsafe-inline");
    // Each request gets its own nonce.
    const again = await page.request.get("/admin");
    expect(again.headers()["content-security-policy"]).not.toBe(policy);

    // The editor is client code: typing autosaves only if the page's own scripts run.
    await createDraft(page, {}, { reopen: false });
    expect(await injectedHandlerRan(page)).toBe(false);
    // The browser's report of the refusal reaches the test as a console message of its own.
    await expect.poll(() => refused.filter((line) => INJECTED.test(line)).length).toBe(1);
    expect(refused.filter((line) => !INJECTED.test(line))).toEqual([]);
  });

  test("a draft previewed in draft mode gets the strict policy and works", async ({ page }) => {
    const { title, slug } = await createDraft(page);
    // Let the router prefetch the preview's links: none may end draft mode behind the mentor's
    // back. Watched from the browser context, before the preview opens, so none is missed.
    const prefetched: string[] = [];
    const pending = new Set<Request>();
    const isPrefetch = (request: Request) => Boolean(request.headers()["next-router-prefetch"]);
    const context = page.context();
    context.on("request", (request) => {
      if (!isPrefetch(request) || request.frame().page() === page) return;
      prefetched.push(new URL(request.url()).pathname);
      pending.add(request);
    });
    const settled = (request: Request) => void pending.delete(request);
    context.on("requestfinished", settled);
    context.on("requestfailed", settled);
    const popupOpened = page.waitForEvent("popup");
    await page.getByRole("link", { name: "Preview", exact: true }).click();
    const preview = await popupOpened;
    const refused = watchViolations(preview);
    await expect(preview).toHaveURL(new RegExp(`/blog/${slug}$`));
    await preview.waitForLoadState("networkidle");
    await expect
      .poll(() => prefetched.length > 0 && pending.size === 0, {
        message: "the page's links are prefetched",
      })
      .toBe(true);
    expect(prefetched).not.toContain("/api/preview/exit");
    const response = await preview.reload();
    expect(scriptSources(response?.headers()["content-security-policy"])).toContain("'nonce-");
    await expect(preview.getByRole("heading", { level: 1 })).toHaveText(title);
    // The theme toggle works only once the page has hydrated under the policy.
    const toggle = preview.getByRole("button", { name: "Dark theme" });
    const pressed = await toggle.getAttribute("aria-pressed");
    await toggle.click();
    await expect(toggle).not.toHaveAttribute("aria-pressed", pressed ?? "false");
    expect(await injectedHandlerRan(preview)).toBe(false);
    expect(refused.filter((line) => !INJECTED.test(line))).toEqual([]);
    await preview.close();
  });
});

test("sign-in and search work under the strict policy", async ({ browser }) => {
  const context = await freshContext(browser);
  const page = await context.newPage();
  const refused = watchViolations(page);
  const signin = await page.goto("/signin");
  expect(scriptSources(signin?.headers()["content-security-policy"])).toContain("'nonce-");
  await page.getByLabel("Email").fill("nobody@example.com");
  await page.getByLabel("Password").fill("wrong-password-123");
  await page.getByRole("button", { name: "Sign in" }).click();
  // The form answers through a server action: only a running page shows the message.
  await expect(page.getByText("The email or password is incorrect.")).toBeVisible();

  const search = await page.goto("/search?q=post");
  expect(scriptSources(search?.headers()["content-security-policy"])).toContain("'nonce-");
  await expect(page.getByRole("searchbox").first()).toBeVisible();
  expect(refused).toEqual([]);
  await context.close();
});

test("static reader pages send the site policy: no framing, plugins or foreign sources", async ({
  request,
}) => {
  for (const path of ["/", "/tags"]) {
    const policy = (await request.get(path)).headers()["content-security-policy"] ?? "";
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).not.toContain("nonce-");
  }
});
