"use server";

import { can } from "@/lib/accounts/roles";
import { failure, type ActionResult } from "@/lib/actions/result";
import { withAccount, FORBIDDEN } from "@/lib/auth/guard";
import { deleteMedia, MEDIA_NAME, postsUsing, saveUpload } from "@/lib/media/store";
import { MAX_UPLOAD_BYTES } from "@/lib/media/sniff";
import { revalidatePath } from "next/cache";

export async function uploadMediaAction(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult<{ url?: string }>> {
  return withAccount("contributor", async (account) => {
    if (!can.uploadMedia(account)) return failure(FORBIDDEN);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) return failure("Choose an image to upload.");
    if (file.size > MAX_UPLOAD_BYTES) return failure("Images may be at most 5 MB.");
    try {
      const saved = await saveUpload(new Uint8Array(await file.arrayBuffer()), file.name);
      revalidatePath("/admin/media");
      return {
        ok: true,
        url: saved.url,
        message: `Uploaded: ${saved.url} (${saved.width}×${saved.height}).`,
      };
    } catch (error) {
      return failure((error as Error).message);
    }
  });
}

export async function deleteMediaAction(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return withAccount("editor", async (account) => {
    if (!can.deleteMedia(account)) return failure(FORBIDDEN);
    const name = String(form.get("name") ?? "");
    if (!MEDIA_NAME.test(name)) return failure("No such file.");
    const users = postsUsing(name);
    if (users.length > 0 && form.get("confirm") !== "yes") {
      return failure(
        `Used by ${users.join(", ")}. Tick "delete anyway" to remove it from the site.`,
      );
    }
    await deleteMedia(name);
    revalidatePath("/admin/media");
    return { ok: true, message: "Image deleted." };
  });
}
