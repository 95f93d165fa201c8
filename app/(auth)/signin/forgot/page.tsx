import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Forgot password" };
// Under /signin, pages get a per-request security policy (proxy.ts): rendered per request too.
export const dynamic = "force-dynamic";

/**
 * The blog sends no email yet, so a forgotten password is reset by an administrator, who makes a
 * one-time link on the Accounts page (lib/team/links.ts). When mail is configured, this page is
 * where the "send me a link" form goes.
 */
export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Forgot your password?</h1>
      <p className="mt-4 text-sm">Ask your administrator for a reset link.</p>
      <p className="mt-2 text-sm text-muted">
        They can make one for you on the Accounts page. The link lets you choose a new password and
        works once, for 24 hours. Until you use it, your old password keeps working.
      </p>
      <p className="mt-6 text-sm">
        <Link href="/signin" className="text-accent underline">
          Back to sign in
        </Link>
      </p>
    </>
  );
}
