import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, test, vi } from "vitest";
import { settingsFormSchema, settingsFromForm } from "@/lib/admin/settings-form";
import { forgetSiteSettings, settingsFile, siteConfig } from "@/lib/site-config";
import {
  DEFAULT_SETTINGS,
  isLinkAddress,
  parseSettings,
  serializeSettings,
  SETTINGS_LIMITS,
  type SiteSettings,
} from "@/lib/site-settings";

const saved: SiteSettings = {
  title: "Code & Coffee",
  description: "Notes from our mentors.",
  intro: "Hello!\nWelcome in.",
  navigation: [
    { label: "Home", url: "/" },
    { label: "About", url: "/about" },
    { label: "Handbook", url: "https://handbook.example.com/start" },
  ],
  social: [
    { kind: "github", url: "https://github.com/mentors" },
    { kind: "email", url: "team@example.com" },
  ],
  reviewAfterMonths: 18,
  logo: "/media/0123456789abcdef01234567.png",
};

function writeSettings(text: string) {
  fs.writeFileSync(settingsFile(), text);
  forgetSiteSettings();
}

afterEach(() => {
  fs.rmSync(settingsFile(), { force: true });
  forgetSiteSettings();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("the settings file", () => {
  test("round-trips what the Settings page writes", () => {
    const parsed = parseSettings(serializeSettings(saved));
    expect(parsed).toEqual({ ok: true, settings: saved });
  });

  test("fills what it does not say with empty values, and two years before asking for a check", () => {
    expect(parseSettings("title: Only a title\n")).toEqual({
      ok: true,
      settings: {
        title: "Only a title",
        description: "",
        intro: "",
        navigation: [],
        social: [],
        reviewAfterMonths: 24,
      },
    });
  });

  test.each([
    ["0", "Enter at least 1 month."],
    ["121", "Enter at most 120 months (10 years)."],
    ["1.5", "Enter a whole number of months."],
    ["soon", "Enter a number of months."],
  ])("the months before a check %j are refused with %j", (value, message) => {
    const checked = settingsFromForm({
      title: "Blog",
      description: "",
      intro: "",
      navigation: "[]",
      social: "[]",
      logo: "",
      reviewAfterMonths: value,
      version: "0123456789abcdef",
    });
    expect(checked).toEqual({ ok: false, message, fieldErrors: { reviewAfterMonths: [message] } });
  });

  test("names the line of a problem", () => {
    const text = "title: Blog\nnavigation:\n  - label: Evil\n    url: javascript:alert(1)\n";
    const parsed = parseSettings(text);
    expect(parsed).toMatchObject({ ok: false, line: 4 });
    expect(!parsed.ok && parsed.message).toBe(
      "navigation.0.url: Use a page of this site (starting with /) or a web address (https://…).",
    );
    expect(parseSettings("title: [unclosed\n")).toMatchObject({ ok: false, line: 2 });
    expect(parseSettings("title: a\ntitle: b\n")).toMatchObject({ ok: false, line: 2 });
  });

  test("refuses unknown fields, YAML tricks and oversize files", () => {
    expect(parseSettings("title: x\nadmin: true\n").ok).toBe(false);
    expect(parseSettings("title: &a x\ndescription: *a\n").ok).toBe(false);
    const huge = `title: x\ndescription: ${"a".repeat(SETTINGS_LIMITS.fileBytes)}\n`;
    expect(parseSettings(huge)).toEqual({ ok: false, message: "is larger than 32 KB" });
  });

  test.each([
    ["javascript:alert(1)"],
    ["JaVaScRiPt:alert(1)"],
    ["java\tscript:alert(1)"],
    ["data:text/html,<script>alert(1)</script>"],
    ["vbscript:msgbox"],
    ["//evil.example"],
    ["/\\evil.example"],
    ["/%2F/evil.example"],
    ["https:/evil.example"],
    ["https://evil example.com"],
    [" /about"],
    ["about"],
    ["/about\u202e"],
    ["mailto:a@b.co"],
    [""],
  ])("a link to %j is refused", (url) => {
    expect(isLinkAddress(url)).toBe(false);
  });

  test.each([["/"], ["/about"], ["/tags/career?x=1#top"], ["https://example.com/x"]])(
    "a link to %j is allowed",
    (url) => expect(isLinkAddress(url)).toBe(true),
  );

  test("social links are checked per kind", () => {
    const withSocial = (kind: string, url: string) =>
      parseSettings(`title: x\nsocial:\n  - kind: ${kind}\n    url: "${url}"\n`).ok;
    expect(withSocial("github", "https://github.com/x")).toBe(true);
    expect(withSocial("github", "javascript:alert(1)")).toBe(false);
    expect(withSocial("github", "/about")).toBe(false);
    expect(withSocial("email", "a@example.com")).toBe(true);
    expect(withSocial("email", "mailto:a@example.com")).toBe(true);
    expect(withSocial("email", "javascript:alert(1)//@x.com")).toBe(false);
    expect(withSocial("rss", "/feed.xml")).toBe(true);
    expect(withSocial("myspace", "https://myspace.com/x")).toBe(false);
  });

  test("the logo can only be an uploaded image", () => {
    expect(parseSettings("title: x\nlogo: /media/0123456789abcdef01234567.png\n").ok).toBe(true);
    expect(parseSettings("title: x\nlogo: https://evil.example/x.png\n").ok).toBe(false);
    expect(parseSettings("title: x\nlogo: /media/../../data/accounts.json\n").ok).toBe(false);
  });
});

describe("siteConfig", () => {
  test("without a file: the environment, then the built-in defaults", () => {
    expect(siteConfig.title).toBe(DEFAULT_SETTINGS.title);
    expect(siteConfig.nav.map((link) => link.href)).toEqual(["/", "/tags", "/search"]);
    vi.stubEnv("SITE_TITLE", "From the environment");
    forgetSiteSettings();
    expect(siteConfig.title).toBe("From the environment");
  });

  test("saved settings win over the environment and show at once", () => {
    vi.stubEnv("SITE_TITLE", "From the environment");
    writeSettings(serializeSettings(saved));
    expect(siteConfig.title).toBe("Code & Coffee");
    expect(siteConfig.intro).toBe("Hello!\nWelcome in.");
    expect(siteConfig.logo).toBe(saved.logo);
    expect(siteConfig.nav).toEqual([
      { label: "Home", href: "/" },
      { label: "About", href: "/about" },
      { label: "Handbook", href: "https://handbook.example.com/start" },
    ]);
    expect(siteConfig.social).toEqual([
      { kind: "github", label: "GitHub", href: "https://github.com/mentors" },
      { kind: "email", label: "Email", href: "mailto:team@example.com" },
    ]);
  });

  test("a broken file falls back to the defaults and logs the file and line", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    writeSettings("title: Fine\nnavigation:\n  - label: x\n    url: javascript:alert(1)\n");
    expect(siteConfig.title).toBe(DEFAULT_SETTINGS.title);
    expect(siteConfig.nav).toHaveLength(3);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^\[settings\] content\/site\.yml:4: /));
  });

  test("a link in place of the file is not followed", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const target = path.join(path.dirname(settingsFile()), "elsewhere.yml");
    fs.writeFileSync(target, "title: Through a link\n");
    fs.symlinkSync(target, settingsFile());
    forgetSiteSettings();
    expect(siteConfig.title).toBe(DEFAULT_SETTINGS.title);
    expect(log).toHaveBeenCalledWith(expect.stringContaining("not a regular file"));
    fs.rmSync(target);
  });
});

describe("the Settings form", () => {
  const form = (fields: Record<string, string>) =>
    settingsFromForm(
      settingsFormSchema.parse({ title: "Blog", version: "0123456789abcdef", ...fields }),
    );

  test("names the row of a bad link in plain words", () => {
    const result = form({
      navigation: JSON.stringify([
        { label: "Blog", url: "/" },
        { label: "Evil", url: "javascript:alert(document.cookie)" },
      ]),
    });
    expect(result).toMatchObject({
      ok: false,
      message: "Link 2: Use a page of this site (starting with /) or a web address (https://…).",
      fieldErrors: { "navigation.1.url": [expect.any(String)] },
    });
  });

  test("refuses oversize input before parsing it", () => {
    const big = { title: "x".repeat(2000), version: "0123456789abcdef" };
    expect(settingsFormSchema.safeParse(big).success).toBe(false);
    const list = JSON.stringify(Array.from({ length: 2000 }, () => ({ label: "a", url: "/" })));
    expect(settingsFormSchema.safeParse({ ...big, title: "x", navigation: list }).success).toBe(
      false,
    );
    const many = JSON.stringify(Array.from({ length: 13 }, () => ({ label: "a", url: "/" })));
    expect(form({ navigation: many })).toMatchObject({
      ok: false,
      message: "Use at most 12 navigation links.",
    });
  });

  test("refuses control characters and an empty title", () => {
    expect(form({ title: "  " }).ok).toBe(false);
    expect(form({ title: "Blog\u0007" }).ok).toBe(false);
    expect(form({ title: "<script>alert(1)</script>" }).ok).toBe(true); // text, escaped where shown
  });
});
