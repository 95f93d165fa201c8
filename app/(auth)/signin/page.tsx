import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { hasAccounts } from "@/lib/team/manage";
import { enabledOAuthProviders } from "@/lib/auth/auth";
import { getCurrentAccount } from "@/lib/auth/current-user";
import { safeNext } from "@/lib/auth/safe-next";
import { SignInForm } from "../_components/sign-in-form";
import { oauthSignInAction } from "../actions";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTICES: Record<string, string> = {
  signedOut: "You are signed out.",
  passwordSet: "Your password is set. Sign in with it now.",
};

export default async function SignInPage({ searchParams }: Props) {
  if (!(await hasAccounts())) redirect("/setup");
  if (await getCurrentAccount()) redirect("/admin");
  const params = await searchParams;
  const notice = Object.keys(NOTICES).find((key) => params[key] !== undefined);
  const oauthError = params.error
    ? "That account cannot sign in here. Ask an administrator for access."
    : undefined;
  // Checked here too, so a hostile `next` never even reaches the form (lib/auth/safe-next.ts).
  const next = typeof params.next === "string" ? safeNext(params.next) : undefined;
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Sign in</h1>
      <p className="mt-1 mb-6 text-sm text-muted">For mentors writing on this blog.</p>
      {notice || oauthError ? (
        <p role="status" className="mb-4 rounded-md border border-line px-3 py-2 text-sm">
          {oauthError ?? NOTICES[notice!]}
        </p>
      ) : null}
      <SignInForm next={next} />
      {enabledOAuthProviders().map((provider) => (
        <form key={provider.id} className="mt-3" action={oauthSignInAction}>
          <input type="hidden" name="provider" value={provider.id} />
          <button
            type="submit"
            className="w-full rounded-md border border-line px-4 py-2 text-sm hover:border-accent"
          >
            Continue with {provider.name}
          </button>
        </form>
      ))}
    </>
  );
}
