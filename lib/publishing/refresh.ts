import "server-only";
import { revalidatePath } from "next/cache";
import { invalidateContentIndex } from "@/lib/content/load";
import { armScheduler } from "./scheduler";

/**
 * After a change readers can see: forget the content index and every cached reader page (post,
 * lists, tags, authors, feeds, sitemap, search), so the next request renders fresh.
 */
export function refreshPublicSite(): void {
  invalidateContentIndex();
  revalidatePath("/", "layout");
  armScheduler();
}
