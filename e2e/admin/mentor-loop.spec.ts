import { expect, test, type Browser, type Page } from "@playwright/test";
import {
  bodyEditor,
  clickAndConfirm,
  describeImage,
  freshContext,
  openPost,
  pngBytes,
  postStatus,
  readerRequest,
  saveState,
  sendFile,
  toolbarButton,
  typeBody,
  waitForStatus,
} from "./helpers";
import { scaled } from "../support/slowness";
import { storageStateOf, unique, type UserKey } from "./support";

/**
 * The whole writing loop in the browser alone, as a mentor who has never seen Markdown lives it, on
 * a desktop and on a phone: a contributor in Berlin writes a post with a pasted and a dragged image
 * and asks for it to go out at a time of her own; an editor in New York sends it back with a note;
 * she fixes it and submits again; the editor schedules it (each sees the time in their own zone),
 * then publishes it at once, and a reader sees both images. Site title and navigation, the last
 * part of the loop, are walked in site-settings.spec.ts (serial there, as they change the whole
 * site).
 */

const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  test(`the mentor loop on a ${device}: write with images, review, schedule, publish`, async ({
    browser,
  }) => {
    test.setTimeout(scaled(180_000));
    const id = unique();
    const title = `Mentor loop ${device} ${id}`;
    const open = async (who: UserKey, timezoneId: string, b: Browser = browser): Promise<Page> =>
      (await b.newContext({ storageState: storageStateOf(who), viewport, timezoneId })).newPage();

    // Dana, a contributor in Berlin, writes with two images: one pasted, one dragged in.
    const dana = await open("contributor", "Europe/Berlin");
    await dana.goto("/admin/posts/new");
    await expect(bodyEditor(dana)).toBeVisible();
    await dana.getByLabel("Title", { exact: true }).fill(title);
    await typeBody(dana, [`What I learned this week ${id}.`, "", "The end."]);
    await bodyEditor(dana).locator(".cm-line", { hasText: "What I learned" }).click();
    await dana.keyboard.press("End");
    await dana.keyboard.press("Enter");
    await sendFile(dana, "paste", { name: "image.png", type: "image/png", bytes: pngBytes() });
    await describeImage(dana, `A pasted chart ${id}`);
    // The upload's placeholder is replaced by the image once stored: only then is the layout final.
    await expect(bodyEditor(dana)).toContainText(`![A pasted chart ${id}](/media/`);
    const end = bodyEditor(dana).locator(".cm-line", { hasText: "The end." });
    const box = (await end.boundingBox())!;
    await sendFile(
      dana,
      "drop",
      { name: `Whiteboard ${id}.png`, type: "image/png", bytes: pngBytes(4, 3) },
      { x: box.x + box.width - 2, y: box.y + box.height / 2 },
    );
    await describeImage(dana, `A dragged whiteboard ${id}`);
    const lines = bodyEditor(dana).locator(".cm-line");
    await expect(lines.filter({ hasText: "The end." })).toContainText(
      `The end.![A dragged whiteboard ${id}](/media/whiteboard-${id}.png)`,
    );
    await expect(lines.filter({ hasText: "A pasted chart" })).toHaveText(
      `![A pasted chart ${id}](/media/a-pasted-chart-${id}.png)`,
    );

    // She asks for 10 March 2027 at 15:00, her time, and submits.
    await expect(dana.getByTestId("time-zone")).toHaveText("Europe/Berlin");
    await dana.getByLabel("Publication date").fill("2027-03-10T15:00");
    await expect(saveState(dana)).toHaveText(/^Saved at /, { timeout: scaled(15_000) });
    const slug = await dana.getByLabel("Address", { exact: true }).inputValue();
    await clickAndConfirm(
      dana,
      "Submit for review",
      "Submitted for review. An editor will publish it.",
    );
    await expect(postStatus(dana)).toHaveText("In review");

    // Eddie, an editor in New York, finds it in the queue, sees her time in his, sends it back.
    const eddie = await open("editor", "America/New_York");
    await eddie.goto("/admin/review");
    await eddie.getByRole("link", { name: title }).click();
    await expect(postStatus(eddie)).toHaveText("In review");
    await expect(eddie.getByLabel("Publication date")).toHaveValue("2027-03-10T09:00");
    const note = `Please say what the whiteboard shows ${id}.`;
    // On a phone the less common actions sit under More: toolbarButton opens it.
    await (await toolbarButton(eddie, "Send back…")).click();
    await eddie.getByRole("textbox", { name: "Note for the author" }).fill(note);
    await eddie.getByRole("button", { name: "Send back to the author" }).click();
    await expect(
      eddie.getByText("Sent back to the author with your note. It is a draft again."),
    ).toBeVisible({ timeout: scaled(10_000) });

    // Dana reads the note, fixes the post and submits again.
    await openPost(dana, slug);
    await expect(dana.getByRole("region", { name: /^Review notes/ }).getByText(note)).toBeVisible();
    await typeBody(dana, ["", `The whiteboard shows the plan for week two ${id}.`]);
    await expect(saveState(dana)).toHaveText(/^Saved at /, { timeout: scaled(15_000) });
    await clickAndConfirm(
      dana,
      "Submit for review",
      "Submitted for review. An editor will publish it.",
    );

    // Eddie schedules it for the time she asked; each sees it in their own zone.
    await openPost(eddie, slug);
    await expect(
      eddie.getByText(`The whiteboard shows the plan for week two ${id}.`).first(),
    ).toBeVisible();
    await clickAndConfirm(
      eddie,
      "Schedule",
      "Scheduled. It goes public on 10 March 2027 at 09:00 (America/New_York).",
    );
    // Dana may no longer change it, and is told so, with the time in hers.
    await dana.goto(`/admin/posts/${slug}`);
    await expect(dana.getByRole("heading", { level: 1 })).toHaveText("You can't edit this post");
    await expect(dana.getByRole("main")).toContainText(
      `“${title}” is approved and goes public on 10 March 2027 at 15:00. Contributors cannot change a scheduled post. An editor can change it for you.`,
    );

    // Plans change: Eddie takes it off the schedule and publishes it now. A reader sees both images.
    await openPost(eddie, slug);
    await clickAndConfirm(
      eddie,
      "Unschedule",
      "Unscheduled: it is a draft again and will not go out.",
    );
    await clickAndConfirm(eddie, "Publish now", "Published. Readers can see it now.");
    await expect(postStatus(eddie)).toHaveText("Published");
    const reader = await readerRequest();
    await waitForStatus(reader, `/blog/${slug}`, 200);
    await reader.dispose();
    const visitor = await (await freshContext(browser)).newPage();
    await visitor.setViewportSize(viewport);
    await visitor.goto(`/blog/${slug}`);
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
    for (const alt of [`A pasted chart ${id}`, `A dragged whiteboard ${id}`]) {
      const image = visitor.getByRole("img", { name: alt });
      await expect(image).toBeVisible();
      expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    }
    await expect(visitor.getByText(note)).toHaveCount(0);
    for (const page of [dana, eddie, visitor]) await page.context().close();
  });
}
