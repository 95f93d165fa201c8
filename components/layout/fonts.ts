import localFont from "next/font/local";

/*
 * The site's type, from npm packages (@fontsource-variable): served from this site, nothing fetched
 * at build or run time. Variable fonts: one file per style covers every weight. Latin only, the
 * subset these posts are written in; other scripts fall back to the system font.
 */
export const sans = localFont({
  src: [
    {
      path: "../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
      weight: "100 900",
      style: "normal",
    },
    {
      path: "../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-italic.woff2",
      weight: "100 900",
      style: "italic",
    },
  ],
  variable: "--font-inter",
  display: "swap",
});

export const mono = localFont({
  src: "../../node_modules/@fontsource-variable/jetbrains-mono/files/jetbrains-mono-latin-wght-normal.woff2",
  weight: "100 800",
  variable: "--font-jetbrains-mono",
  display: "swap",
  // Code appears lower on the page than text: not worth a preload on every page.
  preload: false,
});
