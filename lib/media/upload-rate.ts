import { rateWindow } from "@/lib/data/rate-window";
import { MediaError } from "./errors";

/**
 * Each image an account sends to be decoded counts here; beyond this many in a minute, uploads are
 * refused until the oldest is a minute old. Refusals that cost nothing (wrong type, too large, over
 * the quota) are not counted. Kept in memory: a restart forgets it.
 */
export const MAX_UPLOADS_PER_MINUTE = 20;

export const TOO_MANY_UPLOADS =
  `You have uploaded ${MAX_UPLOADS_PER_MINUTE} images in the last minute. ` +
  "Wait a minute, then upload the next one.";

const uploads = rateWindow("uploads", MAX_UPLOADS_PER_MINUTE);

/** Counts one upload for `accountId`, or throws a MediaError when the account is over the rate. */
export function countUpload(accountId: string, now = Date.now()): void {
  if (uploads.take(accountId, now) > 0) throw new MediaError(TOO_MANY_UPLOADS);
}

/** For tests: forgets every count. */
export function forgetUploadCounts(): void {
  uploads.clear();
}
