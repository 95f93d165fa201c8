import fs from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { ADMIN_CONTENT_DIR, ADMIN_DATA_DIR, AUTH_STATE_DIR } from "../support/env";

/** The accounts the setup project creates. Each role has a saved signed-in browser state. */
export const USERS = {
  owner: {
    name: "Olive Owner",
    email: "owner@example.com",
    password: "owner-password-123",
    role: "owner",
  },
  editor: {
    name: "Eddie Editor",
    email: "editor@example.com",
    password: "editor-password-123",
    role: "editor",
  },
  author: {
    name: "Ben Author",
    email: "author@example.com",
    password: "author-password-123",
    role: "author",
  },
  author2: {
    name: "Cara Author",
    email: "author2@example.com",
    password: "author2-password-123",
    role: "author",
  },
  contributor: {
    name: "Dana Contributor",
    email: "contributor@example.com",
    password: "contrib-password-123",
    role: "contributor",
  },
} as const;
export type UserKey = keyof typeof USERS;

export const authorIdOf = (key: UserKey) => USERS[key].name.toLowerCase().replace(/\s+/g, "-");
export const storageStateOf = (key: UserKey) => path.join(AUTH_STATE_DIR, `${key}.json`);

export async function signIn(page: Page, key: UserKey) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(USERS[key].email);
  await page.getByLabel("Password").fill(USERS[key].password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

/** Every file under the admin server's content and data folders, with a hash of its bytes. */
export function snapshotFolders(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (root: string, dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(root, full);
      else
        out.set(path.relative(path.dirname(root), full), fs.readFileSync(full).toString("base64"));
    }
  };
  walk(ADMIN_CONTENT_DIR, ADMIN_CONTENT_DIR);
  walk(ADMIN_DATA_DIR, ADMIN_DATA_DIR);
  return out;
}

/** A unique slug-safe suffix for posts a test creates. */
export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
