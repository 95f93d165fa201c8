import { siteConfig } from "@/lib/site-config";

/**
 * The site's mark: the logo an administrator picked in Settings, else the same drawing as
 * app/icon.svg in the theme's accent colour. The site's name always sits beside it, so it is
 * decorative (empty alt).
 */
export function SiteLogo({ className = "h-8 w-8" }: { className?: string }) {
  if (siteConfig.logo)
    // An upload of unknown size, served as-is from /media.
    // eslint-disable-next-line @next/next/no-img-element
    return <img src={siteConfig.logo} alt="" className={`${className} w-auto object-contain`} />;
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" className={className}>
      <rect width="32" height="32" rx="8" className="fill-accent" />
      <path d="M8 23V9h3.2l4.8 7 4.8-7H24v14h-3.2v-9l-4.8 7-4.8-7v9z" className="fill-surface" />
    </svg>
  );
}
