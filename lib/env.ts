/**
 * Every environment variable the app reads, in one place (as taxonomy's env.mjs). Values are read
 * when asked, not at import, because tests and scripts set them per case; each is checked, and a
 * value that is not usable is reported once and replaced by its default. The README's
 * "Configuration" table lists exactly these names: tests/env.test.ts holds both to that, and holds
 * every other file to reading the environment through here (Next's own NODE_ENV, NEXT_PHASE and
 * NEXT_RUNTIME aside).
 */
const warned = new Set<string>();

function read(name: string): string | undefined {
  const value = process.env[name]?.trim();
  return value ? value : undefined;
}

function warnOnce(name: string, message: string): void {
  if (warned.has(name)) return;
  warned.add(name);
  console.error(`[config] ${name}: ${message}`);
}

/** A number within bounds, else the default (with one warning). */
function number(name: string, fallback: number, min: number, max: number): number {
  const raw = read(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (Number.isFinite(value) && value >= min && value <= max) return value;
  warnOnce(
    name,
    `${JSON.stringify(raw)} is not a number from ${min} to ${max}; using ${fallback}.`,
  );
  return fallback;
}

/** A whole number within bounds (a count of things), else the default (with one warning). */
function count(name: string, fallback: number, max: number): number {
  const raw = read(name);
  if (raw === undefined) return fallback;
  if (/^\d+$/.test(raw) && Number(raw) <= max) return Number(raw);
  warnOnce(
    name,
    `${JSON.stringify(raw)} is not a whole number from 0 to ${max}; using ${fallback}.`,
  );
  return fallback;
}

/** An OAuth app's id and secret, only when both are set. */
function oauth(prefix: string): { id: string; secret: string } | undefined {
  const id = read(`${prefix}_ID`);
  const secret = read(`${prefix}_SECRET`);
  if (id && secret) return { id, secret };
  if (id || secret) warnOnce(prefix, `set both ${prefix}_ID and ${prefix}_SECRET, or neither.`);
  return undefined;
}

export const env = {
  /**
   * Public origin for canonical URLs, feeds, the sitemap and social cards. Unset, it is this
   * machine on the port the server listens on (PORT), so a server on another port links to itself.
   */
  siteUrl(): string {
    const raw = read("SITE_URL");
    if (raw) {
      try {
        const url = new URL(raw);
        if (url.protocol === "http:" || url.protocol === "https:") return raw.replace(/\/+$/, "");
      } catch {
        // reported below
      }
      warnOnce("SITE_URL", `${JSON.stringify(raw)} is not an http(s) address; using localhost.`);
    }
    return `http://localhost:${env.port()}`;
  },
  siteTitle: () => read("SITE_TITLE"),
  siteDescription: () => read("SITE_DESCRIPTION"),
  /** The content folder (`posts/`, `authors/`, `tags.yml`); undefined: `content/` here. */
  contentDir: () => read("CONTENT_DIR"),
  /** Accounts, secret, uploads, share links, history; undefined: `data/` here. */
  dataDir: () => read("DATA_DIR"),
  /** Next's build output folder. */
  distDir: () => read("NEXT_DIST_DIR") ?? ".next",
  /** The port `npm start` listens on, which the scheduler calls back. */
  port: () => number("PORT", 3000, 1, 65_535),
  /** The session-signing key; undefined: one is generated into the data folder. */
  authSecret: () => read("AUTH_SECRET"),
  github: () => oauth("AUTH_GITHUB"),
  google: () => oauth("AUTH_GOOGLE"),
  /** Megabytes of uploaded images each account may keep (0 stops uploads). */
  mediaQuotaMb: () => number("MEDIA_QUOTA_MB", 200, 0, 1_000_000),
  /**
   * How many of the newest published posts `npm run build` renders ahead; older posts render on
   * their first visit and are cached from then on, so the build does not grow with the archive.
   */
  prerenderPosts: () => count("PRERENDER_POSTS", 300, 1_000_000),
  /** Proxies whose forwarding headers are believed: addresses or ranges, comma-separated. */
  trustedProxies: () => read("TRUSTED_PROXIES") ?? "",
};

/** The variables above, for the README check. */
export const ENV_VARIABLES = [
  "SITE_URL",
  "SITE_TITLE",
  "SITE_DESCRIPTION",
  "CONTENT_DIR",
  "DATA_DIR",
  "NEXT_DIST_DIR",
  "PORT",
  "AUTH_SECRET",
  "AUTH_GITHUB_ID",
  "AUTH_GITHUB_SECRET",
  "AUTH_GOOGLE_ID",
  "AUTH_GOOGLE_SECRET",
  "MEDIA_QUOTA_MB",
  "PRERENDER_POSTS",
  "TRUSTED_PROXIES",
] as const;
