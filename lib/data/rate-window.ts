import { processGlobal } from "./process-global";

/**
 * A per-key count of actions in the last minute (or `windowMs`), kept in this process's memory:
 * a restart forgets it. `take` counts one action and answers 0, or, when the key already has
 * `limit` actions in the window, counts nothing and answers the milliseconds until the oldest
 * leaves it. A refused action does not count, so a client that retries later gets through.
 * Keys that stopped acting are forgotten once there are many, so memory stays bounded.
 */
export type RateWindow = {
  readonly limit: number;
  take(key: string, now?: number): number;
  clear(): void;
};

const FORGET_ABOVE_KEYS = 1_000;

export function rateWindow(name: string, limit: number, windowMs = 60_000): RateWindow {
  const recent = processGlobal(`rate-window.${name}`, () => new Map<string, number[]>());
  return {
    limit,
    take(key, now = Date.now()) {
      const times = (recent.get(key) ?? []).filter((at) => now - at < windowMs);
      if (times.length >= limit) {
        recent.set(key, times);
        return windowMs - (now - times[0]!);
      }
      times.push(now);
      recent.set(key, times);
      if (recent.size > FORGET_ABOVE_KEYS)
        for (const [other, list] of recent)
          if (now - list[list.length - 1]! >= windowMs) recent.delete(other);
      return 0;
    },
    clear: () => recent.clear(),
  };
}
