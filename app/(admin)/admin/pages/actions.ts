"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { permissions } from "@/lib/accounts/roles";
import { defineFormAction } from "@/lib/actions/define";
import type { ActionResult } from "@/lib/actions/result";
import { pageFormSchema } from "@/lib/content/page-form";
import { deletePage, savePage } from "@/lib/content/page-write";
import { withSaveSlot } from "@/lib/content/save-limits";
import { historyAuthor } from "@/lib/history/git";
import { refreshPublicSite } from "@/lib/publishing/refresh";

/**
 * Create or update a site page: editors and up, MDX checked as posts are, one history entry.
 * Unlike an editor's post saves, every page save counts toward the account's rate
 * (lib/content/page-limits.ts): pages are few and rarely changed, so only a runaway script or a
 * stolen account would reach it. One save per account runs at a time, as for posts.
 */
export const savePageAction = defineFormAction({
  permission: permissions.writePages,
  input: pageFormSchema,
  run: async (input, { account }): Promise<ActionResult<{ version: string }>> => {
    const page = await withSaveSlot(account.id, { rateLimited: true }, () =>
      savePage(
        {
          id: input.id || undefined,
          previousSlug: input.previousSlug || undefined,
          version: input.version || undefined,
          slug: input.slug,
          title: input.title,
          description: input.description,
          body: input.body,
          draft: input.intent === "draft",
        },
        historyAuthor(account),
      ),
    );
    refreshPublicSite();
    // A new page, or one whose address changed, continues at its own editor address.
    if (page.slug !== input.previousSlug)
      redirect(`/admin/pages/${page.slug}?saved=${input.intent}`);
    const message =
      input.intent === "draft"
        ? "Saved as a draft. Readers cannot see it."
        : `Published. Readers see it at /${page.slug}.`;
    return { ok: true, version: page.version, message };
  },
});

/** Deletes a page; its text stays in the content history. */
export const deletePageAction = defineFormAction({
  permission: permissions.writePages,
  input: z.object({
    slug: z.string().max(200),
    id: z.string().max(100),
    confirm: z.literal("delete", { error: "Tick the box to confirm." }),
  }),
  run: async (input, { account }): Promise<ActionResult> => {
    await deletePage(input.slug, input.id, historyAuthor(account));
    refreshPublicSite();
    redirect("/admin/pages?deleted=1");
  },
});
