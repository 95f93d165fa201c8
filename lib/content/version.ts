import { createHash } from "node:crypto";

/** A file's version: a hash of its bytes, so any change (from any editor or git) is seen. */
export const versionOf = (source: string) =>
  createHash("sha256").update(source).digest("hex").slice(0, 32);
