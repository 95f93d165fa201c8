import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { secretFile } from "@/lib/data/paths";
import { env } from "@/lib/env";

let cached: string | undefined;

/**
 * The key that signs session cookies: `AUTH_SECRET` when set; otherwise one generated on first use
 * and kept in the data folder (readable by this user only), so sessions survive restarts.
 */
export function authSecret(): string {
  const configured = env.authSecret();
  if (configured) return configured;
  if (cached) return cached;
  const file = secretFile();
  try {
    cached = fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8").trim();
  } catch {
    fs.mkdirSync(/*turbopackIgnore: true*/ path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    try {
      // "wx": if two requests race, the first file wins and both read it back.
      fs.writeFileSync(/*turbopackIgnore: true*/ file, secret + "\n", { mode: 0o600, flag: "wx" });
      console.info(`[auth] AUTH_SECRET is not set: generated one and saved it in ${file}`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    cached = fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8").trim();
  }
  return cached;
}
