import { themeBootScript } from "@/lib/theme";

/** Runs before the first paint, so a dark-mode reader never sees a white flash. */
export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: themeBootScript }} />;
}
