import YAML, { LineCounter, isNode } from "yaml";
import { z } from "zod";

/**
 * The site settings an administrator edits on the admin's Settings page, stored as
 * `content/site.yml` so they are in the content history and in backups. This file is the one
 * description of that file: its limits, its schema, how it is read (with the line of a problem)
 * and written. Pure: reading the disk is lib/site-config.ts's job, writing lib/content/settings.ts's.
 */
export const SETTINGS_FILE_NAME = "site.yml";

export const SETTINGS_LIMITS = {
  /** A hand-edited file larger than this is not read at all (the defaults are used). */
  fileBytes: 32 * 1024,
  title: 80,
  description: 300,
  intro: 1000,
  navLinks: 12,
  socialLinks: 8,
  label: 40,
  url: 500,
  /** "Last checked" older than this many months shows readers a notice (1 month to 10 years). */
  reviewAfterMonths: { min: 1, max: 120, default: 24 },
} as const;

export const SOCIAL_KINDS = {
  github: "GitHub",
  mastodon: "Mastodon",
  linkedin: "LinkedIn",
  x: "X",
  youtube: "YouTube",
  email: "Email",
  rss: "RSS",
  website: "Website",
} as const;
export type SocialKind = keyof typeof SOCIAL_KINDS;

// Controls and invisible characters have no place in a label or address (`java\tscript:` tricks).
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060\ufeff]/;
/** A path on this site: one leading slash, then only characters a path, query or anchor needs. */
const SITE_PATH = /^\/(?![/\\])[A-Za-z0-9\-._~/?#=&+%]*$/;
/** Encoded slash, backslash, dot or percent: no page here needs them, tricks do. */
const ENCODED_TRICK = /%(?:2f|5c|2e|25)/i;

/** A site path (`/about`) or an absolute http(s) address; nothing else (no javascript:, data:). */
export function isLinkAddress(value: string): boolean {
  if (!value || value.length > SETTINGS_LIMITS.url || CONTROL.test(value) || /\s/.test(value))
    return false;
  if (value.startsWith("/")) return SITE_PATH.test(value) && !ENCODED_TRICK.test(value);
  return isWebAddress(value);
}

function isWebAddress(value: string): boolean {
  if (!/^https?:\/\//i.test(value) || /[\\\s]/.test(value) || CONTROL.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

const EMAIL = /^[^\s@<>()"',;:\\]+@[^\s@<>()"',;:\\]+\.[a-z]{2,}$/i;

const ADDRESS_MESSAGE = "Use a page of this site (starting with /) or a web address (https://…).";

const text = (max: number, what: string) =>
  z
    .string({ error: `${what} must be text.` })
    .trim()
    .max(max, `${what}: use at most ${max} characters.`)
    .refine(
      (value) => !CONTROL.test(value.replace(/\n/g, "")),
      `${what}: remove control characters.`,
    );

const navLinkSchema = z.strictObject({
  label: text(SETTINGS_LIMITS.label, "Link label").pipe(
    z.string().min(1, "Give every link a label."),
  ),
  url: z.string().trim().refine(isLinkAddress, ADDRESS_MESSAGE),
});

const socialLinkSchema = z
  .strictObject({
    kind: z.enum(Object.keys(SOCIAL_KINDS) as [SocialKind, ...SocialKind[]], {
      error: "Pick one of the listed kinds of link.",
    }),
    url: z.string().trim().max(SETTINGS_LIMITS.url, "This address is too long."),
  })
  .superRefine((link, context) => {
    const ok =
      link.kind === "email"
        ? EMAIL.test(link.url.replace(/^mailto:/i, ""))
        : link.kind === "rss"
          ? isLinkAddress(link.url)
          : isWebAddress(link.url);
    if (!ok)
      context.addIssue({
        code: "custom",
        path: ["url"],
        message:
          link.kind === "email"
            ? "Enter an email address like name@example.com."
            : link.kind === "rss"
              ? ADDRESS_MESSAGE
              : "Enter a web address starting with https://.",
      });
  });

/** An uploaded image (lib/media: `/media/<24 hex>.<type>`); nothing else can be the logo. */
export const LOGO_PATTERN = /^\/media\/[a-f0-9]{24}\.(png|jpg|webp|gif|avif)$/;

export const siteSettingsSchema = z.strictObject({
  title: text(SETTINGS_LIMITS.title, "Site title").pipe(z.string().min(1, "Enter a site title.")),
  description: text(SETTINGS_LIMITS.description, "Description").default(""),
  intro: text(SETTINGS_LIMITS.intro, "Home page introduction").default(""),
  navigation: z
    .array(navLinkSchema)
    .max(SETTINGS_LIMITS.navLinks, `Use at most ${SETTINGS_LIMITS.navLinks} navigation links.`)
    .default([]),
  social: z
    .array(socialLinkSchema)
    .max(SETTINGS_LIMITS.socialLinks, `Use at most ${SETTINGS_LIMITS.socialLinks} social links.`)
    .default([]),
  reviewAfterMonths: z
    .number({ error: "Enter a number of months." })
    .int("Enter a whole number of months.")
    .min(SETTINGS_LIMITS.reviewAfterMonths.min, "Enter at least 1 month.")
    .max(SETTINGS_LIMITS.reviewAfterMonths.max, "Enter at most 120 months (10 years).")
    .default(SETTINGS_LIMITS.reviewAfterMonths.default),
  logo: z
    .string()
    .regex(LOGO_PATTERN, "Pick the logo from the uploaded images.")
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

export type SiteSettings = z.output<typeof siteSettingsSchema>;
export type SiteSettingsInput = z.input<typeof siteSettingsSchema>;

/** The settings of a blog whose administrators never saved any. */
export const DEFAULT_SETTINGS: SiteSettings = {
  title: "Mentor Notes",
  description: "Practical writing from mentors on software, data and careers.",
  intro:
    "Notes from working engineers who mentor: how to review code, prepare for interviews, learn machine learning and grow a career, written for the people they mentor.",
  navigation: [
    { label: "Blog", url: "/" },
    { label: "Tags", url: "/tags" },
    { label: "Search", url: "/search" },
  ],
  social: [{ kind: "rss", url: "/feed.xml" }],
  reviewAfterMonths: SETTINGS_LIMITS.reviewAfterMonths.default,
};

export type SettingsProblem = { line?: number; message: string };

/** The file's settings, or its first problem with the line it is on. */
export function parseSettings(
  source: string,
): { ok: true; settings: SiteSettings } | ({ ok: false } & SettingsProblem) {
  if (Buffer.byteLength(source) > SETTINGS_LIMITS.fileBytes)
    return { ok: false, message: `is larger than ${SETTINGS_LIMITS.fileBytes / 1024} KB` };
  const lines = new LineCounter();
  const doc = YAML.parseDocument(source, { schema: "core", lineCounter: lines, uniqueKeys: true });
  const lineOf = (offset: number | undefined) =>
    offset === undefined ? undefined : lines.linePos(offset).line;
  const yamlError = doc.errors[0];
  if (yamlError)
    return {
      ok: false,
      line: yamlError.linePos?.[0].line,
      message: yamlError.message.split("\n")[0]!,
    };
  let data: unknown;
  try {
    // No aliases (`*name`): each one copies a value, and a few can blow up into gigabytes.
    data = doc.toJS({ maxAliasCount: 0 }) ?? {};
  } catch {
    return { ok: false, message: "uses a YAML alias (*name), which the settings do not allow" };
  }
  const result = siteSettingsSchema.safeParse(data);
  if (result.success) return { ok: true, settings: result.data };
  const issue = result.error.issues[0]!;
  // The line of the deepest node the issue's path reaches.
  let line: number | undefined;
  for (let depth = issue.path.length; depth >= 0 && line === undefined; depth--) {
    const node = doc.getIn(issue.path.slice(0, depth) as (string | number)[], true);
    if (isNode(node)) line = lineOf(node.range?.[0]);
  }
  const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
  return { ok: false, line, message: `${where}${issue.message}` };
}

/** The file as the Settings page writes it: plain YAML a person could still read. */
export function serializeSettings(settings: SiteSettings): string {
  const { logo, ...rest } = settings;
  const header = "# Site settings, edited on the admin's Settings page.\n";
  return header + YAML.stringify(logo ? { ...rest, logo } : rest, { lineWidth: 0 });
}

/** A social link's label as readers see it ("GitHub"). */
export const socialLabel = (kind: SocialKind) => SOCIAL_KINDS[kind];

/** The address a social link points at: an email becomes a mailto: link. */
export function socialHref(link: SiteSettings["social"][number]): string {
  if (link.kind !== "email") return link.url;
  return link.url.toLowerCase().startsWith("mailto:") ? link.url : `mailto:${link.url}`;
}

export type SettingsLimits = typeof SETTINGS_LIMITS;
