import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { hasAccounts } from "@/lib/team/manage";
import { SetupForm } from "../_components/setup-form";

export const metadata: Metadata = { title: "Set up your blog" };
export const dynamic = "force-dynamic";

/** First run only: once an account exists this page sends everyone to sign-in. */
export default async function SetupPage() {
  if (await hasAccounts()) redirect("/signin");
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Welcome! Create the owner account</h1>
      <p className="mt-1 mb-6 text-sm text-muted">
        The owner manages everything, including other mentors&apos; accounts. This page closes once
        it is done.
      </p>
      <SetupForm />
    </>
  );
}
