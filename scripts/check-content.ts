/**
 * Validates the content folder: front matter, file names, and every post's MDX (syntax and
 * components). Prints one line per problem, naming file and line, and exits 1 if any.
 * `--front-matter-only` skips the MDX pass (the costly part on large blogs). `npm run build` runs
 * that quick check first and the full one only if the build fails (scripts/build.mjs).
 * `CONTENT_DIR` picks another folder.
 */
import { MDX_COMPONENT_NAMES } from "@/lib/mdx/component-names";
import { ContentError } from "@/lib/content/content-error";
import { loadContent } from "@/lib/content/load";
import { contentRoot } from "@/lib/data/content-paths";
import { findMdxProblem, onlyBlocksPublishing } from "@/lib/mdx/validate-mdx";

const index = loadContent();
const problems: ContentError[] = [...index.errors];
const checkMdx = !process.argv.includes("--front-matter-only");
// A draft may be saved with a writing mistake (lib/content/write.ts): it is never built, so it
// is noted, not a reason to stop the build. Publishing it is refused until it is fixed.
const notes: ContentError[] = [];
for (const post of checkMdx ? index.posts : []) {
  const problem = await findMdxProblem(post.body, post.format, MDX_COMPONENT_NAMES);
  if (problem) {
    const line = problem.line === undefined ? undefined : problem.line + post.bodyLineOffset;
    const draftOnly = onlyBlocksPublishing(problem) && post.draft && !post.review;
    (draftOnly ? notes : problems).push(
      new ContentError(post.file, `MDX error: ${problem.message}`, line),
    );
  }
}
for (const note of notes) console.warn(`  ! ${note.message} (a draft: fix it before publishing)`);

if (problems.length > 0) {
  console.error(`\nContent check failed in ${contentRoot()}:\n`);
  for (const problem of problems) console.error(`  ✖ ${problem.message}`);
  console.error(
    `\n${problems.length} problem${problems.length > 1 ? "s" : ""}; the build was stopped.\n`,
  );
  process.exit(1);
}
console.log(`Content OK: ${index.posts.length} posts, ${index.authors.size} author profiles.`);
