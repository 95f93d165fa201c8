/**
 * One value per server process. Next bundles routes separately, so a plain module variable can
 * exist once per bundle; caches, locks and timers that must be shared live on globalThis instead.
 */
export function processGlobal<T>(key: string, create: () => T): T {
  const store = globalThis as unknown as Record<symbol, T>;
  const symbol = Symbol.for(`mentor-blog.${key}`);
  if (!(symbol in store)) store[symbol] = create();
  return store[symbol];
}
