import type { Metadata } from "next";
import Link from "next/link";
import { getContentIndex } from "@/lib/content/load";
import { requirePageAccount } from "@/lib/auth/current-user";
import { PasswordForm, ProfileForm } from "./_components/profile-forms";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage() {
  const account = await requirePageAccount();
  const profile = getContentIndex().authors.get(account.authorId);
  const initial = {
    name: profile?.name ?? account.name,
    bio: profile?.bio ?? "",
    avatar: profile?.avatar ?? "",
    links: (profile?.links ?? []).map((link) => `${link.label} | ${link.url}`).join("\n"),
  };
  return (
    <div className="grid gap-10 lg:grid-cols-2">
      <section aria-labelledby="profile-heading">
        <h1 id="profile-heading" className="text-2xl font-bold tracking-tight">
          Your author profile
        </h1>
        <p className="mt-1 mb-6 text-sm text-muted">
          Public at{" "}
          <Link href={`/authors/${account.authorId}`} className="text-accent underline">
            /authors/{account.authorId}
          </Link>
          . Signed in as {account.email}.
        </p>
        <ProfileForm initial={initial} />
      </section>
      <section aria-labelledby="password-heading">
        <h2 id="password-heading" className="text-2xl font-bold tracking-tight">
          Password
        </h2>
        <p className="mt-1 mb-6 text-sm text-muted">
          Changing it signs you out on every other device.
        </p>
        <PasswordForm />
      </section>
    </div>
  );
}
