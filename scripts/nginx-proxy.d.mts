// Types for scripts/nginx-proxy.mjs, for the unit tests that run the shipped config.
export function hasNginx(): boolean;
export function ensureNginx(): boolean;
export function shippedConfigFor(
  dir: string,
  listenPort: number | string,
  appPort: number | string,
): string;
export function startNginx(options: {
  dir: string;
  listenPort: number | string;
  appPort: number | string;
}): Promise<{ url: string; stop: () => void }>;
