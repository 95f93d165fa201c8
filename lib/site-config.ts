import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import {
  DEFAULT_SETTINGS,
  parseSettings,
  SETTINGS_FILE_NAME,
  socialHref,
  socialLabel,
  type SiteSettings,
  type SocialKind,
} from "@/lib/site-settings";

/**
 * Every site-wide setting in one typed place. What administrators edit on the Settings page
 * (title, description, home intro, navigation, social links, logo) is read from
 * `content/site.yml` (lib/site-settings.ts); a setting the file does not hold falls back to
 * SITE_TITLE / SITE_DESCRIPTION, then to the built-in defaults. The fields are getters, so a
 * saved change shows on the next render without a restart.
 */
export type NavLink = { label: string; href: string };
export type SocialLink = { label: string; href: string; kind: SocialKind };

export type SiteConfig = {
  title: string;
  description: string;
  /** A short paragraph for the top of the home page; empty when none. */
  intro: string;
  /** The uploaded image shown beside the title (`/media/…`), if any. */
  logo: string | undefined;
  /** Absolute origin used for canonical URLs, feeds, the sitemap and social cards. */
  url: string;
  language: string;
  /** Byline used when a post names no author. */
  defaultAuthor: string;
  postsPerPage: number;
  nav: NavLink[];
  social: SocialLink[];
  /** A post's "Last checked" older than this shows readers a notice. */
  reviewAfterMonths: number;
};

/** `content/site.yml` (CONTENT_DIR when set). Built here: top-level lib files import no folder. */
export function settingsFile(): string {
  const root = env.contentDir();
  return path.join(
    root ? path.resolve(root) : path.join(process.cwd(), "content"),
    SETTINGS_FILE_NAME,
  );
}

type Loaded = { key: string; settings: SiteSettings | undefined; checkedAt: number };
let loaded: Loaded | undefined;
/** How long a read is trusted before the file's size and time are looked at again. */
const RECHECK_MS = 1000;

function fileKey(file: string): string | undefined {
  const stat = fs.lstatSync(/*turbopackIgnore: true*/ file, { throwIfNoEntry: false });
  if (!stat) return undefined;
  return `${file}|${stat.isFile()}|${stat.size}|${stat.mtimeMs}|${stat.ino}`;
}

/**
 * The saved settings, or undefined when there is no file or it cannot be used. A broken file never
 * takes the site down: it is logged once (file and line) and the defaults are used.
 */
export function readSavedSettings(): SiteSettings | undefined {
  const now = Date.now();
  if (loaded && now - loaded.checkedAt < RECHECK_MS) return loaded.settings;
  const file = settingsFile();
  let key: string | undefined;
  try {
    key = fileKey(file);
  } catch {
    key = undefined;
  }
  if (loaded && loaded.key === (key ?? "")) {
    loaded.checkedAt = now;
    return loaded.settings;
  }
  loaded = { key: key ?? "", settings: key ? load(file) : undefined, checkedAt: now };
  return loaded.settings;
}

function load(file: string): SiteSettings | undefined {
  const where = `content/${SETTINGS_FILE_NAME}`;
  try {
    const stat = fs.lstatSync(/*turbopackIgnore: true*/ file);
    // Like posts and tags.yml, a link is never followed: it could point at any readable file.
    if (!stat.isFile()) {
      console.error(`[settings] ${where}: not a regular file; using the default settings.`);
      return undefined;
    }
    const parsed = parseSettings(fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8"));
    if (parsed.ok) return parsed.settings;
    const line = parsed.line === undefined ? "" : `:${parsed.line}`;
    console.error(`[settings] ${where}${line}: ${parsed.message}; using the default settings.`);
  } catch (error) {
    console.error(`[settings] ${where}: could not be read (${(error as Error).message}).`);
  }
  return undefined;
}

/** Forgets the cached read, so the next one sees a file just written. */
export function forgetSiteSettings(): void {
  loaded = undefined;
}

/** Saved settings first, then the environment, then the built-in defaults. */
export function effectiveSettings(): SiteSettings {
  const saved = readSavedSettings();
  if (saved) return saved;
  return {
    ...DEFAULT_SETTINGS,
    title: env.siteTitle() || DEFAULT_SETTINGS.title,
    description: env.siteDescription() || DEFAULT_SETTINGS.description,
  };
}

export const siteConfig: SiteConfig = {
  get title() {
    return effectiveSettings().title;
  },
  get description() {
    return effectiveSettings().description;
  },
  get intro() {
    return effectiveSettings().intro;
  },
  get logo() {
    return effectiveSettings().logo;
  },
  get url() {
    return env.siteUrl();
  },
  language: "en",
  defaultAuthor: "The Mentors",
  postsPerPage: 10,
  get nav() {
    return effectiveSettings().navigation.map((link) => ({ label: link.label, href: link.url }));
  },
  get reviewAfterMonths() {
    return effectiveSettings().reviewAfterMonths;
  },
  get social() {
    return effectiveSettings().social.map((link) => ({
      kind: link.kind,
      label: socialLabel(link.kind),
      href: socialHref(link),
    }));
  },
};

/** Turns a site path into an absolute URL on the configured origin. */
export function absoluteUrl(path: string): string {
  return new URL(path, siteConfig.url + "/").toString();
}
