import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { expect, request, type Page, type Request, type Route } from "@playwright/test";
import { ADMIN_BASE_URL, ADMIN_CONTENT_DIR, ADMIN_DATA_DIR, E2E_DIST_DIR } from "../support/env";
import { scaled } from "../support/slowness";
import { snapshotFolders, storageStateOf, type UserKey } from "./support";

/**
 * Calling server actions directly, the way an attacker would: a request recorded from the real UI
 * (or built from the build's action manifest) is replayed with other cookies, or none, and with
 * only the fields the attack needs changed.
 */

/** What the actions answer when they refuse (lib/auth/guard.ts, posts/actions.ts). */
export const SIGNED_OUT = "Your session has ended";
export const FORBIDDEN = "Your role does not allow this";
export const CANNOT_PUBLISH = "Your role cannot publish";
/** A save aimed at another mentor's post, or a missing one, by someone who may edit only theirs. */
export const NOT_YOURS_OR_GONE = "This post no longer exists, or you cannot edit it";

// ---------------------------------------------------------------------------------------------
// Action ids, from the admin server's build
// ---------------------------------------------------------------------------------------------

type ManifestEntry = {
  exportedName?: string;
  filename?: string;
  workers?: Record<string, unknown>;
};

let manifest: Record<string, ManifestEntry> | undefined;

function actionManifest(): Record<string, ManifestEntry> {
  if (!manifest) {
    const file = path.join(
      process.cwd(),
      `${E2E_DIST_DIR}-admin`,
      "server",
      "server-reference-manifest.json",
    );
    manifest = (JSON.parse(fs.readFileSync(file, "utf8")) as { node: typeof manifest }).node ?? {};
  }
  return manifest;
}

/** The id Next gave an exported server action, e.g. `savePostAction`. */
export function actionIdOf(name: string): string {
  const ids = Object.entries(actionManifest())
    .filter(([, entry]) => entry.exportedName === name)
    .map(([id]) => id);
  expect(ids, `exactly one server action named ${name} in the build`).toHaveLength(1);
  return ids[0]!;
}

export const actionNameOf = (id: string) => actionManifest()[id]?.exportedName;

// ---------------------------------------------------------------------------------------------
// Recorded requests
// ---------------------------------------------------------------------------------------------

export type RecordedAction = {
  name: string;
  id: string;
  /** The page the action was posted to (path and query). */
  path: string;
  /** Request headers minus cookies, host, length and content type. */
  headers: Record<string, string>;
  /** A form action's arguments: React's root part, the prefix of the form's fields, the fields. */
  form?: { root: string; prefix: string; fields: [string, FormDataEntryValue][] };
  /** An action called with plain arguments (sent as JSON text). */
  args?: unknown[];
};

const DROPPED_HEADERS = new Set(["cookie", "host", "content-length", "content-type", "connection"]);

async function recordedFrom(req: Request): Promise<RecordedAction> {
  const headers = await req.allHeaders();
  const id = headers["next-action"]!;
  const url = new URL(req.url());
  const kept = Object.fromEntries(
    Object.entries(headers).filter(([key]) => !DROPPED_HEADERS.has(key) && !key.startsWith(":")),
  );
  const body = req.postDataBuffer() ?? Buffer.alloc(0);
  const contentType = headers["content-type"] ?? "";
  const base = { name: actionNameOf(id) ?? "(unknown)", id, path: url.pathname + url.search };
  if (contentType.startsWith("multipart/form-data")) {
    const parsed = await new Response(new Uint8Array(body), {
      headers: { "content-type": contentType },
    }).formData();
    const root = String(parsed.get("0") ?? "");
    // React sends a FormData argument as "$K<ref>" in the root and its fields as `_<ref>_<field>`.
    const ref = /"\$K(\d+)"/.exec(root)?.[1];
    const keys = [...parsed.keys()].filter((key) => key !== "0");
    const prefix =
      ref === undefined
        ? ""
        : ([`_${ref}_`, `${ref}_`].find((p) => keys.some((key) => key.startsWith(p))) ??
          `_${ref}_`);
    const fields = [...parsed.entries()]
      .filter(([key]) => key !== "0" && key.startsWith(prefix))
      .map(([key, value]): [string, FormDataEntryValue] => [key.slice(prefix.length), value]);
    return { ...base, headers: kept, form: { root, prefix, fields } };
  }
  const text = body.toString("utf8");
  return { ...base, headers: kept, args: text ? (JSON.parse(text) as unknown[]) : [] };
}

/**
 * Runs `trigger` (a click in the UI) and records the first request to the server action `name`
 * that `where` accepts. With `abort`, that request (and any other action request meanwhile) never
 * reaches the server, so destructive actions are recorded without being performed.
 */
export async function capture(
  page: Page,
  name: string,
  trigger: () => Promise<unknown>,
  options: {
    abort?: boolean;
    where?: (action: RecordedAction) => boolean;
    timeoutMs?: number;
  } = {},
): Promise<RecordedAction> {
  const id = actionIdOf(name);
  let found!: (action: RecordedAction) => void;
  const recorded = new Promise<RecordedAction>((resolve) => (found = resolve));
  let done = false;
  const handler = async (route: Route) => {
    const req = route.request();
    const actionHeader = await req.headerValue("next-action");
    if (req.method() !== "POST" || !actionHeader) return route.fallback();
    if (!done && actionHeader === id) {
      const action = await recordedFrom(req);
      if (!options.where || options.where(action)) {
        done = true;
        found(action);
        return options.abort ? route.abort() : route.fallback();
      }
    }
    return options.abort ? route.abort() : route.fallback();
  };
  await page.route("**/*", handler);
  let timer: NodeJS.Timeout | undefined;
  try {
    await trigger();
    return await Promise.race([
      recorded,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`No ${name} request was sent`)),
          options.timeoutMs ?? scaled(15_000),
        );
      }),
    ]);
  } finally {
    clearTimeout(timer);
    await page.unroute("**/*", handler);
  }
}

/** A form action request built by hand from the manifest, for actions the UI cannot show. */
export function formAction(
  name: string,
  pagePath: string,
  fields: Record<string, string>,
): RecordedAction {
  return {
    name,
    id: actionIdOf(name),
    path: pagePath,
    headers: {
      "next-action": actionIdOf(name),
      accept: "text/x-component",
      origin: ADMIN_BASE_URL,
    },
    form: { root: '[null,"$K1"]', prefix: "_1_", fields: Object.entries(fields) },
  };
}

/** The value of one field of a recorded form action. */
export function fieldOf(action: RecordedAction, field: string): string | undefined {
  const entry = action.form?.fields.find(([key]) => key === field);
  return entry && typeof entry[1] === "string" ? entry[1] : undefined;
}

// ---------------------------------------------------------------------------------------------
// Replaying
// ---------------------------------------------------------------------------------------------

type StorageState = Exclude<Parameters<typeof request.newContext>[0], undefined>["storageState"];

/** Who sends a replayed request: nobody, one of the setup's accounts, or some cookie jar. */
export type Identity = "nobody" | UserKey | { label: string; storageState: StorageState };

export const NOBODY = { cookies: [], origins: [] };

export const identityLabel = (who: Identity) =>
  typeof who === "string" ? (who === "nobody" ? "no session" : who) : who.label;

const storageOf = (who: Identity): StorageState =>
  who === "nobody" ? NOBODY : typeof who === "string" ? storageStateOf(who) : who.storageState;

/** A cookie jar holding only a session cookie with this value (forged, tampered or revoked). */
export function sessionCookie(label: string, value: string): Identity {
  return {
    label,
    storageState: {
      cookies: [
        {
          name: "authjs.session-token",
          value,
          domain: "localhost",
          path: "/",
          expires: -1,
          httpOnly: true,
          secure: false,
          sameSite: "Lax",
        },
      ],
      origins: [],
    },
  };
}

export type Upload = { field: string; fileName: string; type: string; bytes: Buffer };

export type Change = {
  /** Form fields to replace or add; null removes a field. */
  set?: Record<string, string | null>;
  /** A file to send in a form field (replacing the recorded one). */
  file?: Upload;
  /** New arguments for an action called with plain arguments. */
  args?: unknown[];
};

export type Reply = { status: number; text: string };

async function encode(action: RecordedAction, change: Change) {
  if (!action.form) {
    return {
      body: Buffer.from(JSON.stringify(change.args ?? action.args ?? [])),
      contentType: "text/plain;charset=UTF-8",
    };
  }
  const { root, prefix, fields } = action.form;
  const set = change.set ?? {};
  const form = new FormData();
  for (const [key, value] of fields) {
    if (key in set || key === change.file?.field) continue;
    form.append(prefix + key, value);
  }
  for (const [key, value] of Object.entries(set))
    if (value !== null) form.append(prefix + key, value);
  if (change.file) {
    const blob = new Blob([new Uint8Array(change.file.bytes)], { type: change.file.type });
    form.append(prefix + change.file.field, blob, change.file.fileName);
  }
  form.append("0", root);
  const encoded = new Response(form);
  return {
    body: Buffer.from(await encoded.arrayBuffer()),
    contentType: encoded.headers.get("content-type")!,
  };
}

/** Sends a recorded action again as `who`, with `change` applied. Redirects are not followed. */
export async function replay(
  action: RecordedAction,
  who: Identity,
  change: Change = {},
): Promise<Reply> {
  const context = await request.newContext({
    baseURL: ADMIN_BASE_URL,
    storageState: storageOf(who),
  });
  try {
    const { body, contentType } = await encode(action, change);
    const response = await context.post(action.path, {
      headers: { ...action.headers, "content-type": contentType },
      data: body,
      maxRedirects: 0,
    });
    return { status: response.status(), text: await response.text() };
  } finally {
    await context.dispose();
  }
}

// ---------------------------------------------------------------------------------------------
// What an attack could touch
// ---------------------------------------------------------------------------------------------

/** The files and records an attack could change; everything else is written by other tests. */
export type Watch = {
  /** Post slugs: their .mdx and .md files. */
  posts?: string[];
  /** Author ids: content/authors/<id>.md. */
  authors?: string[];
  /** Tag slugs: their entries in tags.yml and the redirects to or from them. */
  tags?: string[];
  /** Account emails: the whole record but its list of sign-ins (others sign in meanwhile). */
  accounts?: string[];
  /** Stored media names. */
  media?: string[];
  /** Image bytes: how many stored media files hold exactly these bytes. */
  mediaBytes?: Buffer[];
};

const CONTENT = path.basename(ADMIN_CONTENT_DIR);
const DATA = path.basename(ADMIN_DATA_DIR);
const hash = (base64: string | undefined) =>
  base64 === undefined
    ? "(absent)"
    : createHash("sha256").update(base64, "base64").digest("hex").slice(0, 16);

/** snapshotFolders(), tolerating files that other tests' writes rename away mid-walk. */
function snapshot(): Map<string, string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return snapshotFolders();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT" || attempt >= 5) throw error;
    }
  }
}

/** The current state of everything `watch` names, from a fresh snapshot of the folders. */
export function stateOf(watch: Watch): Record<string, unknown> {
  const files = snapshot();
  const state: Record<string, unknown> = {};
  const text = (key: string) => Buffer.from(files.get(key) ?? "", "base64").toString("utf8");
  for (const slug of watch.posts ?? []) {
    for (const ext of ["mdx", "md"])
      state[`posts/${slug}.${ext}`] = hash(files.get(`${CONTENT}/posts/${slug}.${ext}`));
  }
  for (const id of watch.authors ?? [])
    state[`authors/${id}.md`] = hash(files.get(`${CONTENT}/authors/${id}.md`));
  if (watch.tags?.length) {
    const meta = (YAML.parse(text(`${CONTENT}/tags.yml`)) ?? {}) as {
      tags?: Record<string, unknown>;
      redirects?: Record<string, string>;
    };
    const redirects = Object.entries(meta.redirects ?? {});
    for (const slug of watch.tags) {
      state[`tags.yml#${slug}`] = {
        tag: meta.tags?.[slug] ?? null,
        redirectsTo: meta.redirects?.[slug] ?? null,
        redirectedFrom: redirects.filter(([, to]) => to === slug).map(([from]) => from),
      };
    }
  }
  if (watch.accounts?.length) {
    const raw = text(`${DATA}/accounts.json`);
    const accounts = raw
      ? (JSON.parse(raw) as { accounts: Record<string, unknown>[] }).accounts
      : [];
    for (const email of watch.accounts) {
      const found = accounts.find((account) => account.email === email);
      if (!found) {
        state[`accounts.json#${email}`] = "(absent)";
        continue;
      }
      const record = { ...found };
      delete record.sessions;
      state[`accounts.json#${email}`] = record;
    }
  }
  for (const name of watch.media ?? [])
    state[`media/${name}`] = hash(files.get(`${DATA}/media/${name}`));
  for (const [index, bytes] of (watch.mediaBytes ?? []).entries()) {
    const wanted = bytes.toString("base64");
    state[`media holding upload #${index}`] = [...files.entries()].filter(
      ([key, value]) => key.startsWith(`${DATA}/media/`) && value === wanted,
    ).length;
  }
  return state;
}

// ---------------------------------------------------------------------------------------------
// Attacks
// ---------------------------------------------------------------------------------------------

const describeChange = (change: Change) => {
  const parts = Object.entries(change.set ?? {}).map(([key, value]) =>
    value === null ? `-${key}` : `${key}=${value.length > 40 ? `${value.slice(0, 40)}…` : value}`,
  );
  if (change.file) parts.push(`${change.file.field}=<${change.file.bytes.length} bytes>`);
  if (change.args) parts.push(`args=${JSON.stringify(change.args).slice(0, 60)}`);
  return parts.length ? ` {${parts.join(", ")}}` : "";
};

/** Every attack a test tried, for its report. */
export class AttackLog {
  readonly tried: string[] = [];

  /**
   * Replays `action` as `who` with `change`, then checks (softly, so every attack runs) that the
   * reply carries `refusal` and that nothing `watch` names changed.
   */
  async expectRefused(
    action: RecordedAction,
    who: Identity,
    change: Change,
    watch: Watch,
    refusal: string,
  ): Promise<Reply> {
    const kind = ["op", "intent"]
      .map((key) => (change.set?.[key] === undefined ? fieldOf(action, key) : change.set[key]))
      .find(Boolean);
    const label = `${action.name}${kind ? `[${kind}]` : ""}${describeChange(change)} as ${identityLabel(who)}`;
    this.tried.push(label);
    const before = stateOf(watch);
    const reply = await replay(action, who, change);
    const excerpt = reply.text.slice(0, 600);
    expect.soft(reply.status, `${label}: HTTP status (${excerpt})`).toBe(200);
    expect.soft(reply.text, `${label}: the reply should be the refusal`).toContain(refusal);
    expect.soft(reply.text, `${label}: the reply must not report success`).not.toMatch(/"ok":true/);
    expect.soft(stateOf(watch), `${label}: nothing it could touch may change`).toEqual(before);
    return reply;
  }
}

// ---------------------------------------------------------------------------------------------
// Small fixtures
// ---------------------------------------------------------------------------------------------

/** A post file's version as the editor sends it (lib/content/write.ts versionOf). */
export function postVersion(slug: string): string {
  const source = fs.readFileSync(path.join(ADMIN_CONTENT_DIR, "posts", `${slug}.mdx`), "utf8");
  return createHash("sha256").update(source).digest("hex").slice(0, 32);
}

export const postSource = (slug: string) =>
  fs.readFileSync(path.join(ADMIN_CONTENT_DIR, "posts", `${slug}.mdx`), "utf8");

export const postExists = (slug: string) =>
  ["mdx", "md"].some((ext) =>
    fs.existsSync(path.join(ADMIN_CONTENT_DIR, "posts", `${slug}.${ext}`)),
  );

/** An account record from the admin server's store. */
export function accountRecord(email: string): { id: string; role: string } | undefined {
  const file = path.join(ADMIN_DATA_DIR, "accounts.json");
  const { accounts } = JSON.parse(fs.readFileSync(file, "utf8")) as {
    accounts: { id: string; email: string; role: string }[];
  };
  return accounts.find((account) => account.email === email);
}

const GIF_1X1 = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

/** A valid 1×1 GIF whose bytes no other upload shares. */
export const uniqueGif = () =>
  Buffer.concat([GIF_1X1, Buffer.from(`perm-${randomBytes(8).toString("hex")}`)]);

/** A datetime-local value far in the future. */
export const FUTURE = "2099-01-01T09:00";
