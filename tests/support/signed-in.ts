import { vi } from "vitest";
import type { Account } from "@/lib/accounts/types";

/**
 * Server actions tested as the app runs them, with only the session stood in for: set
 * `session.account` to act as that mentor (undefined: signed out). Import this module first, then
 * load the actions with `await import(...)`, so they see the stand-in.
 */
export const session: { account: Account | undefined } = { account: undefined };

vi.mock("@/lib/auth/current-user", () => ({
  getCurrentAccount: async () => session.account,
  getSessionId: async () => "sid",
  requirePageAccount: async () => session.account,
}));
// Outside a Next request there is no cache to revalidate.
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
