import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import type { Account } from "@/lib/accounts/types";
import { createContentDir, removeContentDir, writePost } from "./support/content-fixture";

// Review, second round (finding 8): in draft mode, a post's public address shows a draft only to
// a live signed-in mentor who may see that post; anyone else gets what readers get.
const state = vi.hoisted(() => ({ draft: true, account: undefined as Account | undefined }));
vi.mock("next/headers", () => ({ draftMode: async () => ({ isEnabled: state.draft }) }));
// getCurrentAccount is undefined for a deactivated account or an ended session (current-user.ts).
vi.mock("@/lib/auth/current-user", () => ({ getCurrentAccount: async () => state.account }));

const { generateMetadata } = await import("@/app/(site)/blog/[slug]/page");

const mentor = (role: Account["role"], authorId: string): Account => ({
  id: `acct-${authorId}`,
  email: `${authorId}@example.com`,
  name: authorId,
  role,
  authorId,
  passwordHash: "",
  active: true,
  createdAt: "2026-01-01T00:00:00Z",
  sessions: [],
});

let dir: string;
beforeAll(() => {
  dir = createContentDir("draft-preview");
  writePost(dir, "secret-plan", {
    title: "Secret plan",
    date: "2024-01-01",
    author: "dana",
    draft: true,
  });
  writePost(dir, "hello", { title: "Hello", date: "2024-01-01", author: "dana" });
});
afterAll(() => removeContentDir(dir));

const titleAt = async (slug: string) =>
  (await generateMetadata({ params: Promise.resolve({ slug }) })).title;

describe("draft mode shows a draft only to a mentor who may see it", () => {
  test.each([
    ["nobody signed in (or a deactivated account)", undefined],
    ["another author", mentor("author", "ben")],
    ["another contributor", mentor("contributor", "cara")],
  ])("%s gets nothing at a draft's address", async (_who, account) => {
    state.account = account;
    expect(await titleAt("secret-plan")).toBeUndefined();
    // A published post is shown as readers see it.
    expect(await titleAt("hello")).toBeDefined();
    expect(await titleAt("hello")).not.toMatch(/^Draft:/);
  });

  test.each([
    ["its author", mentor("contributor", "dana")],
    ["an editor", mentor("editor", "eddie")],
  ])("%s sees the draft", async (_who, account) => {
    state.account = account;
    expect(await titleAt("secret-plan")).toBe("Draft: Secret plan");
  });

  test("without draft mode, even its author gets what readers get", async () => {
    state.draft = false;
    state.account = mentor("contributor", "dana");
    expect(await titleAt("secret-plan")).toBeUndefined();
    state.draft = true;
  });
});
