/**
 * Eleventy templates printed the title from front matter, so imported posts often open with a
 * heading that repeats it ("## Neural Networks …" under the page's own h1). Readers would see the
 * title twice: the opening heading is dropped when it says the same as the title. The file is left
 * as written; the line becomes blank, so line numbers in error messages still match the file.
 */
export function withoutTitleHeading(body: string, title: string): string {
  const lines = body.split("\n");
  const first = lines.findIndex((line) => line.trim() !== "");
  if (first < 0) return body;
  const heading = /^ {0,3}#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/.exec(lines[first]!);
  if (!heading || comparable(heading[1]!) !== comparable(title)) return body;
  lines[first] = "";
  return lines.join("\n");
}

/** Case, emphasis marks, spacing and closing punctuation do not make a heading say anything new. */
function comparable(text: string): string {
  return text
    .replace(/[*_`]/g, "")
    .replace(/\s+/g, " ")
    .replace(/[.:!]+$/, "")
    .trim()
    .toLowerCase();
}
