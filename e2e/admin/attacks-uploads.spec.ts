import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { ADMIN_DATA_DIR } from "../support/env";
import { scaled } from "../support/slowness";
import { FORBIDDEN, formAction, replay } from "./action-replay";
import { AttackRun, DATA_KEY, excerpt, report } from "./attack-kit";
import { pngBytes } from "./helpers";
import { storageStateOf } from "./support";

/**
 * Hostile uploads through the Media page (as a mentor would pick them) and through the upload
 * action called directly (any name, type and size): each is refused with a message that says why,
 * and the media folder is unchanged (attack-kit.ts).
 */

const REFUSED_TYPE =
  "Only PNG, JPEG, WebP, GIF and AVIF images can be uploaded (SVG is not accepted).";

/** A PNG whose header declares any size: image-size reads only this, nothing is decoded. */
function pixelBomb(width: number, height: number): Buffer {
  const png = pngBytes(1, 1);
  const bomb = Buffer.from(png);
  bomb.writeUInt32BE(width, 16);
  bomb.writeUInt32BE(height, 20);
  return bomb;
}

type Hostile = { what: string; name: string; type: string; bytes: Buffer; message: string };

const HOSTILE: Hostile[] = [
  {
    what: "an SVG with a script",
    name: "x.svg",
    type: "image/svg+xml",
    bytes: Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>',
    ),
    message: REFUSED_TYPE,
  },
  {
    what: "an SVG named .png",
    name: "x.png",
    type: "image/png",
    bytes: Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'),
    message: REFUSED_TYPE,
  },
  {
    what: "HTML named .png",
    name: "x.png",
    type: "image/png",
    bytes: Buffer.from("<!doctype html><html><body><script>alert(1)</script></body></html>"),
    message: REFUSED_TYPE,
  },
  {
    what: "a PNG header followed by HTML, named .html",
    name: "x.html",
    type: "text/html",
    bytes: Buffer.concat([Buffer.from("\x89PNG\r\n\x1a\n", "latin1"), Buffer.from("<script>")]),
    message: "This image file is damaged or incomplete.",
  },
  {
    what: "a PNG named .jpg",
    name: "photo.jpg",
    type: "image/jpeg",
    bytes: pngBytes(2, 2),
    message: "This file is named as a JPEG image but holds a PNG image.",
  },
  {
    what: "a PNG named .gif",
    name: "anim.gif",
    type: "image/gif",
    bytes: pngBytes(2, 2),
    message: "This file is named as a GIF image but holds a PNG image.",
  },
  {
    what: "a 5 MB + 1 byte image",
    name: "big.png",
    type: "image/png",
    bytes: Buffer.concat([pngBytes(2, 2), Buffer.alloc(5 * 1024 * 1024 + 1)]),
    message: "Images may be at most 5 MB.",
  },
  {
    what: "a 50,000×50,000 pixel bomb",
    name: "bomb.png",
    type: "image/png",
    bytes: pixelBomb(50_000, 50_000),
    message: "Images may have at most 40 megapixels.",
  },
  {
    what: "a 1×4,000,000,000 pixel bomb",
    name: "thin.png",
    type: "image/png",
    bytes: pixelBomb(1, 4_000_000_000),
    message: "Images may have at most 40 megapixels.",
  },
  {
    what: "a truncated PNG",
    name: "cut.png",
    type: "image/png",
    bytes: pngBytes(2, 2).subarray(0, 14),
    message: "This image file is damaged or incomplete.",
  },
  {
    what: "an empty file",
    name: "empty.png",
    type: "image/png",
    bytes: Buffer.alloc(0),
    message: "Choose an image to upload.",
  },
];

async function uploadInPage(page: Page, file: Hostile) {
  await page.goto("/admin/media");
  const form = page.getByRole("form", { name: "Upload an image" });
  await form
    .getByLabel("Image")
    .setInputFiles({ name: file.name, mimeType: file.type, buffer: file.bytes });
  await form.getByRole("button", { name: "Upload" }).click();
  return form;
}

test.describe("hostile uploads", () => {
  test.use({ storageState: storageStateOf("author") });

  test("are refused on the Media page with a message that says why", async ({ page }) => {
    test.setTimeout(scaled(120_000));
    const run = new AttackRun();
    for (const file of HOSTILE) {
      await run.attempt(`Media page: ${file.what} (${file.name})`, async () => {
        const form = await uploadInPage(page, file);
        // An empty file is stopped by the browser's `required` check or by the action.
        if (file.bytes.length === 0) {
          await expect(form.getByRole("status")).toHaveText(/empty|Choose an image/i);
        } else {
          await expect.soft(form.getByText(file.message)).toBeVisible();
        }
        await expect.soft(form.getByText(/^Uploaded/)).toHaveCount(0);
      });
    }
    report(run);
  });

  test("are refused when the upload action is called directly", async () => {
    test.setTimeout(scaled(120_000));
    const run = new AttackRun();
    const upload = formAction("uploadMediaAction", "/admin/media", {});
    const direct: Hostile[] = [
      ...HOSTILE,
      {
        what: "a PNG sent as a bare string",
        name: "",
        type: "",
        bytes: Buffer.alloc(0),
        message: "Choose an image to upload.",
      },
    ];
    for (const file of direct) {
      await run.attempt(`upload action: ${file.what} (${file.name || "no file"})`, async () => {
        const reply = await replay(
          upload,
          "author",
          file.name
            ? { file: { field: "file", fileName: file.name, type: file.type, bytes: file.bytes } }
            : { set: { file: pngBytes(2, 2).toString("latin1") } },
        );
        expect.soft(reply.text, `${file.what}: ${excerpt(reply.text)}`).toContain(file.message);
        expect.soft(reply.text).not.toMatch(/"ok":true/);
      });
    }
    // Names are made by the server: a hostile file name is only a label, slugged into a plain
    // name inside the media folder (lib/media/names.ts), even for a good image.
    for (const name of [
      "../../admin-content/posts/x.png",
      "..\\x.png",
      "x.png\u0000.html",
      "evil\u202Egnp.exe.png",
      `${"a".repeat(300)}.png`,
      "p\u0430yp\u0430l.png",
    ]) {
      await run.attempt(`upload action: a good image named ${JSON.stringify(name)}`, async () => {
        const reply = await replay(upload, "author", {
          file: { field: "file", fileName: name, type: "image/png", bytes: pngBytes(3, 3) },
        });
        // A NUL in the name stops Next's form parser before the action runs: an error, no file.
        if (name.includes("\u0000")) expect.soft(reply.text).not.toMatch(/"ok":true/);
        else expect.soft(reply.text).toMatch(/Uploaded: \/media\/[a-z0-9-]+\.png \(3×3\)/);
        const stored = /\/media\/([a-z0-9-]+\.png)/.exec(reply.text)?.[1];
        // The one file it wrote is allowed below; remove it so the folder is as it was.
        if (stored) {
          const removed = await replay(
            formAction("deleteMediaAction", "/admin/media", { name: stored }),
            "editor",
          );
          expect.soft(removed.text).toContain("Image deleted.");
        }
      });
    }
    report(run);
  });
});

/** The stored name in an "Uploaded: /media/…" reply. */
const storedName = (text: string) =>
  /\/media\/([a-z0-9-]+\.(?:png|jpg|webp|gif|avif))/.exec(text)?.[1];

test.describe("uploads and other mentors' images", () => {
  test("metadata smuggled in an upload never reaches the stored file", async () => {
    test.setTimeout(scaled(120_000));
    const run = new AttackRun();
    const upload = formAction("uploadMediaAction", "/admin/media", {});
    const smuggled = await sharp({
      create: { width: 6, height: 6, channels: 3, background: "#123" },
    })
      .jpeg()
      .withExif({
        IFD0: { ImageDescription: "<script>alert(1)</script>", Make: "SpyCam" },
        IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 26/1" },
      })
      .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><script>alert(2)</script></x:xmpmeta>')
      .toBuffer();
    const withTail = Buffer.concat([smuggled, Buffer.from("<html><script>alert(3)</script>")]);
    await run.attempt(
      "upload action: a JPEG with script in its EXIF, XMP and after its end",
      async () => {
        const reply = await replay(upload, "contributor", {
          file: { field: "file", fileName: "x.jpg", type: "image/jpeg", bytes: withTail },
        });
        expect.soft(reply.text).toMatch(/Uploaded: \/media\/[a-z0-9-]+\.jpg \(6×6\)/);
        const name = storedName(reply.text);
        if (!name) return;
        const stored = fs.readFileSync(path.join(ADMIN_DATA_DIR, "media", name));
        expect.soft((await sharp(stored).metadata()).exif).toBeUndefined();
        for (const leak of ["<script>", "SpyCam", "Exif\0\0", "xmpmeta"])
          expect.soft(stored.includes(Buffer.from(leak, "latin1")), leak).toBe(false);
        // Its uploader removes it again (own and unused), so the folders end as they began.
        const removed = await replay(
          formAction("deleteMediaAction", "/admin/media", { name }),
          "contributor",
        );
        expect.soft(removed.text).toContain("Image deleted.");
      },
    );
    report(run);
  });

  test("deleting an image someone else uploaded is refused, by calling the action", async () => {
    test.setTimeout(scaled(120_000));
    const run = new AttackRun();
    const upload = formAction("uploadMediaAction", "/admin/media", {});
    const uploaded = await replay(upload, "editor", {
      file: { field: "file", fileName: "e.png", type: "image/png", bytes: pngBytes(5, 5) },
    });
    const editors = storedName(uploaded.text)!;
    expect(editors).toBeTruthy();
    // A file from before uploads were recorded belongs to nobody: only editors manage it.
    const legacy = `${Date.now().toString(16).padStart(24, "0").slice(-24)}.png`;
    fs.writeFileSync(path.join(ADMIN_DATA_DIR, "media", legacy), pngBytes(2, 2));
    for (const role of ["contributor", "author"] as const) {
      for (const name of [editors, legacy]) {
        await run.attempt(
          `delete action as ${role}: ${name === legacy ? "an unrecorded upload" : "an editor's upload"}`,
          async () => {
            const reply = await replay(
              formAction("deleteMediaAction", "/admin/media", { name }),
              role,
            );
            expect.soft(reply.text).toContain(FORBIDDEN);
            expect.soft(reply.text).not.toContain("Image deleted.");
          },
          { reach: [DATA_KEY(`media/${name}`)] },
        );
      }
    }
    for (const name of [editors, legacy]) {
      const removed = await replay(
        formAction("deleteMediaAction", "/admin/media", { name }),
        "editor",
      );
      expect(removed.text).toContain("Image deleted.");
    }
    report(run);
  });
});
