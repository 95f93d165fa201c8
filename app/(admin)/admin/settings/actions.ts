"use server";

import { permissions } from "@/lib/accounts/roles";
import { defineFormAction } from "@/lib/actions/define";
import { failure, type ActionResult } from "@/lib/actions/result";
import { saveSiteSettings } from "@/lib/content/site-settings-write";
import { historyAuthor } from "@/lib/history/git";
import { listMedia } from "@/lib/media/store";
import { refreshPublicSite } from "@/lib/publishing/refresh";
import { settingsFormSchema, settingsFromForm } from "@/lib/admin/settings-form";

/** The Settings page's one save: administrators only, every field checked, one history entry. */
export const saveSettingsAction = defineFormAction({
  permission: permissions.manageSettings,
  input: settingsFormSchema,
  run: async (input, { account }): Promise<ActionResult<{ version: string }>> => {
    const checked = settingsFromForm(input);
    if (!checked.ok) return failure(checked.message, checked.fieldErrors);
    const { settings } = checked;
    if (settings.logo && !(await listMedia()).some((item) => item.url === settings.logo))
      return failure("That image is no longer in Media. Pick another logo or none.", {
        logo: ["Pick an image from Media, or no logo."],
      });
    const { saved, version } = await saveSiteSettings(
      settings,
      input.version,
      historyAuthor(account),
    );
    if (!saved) return { ok: true, version, message: "Nothing changed." };
    refreshPublicSite();
    return { ok: true, version, message: "Settings saved. The site shows them now." };
  },
});
