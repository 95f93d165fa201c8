import { expect, type APIRequestContext } from "@playwright/test";

/**
 * next-auth's own endpoints, called over plain HTTP the way a script would: no form, no browser.
 * The sign-in limits live in `authorize`, so they hold here exactly as on the sign-in page.
 */

async function csrfToken(client: APIRequestContext): Promise<string> {
  const res = await client.get("/api/auth/csrf");
  expect(res.status()).toBe(200);
  return ((await res.json()) as { csrfToken: string }).csrfToken;
}

/** What became of one password attempt: signed in, refused as wrong, or refused as locked. */
export type Attempt = "signed-in" | "wrong" | "locked";

/** Posts one email and password to /api/auth/callback/credentials, with `headers` added. */
export async function credentialsAttempt(
  client: APIRequestContext,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<Attempt> {
  const res = await client.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken: await csrfToken(client), callbackUrl: "/admin" },
    headers,
    maxRedirects: 0,
  });
  expect(res.status()).toBe(302);
  const location = new URL(res.headers()["location"] ?? "", "http://x");
  if (location.pathname === "/admin") return "signed-in";
  expect(location.searchParams.get("error")).toBe("CredentialsSignin");
  const code = location.searchParams.get("code");
  if (code === "locked") return "locked";
  expect(code).toBe("credentials");
  return "wrong";
}

/** POST /api/auth/signout with its CSRF token, as next-auth's own sign-out page does. */
export async function signOutThroughEndpoint(client: APIRequestContext): Promise<void> {
  const res = await client.post("/api/auth/signout", {
    form: { csrfToken: await csrfToken(client), callbackUrl: "/signin" },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(302);
}
