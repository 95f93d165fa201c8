"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { permissions } from "@/lib/accounts/roles";
import { defineFormAction } from "@/lib/actions/define";
import { failure } from "@/lib/actions/result";
import { deleteMedia, MEDIA_NAME, mayDeleteMedia, saveUpload } from "@/lib/media/store";
import { MAX_UPLOAD_BYTES, TOO_BIG_MESSAGE } from "@/lib/media/limits";

export const uploadMediaAction = defineFormAction({
  permission: permissions.uploadMedia,
  input: z.object({ file: z.unknown() }),
  run: async ({ file }, { account }) => {
    if (!(file instanceof File) || file.size === 0) return failure("Choose an image to upload.");
    if (file.size > MAX_UPLOAD_BYTES) return failure(TOO_BIG_MESSAGE);
    // Refusals (type, size, quota) are MediaErrors: the pipeline shows their message.
    const saved = await saveUpload(new Uint8Array(await file.arrayBuffer()), {
      uploader: account,
      fileName: file.name,
    });
    revalidatePath("/admin/media");
    return {
      ok: true,
      url: saved.url,
      name: saved.name,
      message: `Uploaded: ${saved.url} (${saved.width}×${saved.height}).`,
    };
  },
});

/** Own unused uploads for every mentor; any unused upload for editors (lib/media/store.ts). */
export const deleteMediaAction = defineFormAction({
  permission: permissions.deleteMedia,
  input: z.object({ name: z.string().regex(MEDIA_NAME) }),
  invalid: "No such file.",
  allows: (account, { name }) => mayDeleteMedia(account, name),
  run: async ({ name }, { account }) => {
    await deleteMedia(account, name);
    revalidatePath("/admin/media");
    return { ok: true, message: "Image deleted." };
  },
});
