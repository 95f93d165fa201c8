/** The site's mark, the same drawing as app/icon.svg, in the accent colour of the theme. */
export function SiteLogo({ className = "h-8 w-8" }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" className={className}>
      <rect width="32" height="32" rx="8" className="fill-accent" />
      <path d="M8 23V9h3.2l4.8 7 4.8-7H24v14h-3.2v-9l-4.8 7-4.8-7v9z" className="fill-surface" />
    </svg>
  );
}
