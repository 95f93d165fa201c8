import type { Page } from "@playwright/test";

/**
 * Resolves once the page has run what was queued so far: two animation frames, then a task. What a
 * click started (a `javascript:` URL, an event handler, a script it inserted) has run by then, so
 * "nothing happened" can be checked without a fixed sleep.
 */
export async function afterQueuedWork(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))),
      ),
  );
}
