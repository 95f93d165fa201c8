import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import {
  administerAccount,
  changeOwnPassword,
  createOwner,
  inviteAccount,
} from "@/lib/team/manage";
import { accountForToken, createResetLink, setPasswordWithToken } from "@/lib/team/links";
import { verifyPassword } from "@/lib/accounts/passwords";
import { can, type Actor, type Role } from "@/lib/accounts/roles";
import {
  findAccount,
  findAccountByEmail,
  hashToken,
  readAccounts,
  startSession,
} from "@/lib/accounts/store";
import { accountsFile } from "@/lib/data/paths";
import { createContentDir, removeContentDir } from "./support/content-fixture";
import { createDataDir, removeDataDir } from "./support/data-dir";

let contentDir: string;
let dataDir: string;
const OWNER_PASSWORD = "correct horse battery staple";

beforeEach(() => {
  contentDir = createContentDir("accounts");
  dataDir = createDataDir("accounts");
});
afterEach(() => {
  vi.useRealTimers();
  removeContentDir(contentDir);
  removeDataDir(dataDir);
});

const owner = () =>
  createOwner({ name: "Olive Owner", email: "  Olive@Example.COM ", password: OWNER_PASSWORD });

describe("setting up and inviting", () => {
  test("the owner is created once, with a normalised email and an author profile", async () => {
    const created = await owner();
    expect(created).toMatchObject({
      email: "olive@example.com",
      role: "owner",
      authorId: "olive-owner",
    });
    expect(fs.existsSync(path.join(contentDir, "authors", "olive-owner.md"))).toBe(true);
    await expect(
      createOwner({ name: "Second", email: "second@example.com", password: OWNER_PASSWORD }),
    ).rejects.toThrow(/already complete/);
    expect(await readAccounts()).toHaveLength(1);
    expect((await findAccountByEmail("OLIVE@example.com "))?.id).toBe(created.id);
  });

  test("emails are unique whatever their case or spacing", async () => {
    await owner();
    await expect(
      inviteAccount({ name: "Copy", email: " OLIVE@example.com", role: "editor" }),
    ).rejects.toThrow(/already exists/);
    await expect(
      inviteAccount({ name: "Two", email: "x@example.com", role: "owner" }),
    ).rejects.toThrow(/only one owner/);
  });

  test("an invitation stores only the hash of its token", async () => {
    await owner();
    const { account, token } = await inviteAccount({
      name: "Ann",
      email: "ann@example.com",
      role: "author",
    });
    const text = fs.readFileSync(accountsFile(), "utf8");
    expect(text).not.toContain(token);
    expect(text).toContain(hashToken(token));
    expect((await findAccount(account.id))?.passwordHash).toBe("");
    expect((await accountForToken(token))?.id).toBe(account.id);
  });

  test("names whose slugs collide get different author ids", async () => {
    await owner();
    const a = await inviteAccount({ name: "Sam Lee", email: "a@example.com", role: "author" });
    const b = await inviteAccount({ name: "Sam-Lee", email: "b@example.com", role: "author" });
    expect([a.account.authorId, b.account.authorId]).toEqual(["sam-lee", "sam-lee-2"]);
  });

  test("a name with accents still gets a usable author id and profile", async () => {
    await owner();
    const { account } = await inviteAccount({
      name: "José Núñez",
      email: "jose@example.com",
      role: "author",
    });
    expect(account.authorId).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(fs.existsSync(path.join(contentDir, "authors", `${account.authorId}.md`))).toBe(true);
  });
});

describe("set-password links", () => {
  test("a link sets an argon2id password, ends every session, and works only once", async () => {
    await owner();
    const { account, token } = await inviteAccount({
      name: "Ann",
      email: "ann@example.com",
      role: "author",
    });
    await startSession(account.id);
    await setPasswordWithToken(token, "a new long password");
    const saved = (await findAccount(account.id))!;
    expect(saved.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(saved.passwordHash, "a new long password")).toBe(true);
    expect(await verifyPassword(saved.passwordHash, "a wrong password")).toBe(false);
    expect(saved.sessions).toEqual([]);
    expect(saved.setPassword).toBeUndefined();
    await expect(setPasswordWithToken(token, "another password")).rejects.toThrow(/already used/);
  });

  test("an expired link is refused", async () => {
    await owner();
    const { token } = await inviteAccount({
      name: "Ann",
      email: "ann@example.com",
      role: "author",
    });
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 8 * 24 * 3600 * 1000);
    expect(await accountForToken(token)).toBeUndefined();
    await expect(setPasswordWithToken(token, "a new long password")).rejects.toThrow(/expired/);
  });

  test("the accounts file is private and never holds a plain password", async () => {
    await owner();
    expect(fs.statSync(accountsFile()).mode & 0o777).toBe(0o600);
    const text = fs.readFileSync(accountsFile(), "utf8");
    expect(text).not.toContain(OWNER_PASSWORD);
    expect(text).toContain("$argon2id$");
  });
});

describe("administering accounts", () => {
  async function team() {
    const boss = await owner();
    const admin = (await inviteAccount({ name: "Ada", email: "ada@example.com", role: "admin" }))
      .account;
    const edInvite = await inviteAccount({ name: "Ed", email: "ed@example.com", role: "editor" });
    return { boss, admin, ed: edInvite.account, edToken: edInvite.token };
  }

  test("nobody changes the owner, their own account, or makes a second owner", async () => {
    const { boss, admin, ed } = await team();
    await expect(administerAccount(admin.id, boss.id, { role: "editor" })).rejects.toThrow(/owner/);
    await expect(administerAccount(admin.id, boss.id, { active: false })).rejects.toThrow(/owner/);
    await expect(administerAccount(admin.id, admin.id, { role: "editor" })).rejects.toThrow(
      /your own/,
    );
    await expect(administerAccount(boss.id, ed.id, { role: "owner" })).rejects.toThrow(
      /only one owner/,
    );
    const roles = (await readAccounts()).map((a) => a.role);
    expect(roles).toEqual(["owner", "admin", "editor"]);
  });

  test("deactivation ends the account's sessions; a reset link is made for the account", async () => {
    const { boss, ed, edToken } = await team();
    await setPasswordWithToken(edToken, "ed's first password");
    await startSession(ed.id);
    await administerAccount(boss.id, ed.id, { active: false });
    expect(await findAccount(ed.id)).toMatchObject({ active: false, sessions: [] });
    await administerAccount(boss.id, ed.id, { active: true });
    await startSession(ed.id);
    const token = await createResetLink(boss.id, ed.id);
    // 24 random bytes, base64url: a link nobody can guess.
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    // Ed keeps signing in until the link is used (lib/team/links.ts).
    expect((await findAccount(ed.id))?.sessions).toHaveLength(1);
    expect((await accountForToken(token))?.id).toBe(ed.id);
  });

  test("changing your own password keeps only the session you are using", async () => {
    const { boss } = await team();
    const kept = await startSession(boss.id);
    await startSession(boss.id);
    await changeOwnPassword(boss.id, kept, "a brand new password");
    const saved = (await findAccount(boss.id))!;
    expect(saved.sessions.map((s) => s.id)).toEqual([kept]);
    expect(await verifyPassword(saved.passwordHash, "a brand new password")).toBe(true);
    expect(await verifyPassword(saved.passwordHash, OWNER_PASSWORD)).toBe(false);
  });
});

describe("permissions", () => {
  const actor = (role: Role, authorId = "me"): Actor => ({ id: role, role, authorId });
  const mine = { authorId: "me", published: false };
  const minePublished = { authorId: "me", published: true };
  const theirs = { authorId: "them", published: false };

  test("a contributor edits only their own unpublished posts and publishes nothing", () => {
    const c = actor("contributor");
    expect(can.editPost(c, mine)).toBe(true);
    expect(can.editPost(c, minePublished)).toBe(false);
    expect(can.editPost(c, theirs)).toBe(false);
    expect(can.publishPost(c, mine)).toBe(false);
    expect(can.deletePost(c, minePublished)).toBe(false);
    expect(can.manageTags(c)).toBe(false);
  });

  test("an author publishes their own posts but not others'", () => {
    const a = actor("author");
    expect(can.publishPost(a, mine)).toBe(true);
    expect(can.editPost(a, minePublished)).toBe(true);
    expect(can.publishPost(a, theirs)).toBe(false);
    expect(can.editPost(a, theirs)).toBe(false);
    expect(can.assignAuthor(a)).toBe(false);
  });

  test("an editor handles every post and tag, but not accounts", () => {
    const e = actor("editor");
    const all = [mine, minePublished, theirs, { authorId: "them", published: true }];
    const allowed = (p: (typeof all)[number]) =>
      can.editPost(e, p) && can.publishPost(e, p) && can.deletePost(e, p);
    expect(all.every(allowed)).toBe(true);
    expect(can.manageTags(e)).toBe(true);
    expect(can.manageAccounts(e)).toBe(false);
  });

  test("only admins and the owner manage accounts", () => {
    const allowed = (["owner", "admin", "editor", "author", "contributor"] as const).filter(
      (role) => can.manageAccounts(actor(role)),
    );
    expect(allowed).toEqual(["owner", "admin"]);
  });
});
