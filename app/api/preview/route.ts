import { draftMode } from "next/headers";
import { redirect } from "next/navigation";
import { can } from "@/lib/accounts/roles";
import { accessOf, findAnyPost } from "@/lib/content/admin-queries";
import { isValidSlug } from "@/lib/content";
import { getCurrentAccount } from "@/lib/auth/current-user";

/** Turns on draft mode for a signed-in mentor and opens the post at its public address. */
export async function GET(request: Request) {
  const slug = new URL(request.url).searchParams.get("slug") ?? "";
  const account = await getCurrentAccount();
  if (!account) redirect(`/signin?next=${encodeURIComponent("/admin")}`);
  const post = isValidSlug(slug) ? findAnyPost(slug) : undefined;
  if (!post || !can.editPost(account, accessOf(post)))
    return new Response("Not found", { status: 404 });
  (await draftMode()).enable();
  redirect(`/blog/${post.slug}`);
}
