import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import YAML from "yaml";
import { expect, test, type BrowserContext } from "@playwright/test";
import { scaled } from "../support/slowness";
import { capture, type RecordedAction } from "./action-replay";
import {
  CRASH_BASE_URL,
  CRASH_CONTENT_DIR,
  CRASH_DATA_DIR,
  CrashServer,
  prepareCrashFolders,
} from "./crash-server";
import { bodyEditor, typeBody } from "./helpers";
import { unique } from "./support";

/**
 * Issue #4: a server killed with SIGKILL in the middle of a loop of saves. After each restart no
 * file is torn, no temporary file or git lock is left, the post holds an acknowledged save (or the
 * one in flight), and every acknowledged save is in the post's history. CRASH_CYCLES sets how many
 * kills one run tries (3 by default).
 */

const SLUG = "crash-loop";
const FILE = path.join(CRASH_CONTENT_DIR, "posts", `${SLUG}.mdx`);
const CYCLES = Number(process.env.CRASH_CYCLES ?? 3);
const OWNER = {
  name: "Crash Owner",
  email: "crash-owner@example.com",
  password: "crash-pass-12345",
};
const bodyFor = (marker: string) => `Crash save ${marker}.\n`;
const versionOf = (source: string) =>
  createHash("sha256").update(source).digest("hex").slice(0, 32);

const gitDir = path.join(CRASH_DATA_DIR, "history.git");
const git = (...args: string[]) =>
  execFileSync("git", [`--git-dir=${gitDir}`, ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 2 ** 20,
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null" },
  });

/** Every file or folder under `dir` whose name matches, with its path. */
function findNames(dir: string, match: (name: string) => boolean): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (match(entry.name)) found.push(full);
    if (entry.isDirectory()) found.push(...findNames(full, match));
  }
  return found;
}

/** A recorded save sent again with another body and version, as the signed-in owner. */
async function replaySave(
  context: BrowserContext,
  action: RecordedAction,
  body: string,
  version: string,
): Promise<{ ok: boolean; version?: string; text: string }> {
  const { root, prefix, fields } = action.form!;
  const form = new FormData();
  for (const [key, value] of fields)
    if (key !== "body" && key !== "version" && key !== "autosave") form.append(prefix + key, value);
  form.append(`${prefix}body`, body);
  form.append(`${prefix}version`, version);
  form.append("0", root);
  const encoded = new Response(form);
  const response = await context.request.post(`${CRASH_BASE_URL}${action.path}`, {
    headers: { ...action.headers, "content-type": encoded.headers.get("content-type")! },
    data: Buffer.from(await encoded.arrayBuffer()),
    maxRedirects: 0,
    timeout: scaled(15_000),
  });
  const text = await response.text();
  const saved = /"ok":true[^}]*"version":"([0-9a-f]{32})"/.exec(text);
  return { ok: response.status() === 200 && Boolean(saved), version: saved?.[1], text };
}

test("SIGKILL in the middle of a loop of saves loses no acknowledged save and tears no file", async ({
  browser,
}) => {
  test.setTimeout(scaled(60_000 + CYCLES * 45_000));
  prepareCrashFolders({
    [`${SLUG}.mdx`]: `---\ntitle: Crash loop\ndate: 2026-01-01T00:00:00.000Z\ndraft: true\n---\nStart.\n`,
  });
  const server = new CrashServer();
  const context = await browser.newContext({
    baseURL: CRASH_BASE_URL,
    storageState: { cookies: [], origins: [] },
  });
  const acknowledged: string[] = [];
  const report: string[] = [];
  try {
    await server.start();
    const page = await context.newPage();
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/setup$/);
    await page.getByLabel("Your name").fill(OWNER.name);
    await page.getByLabel("Email").fill(OWNER.email);
    await page.getByLabel("Password", { exact: true }).fill(OWNER.password);
    await page.getByLabel("Confirm password").fill(OWNER.password);
    await page.getByRole("button", { name: "Create owner account" }).click();
    await expect(page).toHaveURL(/\/admin$/);

    // One real save through the editor, recorded to be replayed in the loop.
    await page.goto(`/admin/posts/${SLUG}`);
    await expect(bodyEditor(page)).toBeVisible();
    const first = `first ${unique()}`;
    await typeBody(page, [bodyFor(first).trim()], { replace: true });
    const action = await capture(page, "savePostAction", () =>
      page.getByRole("button", { name: "Save draft", exact: true }).click(),
    );
    await expect(page.getByText("Draft saved.")).toBeVisible({ timeout: scaled(10_000) });
    acknowledged.push(first);
    await page.close();
    // What the file holds: the last acknowledged save, or an unacknowledged one that was in flight.
    let held = first;

    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      const ackedBefore = acknowledged.length;
      let version = versionOf(fs.readFileSync(FILE, "utf8"));
      let inFlight: string | undefined;
      let killed = false;
      const killAfter = 500 + Math.random() * 2_500;
      const killing = new Promise<void>((resolve) =>
        setTimeout(() => {
          killed = true;
          resolve(server.kill());
        }, killAfter),
      );
      for (let i = 0; !killed; i++) {
        const marker = `cycle ${cycle} save ${i} ${unique()}`;
        inFlight = marker;
        const reply = await replaySave(context, action, bodyFor(marker), version).catch(
          () => undefined,
        );
        if (!reply) break;
        if (!reply.ok) {
          // Refused without a kill would be a bug; a kill can cut a reply short.
          expect(killed, `save refused before the kill: ${reply.text.slice(0, 400)}`).toBe(true);
          break;
        }
        acknowledged.push(marker);
        inFlight = undefined;
        version = reply.version!;
      }
      await killing;
      await server.start();
      // Any request has waited for the start-up clean-up (instrumentation runs before serving).
      expect((await context.request.get(`${CRASH_BASE_URL}/admin`)).status()).toBe(200);

      const leftovers = [
        ...findNames(CRASH_CONTENT_DIR, (name) => name.startsWith(".tmp-")),
        ...findNames(CRASH_DATA_DIR, (name) => name.startsWith(".tmp-") || name.endsWith(".lock")),
      ];
      expect(leftovers, "no temporary file or git lock is left after restart").toEqual([]);

      const source = fs.readFileSync(FILE, "utf8");
      const parsed = matter(source, {
        engines: { yaml: (text: string) => YAML.parse(text, { schema: "core" }) as object },
      });
      expect(parsed.data.title, "the front matter parses").toBe("Crash loop");
      const marker = /^Crash save (.+)\.\n$/.exec(parsed.content)?.[1];
      expect(marker, `the body is one save's text: ${JSON.stringify(parsed.content)}`).toMatch(
        /^(first|cycle \d+ save \d+) [0-9a-z]+$/,
      );
      const savedThisCycle = acknowledged.length - ackedBefore;
      // Without an acknowledged save this cycle, the file may still hold what it held before.
      const before = savedThisCycle > 0 ? acknowledged.at(-1)! : held;
      expect(
        [before, inFlight],
        `the file holds the last acknowledged save or the one in flight: ${JSON.stringify(parsed.content)}`,
      ).toContain(marker);
      held = marker!;

      const history = git("log", "-p", "--format=%H %an", "--", `posts/${SLUG}.mdx`);
      const missing = acknowledged.filter((m) => !history.includes(`+${bodyFor(m).trim()}`));
      expect(missing, "every acknowledged save is in the history").toEqual([]);
      expect(() => git("fsck", "--no-progress", "--no-dangling"), "history is sound").not.toThrow();

      const inFile =
        marker === inFlight
          ? "the save in flight (not acknowledged)"
          : acknowledged.includes(marker!)
            ? "the last acknowledged save"
            : "the previous unacknowledged save";
      report.push(
        `kill ${cycle} after ${Math.round(killAfter)} ms: ${savedThisCycle} saves acknowledged, file holds ${inFile}`,
      );
    }

    // After the last restart saves still work and are recorded (no stale lock blocks history).
    const after = `after restart ${unique()}`;
    const reply = await replaySave(
      context,
      action,
      bodyFor(after),
      versionOf(fs.readFileSync(FILE, "utf8")),
    );
    expect(reply.ok, reply.text.slice(0, 400)).toBe(true);
    expect(git("log", "-p", "-1", "--format=%an", "--", `posts/${SLUG}.mdx`)).toContain(
      `+${bodyFor(after).trim()}`,
    );
    console.log(
      `[crash] ${CYCLES} SIGKILLs, ${acknowledged.length} acknowledged saves, none lost\n  ${report.join("\n  ")}`,
    );
  } catch (error) {
    console.log(`[crash] server output:\n${server.log}`);
    throw error;
  } finally {
    await context.close();
    await server.kill();
  }
});
