import type { Metadata } from "next";
import { permissions } from "@/lib/accounts/roles";
import { requirePageAccount } from "@/lib/auth/current-user";
import { settingsVersion } from "@/lib/content/site-settings-write";
import { listPages } from "@/lib/content/pages";
import { listMedia } from "@/lib/media/store";
import { effectiveSettings } from "@/lib/site-config";
import { SETTINGS_LIMITS, SOCIAL_KINDS } from "@/lib/site-settings";
import { SettingsForm } from "./_components/settings-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requirePageAccount(permissions.manageSettings);
  const [version, media] = await Promise.all([settingsVersion(), listMedia()]);
  return (
    <section aria-labelledby="settings-heading" className="max-w-3xl">
      <h1 id="settings-heading" className="text-2xl font-bold tracking-tight">
        Site settings
      </h1>
      <p className="mt-1 mb-6 text-sm text-muted">
        How the blog introduces itself to readers. Changes show on the site as soon as you save.
      </p>
      <SettingsForm
        initial={effectiveSettings()}
        version={version}
        images={media.map((item) => item.url)}
        kinds={Object.entries(SOCIAL_KINDS).map(([value, label]) => ({ value, label }))}
        limits={SETTINGS_LIMITS}
        addresses={[
          { url: "/", label: "Home" },
          { url: "/tags", label: "Tags" },
          { url: "/search", label: "Search" },
          ...listPages().map((page) => ({
            url: `/${page.slug}`,
            label: page.draft ? `${page.title} (draft)` : page.title,
          })),
        ]}
      />
    </section>
  );
}
