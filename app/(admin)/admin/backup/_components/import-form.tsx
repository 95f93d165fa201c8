"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionResult } from "@/lib/actions/result";

/**
 * Sends the archive as the raw body of a POST to the import route (not a server action: see
 * import/route.ts), and shows the route's answer in the live region.
 */
async function importArchive(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const file = form.get("archive");
  if (!(file instanceof File) || file.size === 0) {
    return { ok: false, message: "Choose a backup file to import." };
  }
  const replace = form.get("replace") === "yes" ? "?replace=1" : "";
  try {
    const response = await fetch(`/admin/backup/import${replace}`, {
      method: "POST",
      headers: { "Content-Type": "application/zip" },
      body: file,
    });
    const result = (await response.json().catch(() => undefined)) as ActionResult | undefined;
    return result ?? { ok: false, message: `The import failed (HTTP ${response.status}).` };
  } catch {
    return { ok: false, message: "The server could not be reached. Nothing was sent." };
  }
}

export function ImportForm() {
  const [result, action] = useActionState(importArchive, null);
  return (
    <form
      action={action}
      aria-label="Import a backup"
      className="space-y-3 rounded-md border border-line p-4"
    >
      <div>
        <label htmlFor="backup-file" className="block text-sm font-medium">
          Backup file
        </label>
        <input
          id="backup-file"
          name="archive"
          type="file"
          accept=".zip,application/zip"
          required
          className="text-sm"
        />
      </div>
      <div className="flex items-center gap-2">
        <input id="backup-replace" name="replace" type="checkbox" value="yes" />
        <label htmlFor="backup-replace" className="text-sm">
          Replace existing files that differ
        </label>
      </div>
      <SubmitButton>Import</SubmitButton>
      <FormStatus result={result} />
    </form>
  );
}
