"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { uploadMediaAction } from "../actions";

export function UploadForm() {
  const [result, action] = useActionState(uploadMediaAction, null);
  return (
    <form
      action={action}
      className="flex flex-wrap items-end gap-3 rounded-md border border-line p-4"
      aria-label="Upload an image"
    >
      <div>
        <label htmlFor="media-file" className="block text-sm font-medium">
          Image
        </label>
        <input
          id="media-file"
          name="file"
          type="file"
          accept="image/png,image/jpeg,image/webp,image/gif,image/avif"
          required
          className="text-sm"
          aria-describedby="media-hint"
        />
        <p id="media-hint" className="text-xs text-muted">
          PNG, JPEG, WebP, GIF or AVIF, up to 5 MB and 40 megapixels. SVG is not accepted.
        </p>
      </div>
      <SubmitButton>Upload</SubmitButton>
      <div className="w-full">
        <FormStatus result={result} />
      </div>
    </form>
  );
}
