import Link from "next/link";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/auth/client-address";
import { LINK_LOCKED, openLink } from "@/lib/team/links";
import { SetPasswordForm } from "./set-password-form";

/**
 * An invitation or password-reset link, opened. What it says follows the link itself, whichever
 * address it came through. Its pages send no Referer (metadata here and next.config.ts), so the
 * token never reaches another site through a link clicked on them.
 */
export async function OneTimeLinkPage({ token }: { token: string }) {
  const opened = await openLink(token, clientAddress(await headers()));
  if (!opened || opened === "locked") {
    return (
      <>
        <h1 className="text-2xl font-bold tracking-tight">This link no longer works</h1>
        <p className="mt-2 text-sm text-muted">
          {opened === "locked"
            ? `${LINK_LOCKED} `
            : "It has expired, was already used, or a newer link replaced it. "}
          Ask your administrator for a new one, or{" "}
          <Link href="/signin" className="text-accent underline">
            sign in
          </Link>
          .
        </p>
      </>
    );
  }
  const { account, kind } = opened;
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">
        {kind === "invite" ? `Welcome, ${account.name}` : "Choose a new password"}
      </h1>
      <p className="mt-1 mb-6 text-sm text-muted">
        {kind === "invite"
          ? `Choose a password for ${account.email}. You will be signed in right after.`
          : `For ${account.email}. You will be signed in here and signed out everywhere else.`}
      </p>
      <SetPasswordForm token={token} />
    </>
  );
}
