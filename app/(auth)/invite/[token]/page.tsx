import type { Metadata } from "next";
import Link from "next/link";
import { accountForToken } from "@/lib/team/manage";
import { SetPasswordForm } from "../../_components/set-password-form";

export const metadata: Metadata = { title: "Set your password", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const account = await accountForToken(token);
  if (!account) {
    return (
      <>
        <h1 className="text-2xl font-bold tracking-tight">This link no longer works</h1>
        <p className="mt-2 text-sm text-muted">
          It has expired or was already used. Ask an administrator for a new one, or{" "}
          <Link href="/signin" className="text-accent underline">
            sign in
          </Link>
          .
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Welcome, {account.name}</h1>
      <p className="mt-1 mb-6 text-sm text-muted">Choose a password for {account.email}.</p>
      <SetPasswordForm token={token} />
    </>
  );
}
