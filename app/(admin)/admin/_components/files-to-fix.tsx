import Link from "next/link";

/**
 * Content files the site cannot read, each with what is wrong; a post's file links to its editor
 * (where its problems are shown in plain words).
 */
export function FilesToFix({ errors }: { errors: { file: string; message: string }[] }) {
  if (errors.length === 0) return null;
  return (
    <section aria-labelledby="errors-heading" className="mt-6 rounded-md border border-red-600 p-4">
      <h2 id="errors-heading" className="font-semibold text-red-800 dark:text-red-300">
        Files that need fixing
      </h2>
      <ul className="mt-2 space-y-1 text-sm">
        {errors.map((error) => {
          const slug = /^posts\/([a-z0-9-]+)\.mdx?$/.exec(error.file)?.[1];
          return (
            <li key={error.file + error.message}>
              {slug ? (
                <Link href={`/admin/posts/${slug}`} className="font-mono underline">
                  {error.file}
                </Link>
              ) : (
                <span className="font-mono">{error.file}</span>
              )}
              : {error.message}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
