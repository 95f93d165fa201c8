import { uploadMediaAction } from "../../media/actions";
import { GENERIC_FAILURE } from "@/lib/actions/result";
import {
  ACCEPTED_IMAGE_TYPES,
  MAX_UPLOAD_BYTES,
  NOT_AN_IMAGE_MESSAGE,
  TOO_BIG_MESSAGE,
} from "@/lib/media/limits";

export type Uploaded = { ok: true; url: string } | { ok: false; message: string };

/** Why a file cannot be uploaded, told before sending it; the server checks the bytes again. */
export function refusalOf(file: File): string | undefined {
  if (!ACCEPTED_IMAGE_TYPES.includes(file.type)) return NOT_AN_IMAGE_MESSAGE;
  if (file.size > MAX_UPLOAD_BYTES) return TOO_BIG_MESSAGE;
  return undefined;
}

/**
 * Uploads through the Media page's action (same checks, quota and rate for every way in). A pasted
 * screenshot is called "image.png" by the browser: its description names it better.
 */
export async function uploadImage(file: File, description = ""): Promise<Uploaded> {
  const refused = refusalOf(file);
  if (refused) return { ok: false, message: refused };
  const form = new FormData();
  const generic = /^(image)?(\.[a-z]+)?$/i.exec(file.name);
  const label =
    generic && description ? `${description.slice(0, 80)}${generic[2] ?? ""}` : file.name;
  form.set("file", file, label);
  try {
    const result = await uploadMediaAction(null, form);
    return result.ok ? { ok: true, url: result.url } : { ok: false, message: result.message };
  } catch {
    return { ok: false, message: GENERIC_FAILURE };
  }
}
