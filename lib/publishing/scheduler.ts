import { getContentIndex } from "@/lib/content/load";
import { processGlobal } from "@/lib/data/process-global";
import { internalToken } from "./internal-token";
import { env } from "@/lib/env";

const MAX_TIMEOUT = 2 ** 31 - 1;
const state = processGlobal("publish-scheduler", () => ({
  timer: undefined as NodeJS.Timeout | undefined,
}));

/** The server's own address, for calling its revalidation route. */
const selfUrl = () => `http://127.0.0.1:${env.port()}/api/internal/revalidate`;

/**
 * Scheduled posts go public at their time without a rebuild: a timer waits for the next one, then
 * asks this server to refresh the reader pages (revalidation needs a request, so it calls itself).
 */
export function armScheduler(): void {
  clearTimeout(state.timer);
  const now = Date.now();
  const next = getContentIndex()
    .posts.filter((post) => !post.draft && post.date.getTime() > now)
    .reduce((soonest, post) => Math.min(soonest, post.date.getTime()), Infinity);
  if (!Number.isFinite(next)) return;
  state.timer = setTimeout(
    async () => {
      if (Date.now() >= next) {
        await fetch(selfUrl(), {
          method: "POST",
          headers: { "x-internal-token": internalToken() },
        }).catch((error) => console.error("[scheduler] could not refresh the site:", error));
      }
      armScheduler();
    },
    Math.min(next - now + 25, MAX_TIMEOUT),
  );
  state.timer.unref?.();
}
