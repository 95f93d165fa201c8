import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { can, permissions } from "@/lib/accounts/roles";
import { requirePageAccount } from "@/lib/auth/current-user";
import { MAX_ARCHIVE_BYTES } from "@/lib/backup/format";
import { ImportForm } from "./_components/import-form";

export const metadata: Metadata = { title: "Backup" };

export default async function BackupPage() {
  const account = await requirePageAccount(permissions.manageBackups);
  if (!can.manageBackups(account)) redirect("/admin?denied=1");
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Backup</h1>
      <section aria-labelledby="download-heading" className="mt-6 space-y-2">
        <h2 id="download-heading" className="text-lg font-semibold">
          Download a backup
        </h2>
        <p className="text-sm text-muted">
          One .zip with every post (drafts included), page, author profile, image, the tag and site
          settings, the review notes, and the accounts without their passwords, sessions or links.
          Keep it somewhere private.
        </p>
        {/* A plain link: the file is made by a route that checks the owner's session itself. */}
        <a
          href="/admin/backup/download"
          download
          className="inline-block rounded-md bg-accent px-4 py-2 text-sm font-medium text-surface hover:opacity-90"
        >
          Download backup
        </a>
      </section>
      <section aria-labelledby="import-heading" className="mt-10 space-y-2">
        <h2 id="import-heading" className="text-lg font-semibold">
          Import a backup
        </h2>
        <p className="text-sm text-muted">
          Adds the posts, pages, authors, images and settings this blog does not have yet; identical
          files are skipped. If a file exists here with different content, nothing is imported
          unless you choose to replace it. Drafts with writing mistakes are imported as drafts and
          listed, to fix before publishing; review notes join those already here. Accounts that do
          not exist here are added without a password: send each a reset link from Accounts.
          Existing accounts are never changed. Archives up to{" "}
          {Math.round(MAX_ARCHIVE_BYTES / 1024 / 1024)} MB.
        </p>
        <ImportForm />
      </section>
    </>
  );
}
