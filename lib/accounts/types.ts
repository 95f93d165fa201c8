import type { Role } from "./roles";

export type SessionRecord = { id: string; createdAt: string };

export type Account = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The author profile (`content/authors/<authorId>.md`) and byline this account writes under. */
  authorId: string;
  /** argon2id; empty until an invited account sets its password. */
  passwordHash: string;
  active: boolean;
  createdAt: string;
  /** Live sign-ins. Signing out, a password change or deactivation removes them. */
  sessions: SessionRecord[];
  /** When the account first signed in, any way; missing until then (and on older accounts). */
  firstSignInAt?: string;
  /**
   * A one-time link to set a password (invitation or reset); only its hash is kept. `kind`,
   * `createdAt` and `createdBy` (an account id) are missing on links made by older versions.
   */
  setPassword?: {
    tokenHash: string;
    expiresAt: string;
    kind?: "invite" | "reset";
    createdAt?: string;
    createdBy?: string;
  };
};

/** What the admin UI may show about an account: never hashes or tokens. */
export type AccountSummary = Pick<
  Account,
  "id" | "email" | "name" | "role" | "authorId" | "active" | "createdAt"
> & {
  hasPassword: boolean;
};

/** What may leave the account store: no password hash, session or one-time link. */
export function publicFields(account: Account) {
  return {
    id: account.id,
    email: account.email,
    name: account.name,
    role: account.role,
    authorId: account.authorId,
    active: account.active,
    createdAt: account.createdAt,
  };
}

export function summarise(account: Account): AccountSummary {
  return {
    ...publicFields(account),
    hasPassword: account.passwordHash !== "",
  };
}
