import { processGlobal } from "@/lib/data/process-global";

/**
 * Decoding and encoding an image is the costliest thing a mentor can ask of the server: a 1 KB
 * AVIF can claim 40 megapixels and take seconds of CPU. One image is processed at a time, for the
 * whole server, so uploads never take both cores from the readers. Waiting uploads take turns by
 * account: one mentor sending many images delays another mentor's by at most one image.
 */

type Waiting = Map<string, (() => void)[]>;

const slot = processGlobal("media-decode-slot", () => ({
  busy: false,
  /** Accounts with uploads waiting, in the order they joined the line. */
  waiting: new Map() as Waiting,
  /** When each account was last served, as a count of uploads started. */
  lastServed: new Map<string, number>(),
  started: 0,
}));

/** Starts the next upload: of the accounts waiting, the one served longest ago (or never). */
function startNext(): void {
  if (slot.busy) return;
  let next: string | undefined;
  for (const accountId of slot.waiting.keys()) {
    const served = slot.lastServed.get(accountId) ?? -1;
    if (next === undefined || served < (slot.lastServed.get(next) ?? -1)) next = accountId;
  }
  if (next === undefined) return;
  const queue = slot.waiting.get(next)!;
  const start = queue.shift()!;
  if (queue.length === 0) slot.waiting.delete(next);
  slot.lastServed.set(next, slot.started++);
  slot.busy = true;
  start();
}

/** Runs `work` when the slot is free and it is this account's turn. */
export async function inDecodeSlot<T>(accountId: string, work: () => Promise<T>): Promise<T> {
  await new Promise<void>((resolve) => {
    const queue = slot.waiting.get(accountId);
    if (queue) queue.push(resolve);
    else slot.waiting.set(accountId, [resolve]);
    startNext();
  });
  try {
    return await work();
  } finally {
    slot.busy = false;
    startNext();
  }
}
