import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { env, ENV_VARIABLES } from "@/lib/env";

/**
 * One module reads the environment (lib/env.ts), and the README's table lists exactly what it
 * reads, so neither can drift from the other.
 */
const FRAMEWORK = /process\.env\.(NODE_ENV|NEXT_PHASE|NEXT_RUNTIME)\b/g;
/** Handing the whole environment on to a child process (git) reads no setting. */
const PASSED_ON = /\.\.\.process\.env\b/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mjs)$/.test(entry.name) ? [full] : [];
  });
}

describe("the environment", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it("is read only by lib/env.ts (Next's own variables aside)", () => {
    const files = ["app", "lib", "components"].flatMap(sourceFiles);
    files.push("proxy.ts", "instrumentation.ts", "next.config.ts");
    const readers = files.filter((file) => {
      if (file === path.join("lib", "env.ts")) return false;
      return /process\.env/.test(
        fs.readFileSync(file, "utf8").replace(FRAMEWORK, "").replace(PASSED_ON, ""),
      );
    });
    expect(readers).toEqual([]);
  });

  it("is documented: the README's table names every variable lib/env.ts reads, and no other", () => {
    const readme = fs.readFileSync("README.md", "utf8");
    const table = readme.slice(readme.indexOf("| Variable"), readme.indexOf("## Deploying"));
    const documented = new Set<string>();
    for (const row of table.split("\n").filter((line) => line.startsWith("| `"))) {
      const cell = row.split("|")[1]!;
      let prefix = "";
      for (const [, name] of cell.matchAll(/`([A-Z_]+)`/g)) {
        // "`AUTH_GITHUB_ID`, `_SECRET`" names two variables.
        if (name!.startsWith("_")) documented.add(prefix + name);
        else {
          documented.add(name!);
          prefix = name!.replace(/_[A-Z]+$/, "");
        }
      }
    }
    expect([...documented].sort()).toEqual([...ENV_VARIABLES].sort());
  });

  it("falls back to the default, with one warning, on a value it cannot use", () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    vi.stubEnv("PORT", "eighty");
    vi.stubEnv("SITE_URL", "javascript:alert(1)");
    vi.stubEnv("MEDIA_QUOTA_MB", "-5");
    expect(env.port()).toBe(3000);
    expect(env.port()).toBe(3000);
    expect(env.siteUrl()).toBe("http://localhost:3000");
    expect(env.mediaQuotaMb()).toBe(200);
    expect(errors.mock.calls.map(([line]) => line)).toEqual([
      '[config] PORT: "eighty" is not a number from 1 to 65535; using 3000.',
      '[config] SITE_URL: "javascript:alert(1)" is not an http(s) address; using localhost.',
      '[config] MEDIA_QUOTA_MB: "-5" is not a number from 0 to 1000000; using 200.',
    ]);
  });

  it("reads values when asked, trimmed, with OAuth only when both halves are set", () => {
    vi.stubEnv("SITE_URL", " https://blog.example.com/ ");
    vi.stubEnv("MEDIA_QUOTA_MB", "0.5");
    vi.stubEnv("AUTH_GITHUB_ID", "abc");
    vi.stubEnv("AUTH_GITHUB_SECRET", "");
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(env.siteUrl()).toBe("https://blog.example.com");
    expect(env.mediaQuotaMb()).toBe(0.5);
    expect(env.github()).toBeUndefined();
    vi.stubEnv("AUTH_GITHUB_SECRET", "s3cret");
    expect(env.github()).toEqual({ id: "abc", secret: "s3cret" });
  });

  it("points SITE_URL at this server's own port when SITE_URL is not set", () => {
    vi.stubEnv("SITE_URL", "");
    vi.stubEnv("PORT", "3260");
    expect(env.siteUrl()).toBe("http://localhost:3260");
    vi.stubEnv("PORT", "");
    expect(env.siteUrl()).toBe("http://localhost:3000");
    vi.stubEnv("PORT", "3260");
    vi.stubEnv("SITE_URL", "https://blog.example.com");
    expect(env.siteUrl()).toBe("https://blog.example.com");
  });
});
