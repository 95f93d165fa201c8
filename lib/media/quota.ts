import { env } from "@/lib/env";

/**
 * Each account may keep this much in uploaded images, so one mentor cannot fill the disk
 * (MEDIA_QUOTA_MB, read in lib/env.ts; 200 MB when unset).
 */

export const MB = 1024 * 1024;

/** The per-account quota in bytes: MEDIA_QUOTA_MB (megabytes, 0 or more), else 200 MB. */
export function mediaQuotaBytes(): number {
  return Math.floor(env.mediaQuotaMb() * MB);
}

/** "200" for whole megabytes, else one decimal ("198.5"). */
export const megabytes = (bytes: number, decimals: "whole-if-exact" | "one" = "one") => {
  const value = bytes / MB;
  if (decimals === "whole-if-exact" && Number.isInteger(value)) return String(value);
  return (Math.floor(value * 10) / 10).toFixed(1);
};

/** Why an upload is refused when it would not fit in the account's quota. */
export function overQuotaMessage(quotaBytes: number, usedBytes: number): string {
  return (
    `This upload would take you over your ${megabytes(quotaBytes, "whole-if-exact")} MB of images ` +
    `(you have used ${megabytes(usedBytes)} MB). Delete images you no longer use, or ask an administrator.`
  );
}

/** The line the Media page shows each mentor about their own uploads. */
export function quotaSummary(quotaBytes: number, usedBytes: number): string {
  return `You have used ${megabytes(usedBytes)} MB of your ${megabytes(quotaBytes, "whole-if-exact")} MB for images.`;
}
