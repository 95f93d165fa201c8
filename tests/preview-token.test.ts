import { afterAll, beforeEach, describe, expect, test } from "vitest";
import { createPreviewToken, readPreviewToken } from "@/lib/publishing/preview-token";

const SECRET = "test-secret-for-preview-tokens-0123456789";
const previous = process.env.AUTH_SECRET;
const HOUR = 3_600_000;

beforeEach(() => {
  process.env.AUTH_SECRET = SECRET;
});
afterAll(() => {
  if (previous === undefined) delete process.env.AUTH_SECRET;
  else process.env.AUTH_SECRET = previous;
});

/** Splits a token into slug, expiry and signature. */
const parts = (token: string) => {
  const [slug, expiry, signature] = token.split(".");
  return { slug: slug!, expiry: expiry!, signature: signature! };
};

describe("preview tokens", () => {
  test("a token round-trips to its slug and expiry", () => {
    const before = Date.now();
    const token = createPreviewToken("my-draft", 24);
    const read = readPreviewToken(token);
    expect(read?.slug).toBe("my-draft");
    expect(read!.expiresAt.getTime()).toBeGreaterThanOrEqual(before + 24 * HOUR);
    expect(read!.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 24 * HOUR);
    expect(token).toMatch(/^my-draft\.\d+\.[A-Za-z0-9_-]{43}$/);
  });

  test("a token for another slug cannot be made by editing the slug", () => {
    const { expiry, signature } = parts(createPreviewToken("my-draft", 1));
    expect(readPreviewToken(`other-draft.${expiry}.${signature}`)).toBeUndefined();
    expect(readPreviewToken(`my-draft2.${expiry}.${signature}`)).toBeUndefined();
  });

  test("an edited expiry is refused", () => {
    const { slug, expiry, signature } = parts(createPreviewToken("my-draft", 1));
    const later = String(Number(expiry) + 365 * 24 * HOUR);
    expect(readPreviewToken(`${slug}.${later}.${signature}`)).toBeUndefined();
  });

  test("an edited signature is refused", () => {
    const { slug, expiry, signature } = parts(createPreviewToken("my-draft", 1));
    const flipped = (signature[0] === "A" ? "B" : "A") + signature.slice(1);
    expect(readPreviewToken(`${slug}.${expiry}.${flipped}`)).toBeUndefined();
    expect(readPreviewToken(`${slug}.${expiry}.${signature.slice(0, -1)}`)).toBeUndefined();
    expect(readPreviewToken(`${slug}.${expiry}.${signature}A`)).toBeUndefined();
  });

  test("a token signed with another secret is refused", () => {
    process.env.AUTH_SECRET = "some-other-secret-entirely-9876543210";
    const foreign = createPreviewToken("my-draft", 1);
    process.env.AUTH_SECRET = SECRET;
    expect(readPreviewToken(foreign)).toBeUndefined();
    expect(readPreviewToken(createPreviewToken("my-draft", 1))).toBeDefined();
  });

  test("an expired token is refused", () => {
    expect(readPreviewToken(createPreviewToken("my-draft", -1))).toBeUndefined();
    expect(readPreviewToken(createPreviewToken("my-draft", 0))).toBeUndefined();
  });

  test.each([
    "",
    "garbage",
    "my-draft",
    "my-draft.123",
    "a.b.c",
    `../etc.${Date.now() + HOUR}.${"A".repeat(43)}`,
    `My-Draft.${Date.now() + HOUR}.${"A".repeat(43)}`,
    `my-draft.${Date.now() + HOUR}.${"A".repeat(43)}`,
    `my-draft.${Date.now() + HOUR}.${"A".repeat(43)}\n`,
  ])("the string %j is refused", (token) => {
    expect(readPreviewToken(token)).toBeUndefined();
  });
});
