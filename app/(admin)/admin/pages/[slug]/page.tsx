import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { permissions } from "@/lib/accounts/roles";
import { requirePageAccount } from "@/lib/auth/current-user";
import { readPage } from "@/lib/content/pages";
import { DeletePageForm } from "../_components/delete-page-form";
import { PageEditor } from "../_components/page-editor";
import { PAGE_LIMITS } from "../limits";

export const metadata: Metadata = { title: "Edit page" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ saved?: string }> };

const NOTICES: Record<string, string> = {
  draft: "Saved as a draft. Readers cannot see it.",
  publish: "Published.",
};

export default async function EditPagePage({ params, searchParams }: Props) {
  await requirePageAccount(permissions.writePages);
  const page = readPage((await params).slug);
  if (!page) notFound();
  const { saved } = await searchParams;
  return (
    <>
      <div className="mb-6 flex flex-wrap items-baseline gap-3">
        <h1 className="text-2xl font-bold tracking-tight">Edit page</h1>
        {page.draft ? (
          <span className="text-sm text-muted">Draft: readers cannot see it</span>
        ) : (
          <Link href={`/${page.slug}`} className="text-sm text-accent underline">
            View /{page.slug}
          </Link>
        )}
      </div>
      <PageEditor
        page={{
          id: page.id ?? "",
          slug: page.slug,
          title: page.title,
          description: page.description,
          body: page.body,
          draft: page.draft,
          version: page.version,
        }}
        limits={PAGE_LIMITS}
        notice={saved ? NOTICES[saved] : undefined}
      />
      <DeletePageForm slug={page.slug} id={page.id ?? ""} />
    </>
  );
}
