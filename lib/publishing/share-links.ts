import "server-only";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import { z } from "zod";
import { UserError } from "@/lib/errors";
import { createWriteQueue, writeFileAtomic } from "@/lib/data/atomic-write";
import { shareLinksFile } from "@/lib/data/paths";

/**
 * Share-preview links: a random token that opens one post, by its permanent id, for 48 hours,
 * for someone without an account. Only the token's SHA-256 is stored, so the file (or a backup of
 * the data folder) cannot be turned back into working links. A link follows its post through
 * renames and never passes to another post that later takes the same slug. It is worth only its
 * maker's rights: shared-preview.ts checks at every view that the maker is still an active account
 * that may edit the post.
 */

export const SHARE_LINK_HOURS = 48;
/** Enough for a post's reviewers; keeps the file small whatever a client sends. */
export const MAX_LINKS_PER_POST = 20;

const HOUR_MS = 3_600_000;
/** 32 random bytes in base64url: the only shape a token can have. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

const linkSchema = z.object({
  id: z.string().min(1),
  tokenHash: z.string().regex(/^[a-f0-9]{64}$/),
  postId: z.string().min(1),
  /** The account that made the link. */
  createdBy: z.string().min(1),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});
const fileSchema = z.object({ version: z.literal(1), links: z.array(linkSchema) });

export type ShareLink = z.infer<typeof linkSchema>;

export class TooManyShareLinks extends UserError {
  constructor() {
    super(
      `This post already has ${MAX_LINKS_PER_POST} share links. Revoke one before making another.`,
    );
  }
}

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");
const live = (link: ShareLink, now: Date) => Date.parse(link.expiresAt) > now.getTime();

async function readLinks(): Promise<ShareLink[]> {
  let raw: string;
  try {
    raw = await fs.readFile(shareLinksFile(), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return fileSchema.parse(JSON.parse(raw)).links;
}

const enqueue = createWriteQueue("share-links");

/**
 * Reads, changes and writes the links as one step; expired links are dropped on every write, so
 * the file holds only links that still work.
 */
function updateLinks<T>(
  change: (links: ShareLink[]) => { links: ShareLink[]; result: T },
  now = new Date(),
): Promise<T> {
  return enqueue(async () => {
    const { links, result } = change((await readLinks()).filter((link) => live(link, now)));
    await writeFileAtomic(
      shareLinksFile(),
      JSON.stringify({ version: 1, links }, null, 2) + "\n",
      0o600,
    );
    return result;
  });
}

/** Makes a link to one post. The token is returned once, here, and never stored. */
export function createShareLink(
  postId: string,
  createdBy: string,
  now = new Date(),
): Promise<{ token: string; link: ShareLink }> {
  const token = randomBytes(32).toString("base64url");
  const link: ShareLink = {
    id: randomUUID(),
    tokenHash: hashOf(token),
    postId,
    createdBy,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SHARE_LINK_HOURS * HOUR_MS).toISOString(),
  };
  return updateLinks((links) => {
    if (links.filter((l) => l.postId === postId).length >= MAX_LINKS_PER_POST)
      throw new TooManyShareLinks();
    return { links: [...links, link], result: { token, link } };
  }, now);
}

/** The live link a token stands for, or undefined (unknown, revoked, expired or malformed). */
export async function findShareLink(
  token: string,
  now = new Date(),
): Promise<ShareLink | undefined> {
  if (!TOKEN.test(token)) return undefined;
  const hash = hashOf(token);
  return (await readLinks()).find((link) => link.tokenHash === hash && live(link, now));
}

/** A post's live links, oldest first. */
export async function listShareLinks(postId: string, now = new Date()): Promise<ShareLink[]> {
  return (await readLinks())
    .filter((link) => link.postId === postId && live(link, now))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/**
 * Revokes one link of one post. The post id is part of the key, so a permission checked on a
 * post can only ever revoke that post's links. False when there was no such live link.
 */
export function revokeShareLink(postId: string, linkId: string): Promise<boolean> {
  return updateLinks((links) => {
    const kept = links.filter((link) => !(link.id === linkId && link.postId === postId));
    return { links: kept, result: kept.length < links.length };
  });
}

/** Ends every link to a post: called when the post is deleted. Returns how many there were. */
export function deleteShareLinksForPost(postId: string): Promise<number> {
  return updateLinks((links) => {
    const kept = links.filter((link) => link.postId !== postId);
    return { links: kept, result: links.length - kept.length };
  });
}
