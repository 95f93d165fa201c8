import { draftMode } from "next/headers";
import { redirect } from "next/navigation";
import { isValidSlug } from "@/lib/content";

export async function GET(request: Request) {
  (await draftMode()).disable();
  const slug = new URL(request.url).searchParams.get("slug") ?? "";
  redirect(isValidSlug(slug) ? `/admin/posts/${slug}` : "/admin");
}
