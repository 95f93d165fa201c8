import fs from "node:fs";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { createOwner, inviteAccount, administerAccount } from "@/lib/team/manage";
import {
  accountForToken,
  createResetLink,
  listPendingInvitations,
  openLink,
  reissueInvitation,
  revokeInvitation,
  setPasswordWithToken,
} from "@/lib/team/links";
import { verifyPassword } from "@/lib/accounts/passwords";
import { can } from "@/lib/accounts/roles";
import { findAccount, hashToken, sameTokenHash, startSession } from "@/lib/accounts/store";
import { MAX_BAD_LINKS_PER_ADDRESS } from "@/lib/auth/rate-limit";
import { accountsFile } from "@/lib/data/paths";
import { createContentDir, removeContentDir } from "./support/content-fixture";
import { createDataDir, removeDataDir } from "./support/data-dir";

let contentDir: string;
let dataDir: string;
const DAY = 864e5;
const GONE = /expired or was already used/;

beforeEach(() => {
  contentDir = createContentDir("links");
  dataDir = createDataDir("links");
});
afterEach(() => {
  vi.useRealTimers();
  removeContentDir(contentDir);
  removeDataDir(dataDir);
});

async function team() {
  const boss = await createOwner({
    name: "Olive Owner",
    email: "olive@example.com",
    password: "owner password 123",
  });
  const invite = (name: string, role: "admin" | "editor" | "author") =>
    inviteAccount({ name, email: `${name.toLowerCase()}@example.com`, role }, boss.id);
  const admin = await invite("Ada", "admin");
  await setPasswordWithToken(admin.token, "ada password 123");
  const admin2 = await invite("Abe", "admin");
  await setPasswordWithToken(admin2.token, "abe password 123");
  const author = await invite("Ben", "author");
  await setPasswordWithToken(author.token, "ben password 123");
  return { boss, admin: admin.account, admin2: admin2.account, author: author.account, invite };
}

describe("invitations", () => {
  test("are listed with who invited whom, when, and until when the link works", async () => {
    const { boss, invite } = await team();
    const before = Date.now();
    const { account, token } = await invite("Cy", "editor");
    const [pending, ...others] = await listPendingInvitations();
    expect(others).toEqual([]);
    expect(pending).toMatchObject({
      id: account.id,
      name: "Cy",
      email: "cy@example.com",
      role: "editor",
      invitedBy: boss.name,
      expired: false,
    });
    const expires = Date.parse(pending!.expiresAt!);
    expect(expires - Date.parse(pending!.invitedAt!)).toBe(7 * DAY);
    expect(expires).toBeGreaterThanOrEqual(before + 7 * DAY);
    // Nothing in the list or the file is the token itself.
    expect(JSON.stringify(pending)).not.toContain(token);
    expect(fs.readFileSync(accountsFile(), "utf8")).not.toContain(token);
  });

  test("expire after 7 days, and show as expired", async () => {
    const { invite } = await team();
    const { token } = await invite("Cy", "editor");
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 7 * DAY + 1000);
    expect(await accountForToken(token)).toBeUndefined();
    expect((await listPendingInvitations())[0]?.expired).toBe(true);
    await expect(setPasswordWithToken(token, "a long password")).rejects.toThrow(GONE);
  });

  test("a re-issued link works and the old one stops working, even after expiry", async () => {
    const { boss, invite } = await team();
    const { account, token: old } = await invite("Cy", "editor");
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 8 * DAY);
    const fresh = await reissueInvitation(boss.id, account.id);
    expect(fresh).not.toBe(old);
    expect(await accountForToken(old)).toBeUndefined();
    expect((await accountForToken(fresh))?.id).toBe(account.id);
    expect((await listPendingInvitations())[0]?.expired).toBe(false);
  });

  test("a revoked invitation's link stops working and the email can be invited again", async () => {
    const { boss, invite } = await team();
    const { account, token } = await invite("Cy", "editor");
    expect(await revokeInvitation(boss.id, account.id)).toBe("cy@example.com");
    expect(await findAccount(account.id)).toBeUndefined();
    await expect(setPasswordWithToken(token, "a long password")).rejects.toThrow(GONE);
    expect(await listPendingInvitations()).toEqual([]);
    await expect(invite("Cy", "editor")).resolves.toBeTruthy();
  });

  test("an accepted invitation can be neither revoked nor re-issued", async () => {
    const { boss, author } = await team();
    await expect(revokeInvitation(boss.id, author.id)).rejects.toThrow(/already accepted/);
    await expect(reissueInvitation(boss.id, author.id)).rejects.toThrow(/already accepted/);
    expect(await findAccount(author.id)).toBeTruthy();
  });

  test("only someone who may administer the account can revoke or re-issue", async () => {
    const { author, invite } = await team();
    const { account } = await invite("Cy", "editor");
    await expect(revokeInvitation(author.id, account.id)).rejects.toThrow(/cannot change/);
    await expect(reissueInvitation(author.id, account.id)).rejects.toThrow(/cannot change/);
    expect(await findAccount(account.id)).toBeTruthy();
  });

  test("the link of a deactivated account does not work, and is not re-issued", async () => {
    const { boss, invite } = await team();
    const { account, token } = await invite("Cy", "editor");
    await administerAccount(boss.id, account.id, { active: false });
    expect(await accountForToken(token)).toBeUndefined();
    await expect(setPasswordWithToken(token, "a long password")).rejects.toThrow(GONE);
    await expect(reissueInvitation(boss.id, account.id)).rejects.toThrow(/deactivated/);
  });

  test("accepted twice at once: one wins, the other is refused, one password is kept", async () => {
    const { invite } = await team();
    const { account, token } = await invite("Cy", "editor");
    const results = await Promise.allSettled([
      setPasswordWithToken(token, "first password 123"),
      setPasswordWithToken(token, "second password 123"),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const winner = results.findIndex((r) => r.status === "fulfilled");
    const saved = (await findAccount(account.id))!;
    const passwords = ["first password 123", "second password 123"];
    expect(await verifyPassword(saved.passwordHash, passwords[winner]!)).toBe(true);
    expect(await verifyPassword(saved.passwordHash, passwords[1 - winner]!)).toBe(false);
    expect(saved.setPassword).toBeUndefined();
  });
});

describe("password-reset links", () => {
  test("work once for 24 hours, end every session, and keep the old password until used", async () => {
    const { boss, author } = await team();
    await startSession(author.id);
    await startSession(author.id);
    const token = await createResetLink(boss.id, author.id);
    const stored = (await findAccount(author.id))!;
    expect(stored.setPassword).toMatchObject({ kind: "reset", tokenHash: hashToken(token) });
    expect(Date.parse(stored.setPassword!.expiresAt) - Date.now()).toBeLessThanOrEqual(DAY);
    expect(stored.sessions).toHaveLength(2);
    expect(await verifyPassword(stored.passwordHash, "ben password 123")).toBe(true);

    const { kind } = await setPasswordWithToken(token, "ben's new password");
    expect(kind).toBe("reset");
    const saved = (await findAccount(author.id))!;
    expect(saved.sessions).toEqual([]);
    expect(await verifyPassword(saved.passwordHash, "ben's new password")).toBe(true);
    expect(await verifyPassword(saved.passwordHash, "ben password 123")).toBe(false);
    await expect(setPasswordWithToken(token, "yet another one")).rejects.toThrow(GONE);
  });

  test("expire after 24 hours", async () => {
    const { boss, author } = await team();
    const token = await createResetLink(boss.id, author.id);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + DAY + 1000);
    await expect(setPasswordWithToken(token, "ben's new password")).rejects.toThrow(GONE);
  });

  test("a newer reset link replaces the older one", async () => {
    const { boss, author } = await team();
    const first = await createResetLink(boss.id, author.id);
    const second = await createResetLink(boss.id, author.id);
    expect(await accountForToken(first)).toBeUndefined();
    expect((await accountForToken(second))?.id).toBe(author.id);
  });

  test("nobody makes one for the owner, for themselves, or for an equal role", async () => {
    const { boss, admin, admin2, author } = await team();
    await expect(createResetLink(admin.id, boss.id)).rejects.toThrow(/cannot change/);
    await expect(createResetLink(admin.id, admin.id)).rejects.toThrow(/cannot change/);
    await expect(createResetLink(admin.id, admin2.id)).rejects.toThrow(/Only the owner/);
    await expect(createResetLink(author.id, admin.id)).rejects.toThrow(/cannot change/);
    // The owner can reset an administrator; an administrator can reset an author.
    await expect(createResetLink(boss.id, admin.id)).resolves.toMatch(/^[\w-]{32}$/);
    await expect(createResetLink(admin.id, author.id)).resolves.toMatch(/^[\w-]{32}$/);
    expect(can.resetPasswordOf(admin, admin2)).toBe(false);
    expect(can.resetPasswordOf(boss, admin)).toBe(true);
  });

  test("a pending invitation or a deactivated account gets no reset link", async () => {
    const { boss, author, invite } = await team();
    const { account } = await invite("Cy", "editor");
    await expect(createResetLink(boss.id, account.id)).rejects.toThrow(/not accepted/);
    await administerAccount(boss.id, author.id, { active: false });
    await expect(createResetLink(boss.id, author.id)).rejects.toThrow(/deactivated/);
  });
});

describe("guessing links", () => {
  test("malformed and unknown tokens are refused without a match", async () => {
    const { invite } = await team();
    const { token } = await invite("Cy", "editor");
    for (const guess of [
      "",
      "short",
      `${token}x`,
      token.toUpperCase(),
      "../../etc/passwd",
      "a".repeat(500),
    ])
      expect(await accountForToken(guess)).toBeUndefined();
    expect(sameTokenHash(hashToken(token), hashToken(token))).toBe(true);
    expect(sameTokenHash(hashToken(token), hashToken(`${token}x`))).toBe(false);
    expect(sameTokenHash(hashToken(token), "")).toBe(false);
  });

  test("a known address that tries 20 wrong links is refused for a while, even a right one", async () => {
    const { invite } = await team();
    const { token } = await invite("Cy", "editor");
    const address = "203.0.113.9";
    for (let i = 0; i < MAX_BAD_LINKS_PER_ADDRESS; i++)
      expect(await openLink(`guess-${i}-${"x".repeat(24)}`, address)).toBeUndefined();
    expect(await openLink(token, address)).toBe("locked");
    // Another address, and the shared "unknown" one, are not locked by it.
    expect(await openLink(token, "203.0.113.10")).toMatchObject({ kind: "invite" });
    expect(await openLink(token, undefined)).toMatchObject({ kind: "invite" });
    // Posting the form directly meets the same limit, and the link is not used up.
    await expect(setPasswordWithToken(token, "a long password", address)).rejects.toThrow(
      /Too many links/,
    );
    expect(await accountForToken(token)).toBeTruthy();
  });
});

describe("who is still invited", () => {
  test("a mentor who signed in without a password (GitHub, Google) is a member, not revocable", async () => {
    const { boss, invite } = await team();
    const { account } = await invite("Cy", "editor");
    await startSession(account.id);
    expect(await listPendingInvitations()).toEqual([]);
    await expect(revokeInvitation(boss.id, account.id)).rejects.toThrow(/already accepted/);
    expect(await findAccount(account.id)).toBeTruthy();
  });
});
