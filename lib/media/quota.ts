/**
 * Each account may keep this much in uploaded images, so one mentor cannot fill the disk. The only
 * place MEDIA_QUOTA_MB is read (documented in the README's environment table).
 */
export const DEFAULT_MEDIA_QUOTA_MB = 200;

export const MB = 1024 * 1024;

let warned = false;

/** The per-account quota in bytes: MEDIA_QUOTA_MB (a number of megabytes, 0 or more), else 200 MB. */
export function mediaQuotaBytes(): number {
  const raw = process.env.MEDIA_QUOTA_MB?.trim();
  if (!raw) return DEFAULT_MEDIA_QUOTA_MB * MB;
  const megabytes = Number(raw);
  if (Number.isFinite(megabytes) && megabytes >= 0) return Math.floor(megabytes * MB);
  if (!warned) {
    warned = true;
    console.error(
      `[media] MEDIA_QUOTA_MB=${JSON.stringify(raw)} is not a number of megabytes; using ${DEFAULT_MEDIA_QUOTA_MB}.`,
    );
  }
  return DEFAULT_MEDIA_QUOTA_MB * MB;
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
