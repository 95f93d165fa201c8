import { CredentialsSignin } from "@auth/core/errors";
import { describe, expect, it } from "vitest";
import { authErrorLines } from "@/lib/auth/auth-logger";
import { SIGN_IN_LOCKED_CODE } from "@/lib/auth/sign-in-client";

class Locked extends CredentialsSignin {
  code = SIGN_IN_LOCKED_CODE;
}

describe("the sign-in log", () => {
  it("writes one line, without a stack trace, for a wrong password", () => {
    expect(authErrorLines(new CredentialsSignin())).toEqual([
      "[auth] sign-in refused: wrong email or password",
    ]);
  });

  it("says when the sign-in was refused because of too many attempts", () => {
    expect(authErrorLines(new Locked())).toEqual([
      "[auth] sign-in refused: too many failed attempts, locked for a while",
    ]);
  });

  it("keeps the stack of a real fault, so it can be found", () => {
    const fault = Object.assign(new Error("Read more at https://errors.authjs.dev"), {
      type: "CallbackRouteError",
      cause: { err: new Error("disk full") },
    });
    const lines = authErrorLines(fault);
    expect(lines[0]).toBe("[auth] CallbackRouteError: Read more at https://errors.authjs.dev");
    expect(lines[1]).toMatch(/^Error: disk full\n\s+at /);
    expect(lines).toHaveLength(2);
  });
});
