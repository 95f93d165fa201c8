import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * Inter for the social cards, from its npm package: nothing is downloaded at build or run time.
 * (Routes never read files themselves: the lint rule in eslint.config.mjs.)
 */
const fontFile = (weight: number) =>
  path.join(
    process.cwd(),
    "node_modules/@fontsource/inter/files",
    `inter-latin-${weight}-normal.woff`,
  );

export async function socialCardFonts(): Promise<{ regular: Buffer; bold: Buffer }> {
  const [regular, bold] = await Promise.all([readFile(fontFile(400)), readFile(fontFile(700))]);
  return { regular, bold };
}
