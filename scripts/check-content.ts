/**
 * Validates the content folder: front matter, file names, and the MDX (syntax and components,
 * render budget) of every post and site page (lib/content/content-check.ts). Prints one line per
 * problem, naming file and line, and exits 1 if any.
 * `--front-matter-only` skips the MDX pass (the costly part on large blogs). `npm run build` runs
 * that quick check first and the full one only if the build fails (scripts/build.mjs).
 * `CONTENT_DIR` picks another folder.
 */
import { checkContent } from "@/lib/content/content-check";
import { contentRoot } from "@/lib/data/content-paths";
import { pluralise } from "@/lib/format";

const { problems, notes, counts } = await checkContent({
  mdx: !process.argv.includes("--front-matter-only"),
});
// A draft may be saved with a writing mistake (lib/content/write.ts): it is never built, so it
// is noted, not a reason to stop the build. Publishing it is refused until it is fixed.
for (const note of notes) console.warn(`  ! ${note.message} (a draft: fix it before publishing)`);

if (problems.length > 0) {
  console.error(`\nContent check failed in ${contentRoot()}:\n`);
  for (const problem of problems) console.error(`  ✖ ${problem.message}`);
  console.error(
    `\n${problems.length} problem${problems.length > 1 ? "s" : ""}; the build was stopped.\n`,
  );
  process.exit(1);
}
console.log(
  `Content OK: ${pluralise(counts.posts, "post")}, ${pluralise(counts.authors, "author profile")}, ` +
    `${pluralise(counts.pages, "page")}.`,
);
