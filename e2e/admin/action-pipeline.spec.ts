import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_DIST_DIR } from "../support/env";
import { FORBIDDEN, formAction, replay, SIGNED_OUT } from "./action-replay";
import { USERS, type UserKey } from "./support";

/**
 * Every server action in the build, found in Next's server-reference manifest (not in a list that
 * could forget one), is called without a session and with every role below its permission. Each
 * must refuse before reading its input. An action missing from EXPECTED fails: declare it with
 * lib/actions/define.ts and add it here with its permission's lowest role.
 */
const ROLES_LOW_TO_HIGH = ["contributor", "author", "editor", "admin", "owner"] as const;
type Lowest = (typeof ROLES_LOW_TO_HIGH)[number] | "public";

/** The explicit allow-list of public actions is every "public" entry here. */
const EXPECTED: Record<string, Lowest> = {
  signInAction: "public",
  oauthSignInAction: "public",
  signOutAction: "public",
  setupAction: "public",
  setPasswordAction: "public",
  savePostAction: "contributor",
  deletePostAction: "contributor",
  previewAction: "contributor",
  createShareLinkAction: "contributor",
  revokeShareLinkAction: "contributor",
  restoreAction: "contributor",
  uploadMediaAction: "contributor",
  deleteMediaAction: "contributor",
  updateProfileAction: "contributor",
  changePasswordAction: "contributor",
  tagAction: "editor",
  savePageAction: "editor",
  deletePageAction: "editor",
  saveSettingsAction: "admin",
  inviteAction: "admin",
  invitationAction: "admin",
  changeAccountAction: "admin",
};

/** Accounts the admin setup made, by role (there is no administrator account). */
const ACCOUNT_OF: Partial<Record<Lowest, UserKey>> = {
  contributor: "contributor",
  author: "author",
  editor: "editor",
  owner: "owner",
};

function builtActions(): string[] {
  const file = path.join(
    process.cwd(),
    `${E2E_DIST_DIR}-admin`,
    "server",
    "server-reference-manifest.json",
  );
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  return [
    ...new Set(Object.values(manifest.node).map((entry) => entry.exportedName ?? "?")),
  ].sort();
}

test("every action in the build is declared with a permission the server enforces", async () => {
  test.setTimeout(180_000);
  const built = builtActions();
  expect(built.length).toBeGreaterThanOrEqual(15);
  const undeclared = built.filter((name) => !(name in EXPECTED));
  expect(undeclared, "actions in the build that this test does not know").toEqual([]);
  const publicActions = built.filter((name) => EXPECTED[name] === "public");
  expect(publicActions).toEqual(
    [
      "oauthSignInAction",
      "setPasswordAction",
      "setupAction",
      "signInAction",
      "signOutAction",
    ].filter((name) => built.includes(name)),
  );

  let calls = 0;
  for (const name of built) {
    const lowest = EXPECTED[name]!;
    if (lowest === "public") continue;
    // An empty form: the refusal must come before the input is read.
    const request = formAction(name, "/admin", {});
    const anonymous = await replay(request, "nobody");
    expect(anonymous.text, `${name} without a session`).toContain(SIGNED_OUT);
    calls++;
    const below = ROLES_LOW_TO_HIGH.slice(0, ROLES_LOW_TO_HIGH.indexOf(lowest));
    for (const role of below) {
      const account = ACCOUNT_OF[role];
      if (!account) continue;
      const reply = await replay(request, account);
      expect(reply.text, `${name} as ${USERS[account].role}`).toContain(FORBIDDEN);
      calls++;
    }
    // The lowest role that may call it gets past the gate (to the input check or further).
    const allowed = ACCOUNT_OF[lowest] ?? "owner";
    const reply = await replay(request, allowed);
    expect(reply.text, `${name} as ${allowed}`).not.toContain(SIGNED_OUT);
    expect(reply.text, `${name} as ${allowed}`).not.toContain(FORBIDDEN);
    calls++;
  }
  console.log(`[action-pipeline] ${built.length} actions, ${calls} calls`);
});
