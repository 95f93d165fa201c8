"use client";

/**
 * Shown when someone else saved first: both texts side by side, and a deliberate choice. Merge is
 * absent when the saved file's front matter does not parse (only overwrite or reload can help).
 */
export function ConflictPanel({
  mine,
  theirs,
  onMerge,
  onOverwrite,
  onReload,
}: {
  mine: string;
  theirs: string;
  onMerge?: () => void;
  onOverwrite: () => void;
  onReload: () => void;
}) {
  return (
    <section
      aria-labelledby="conflict-heading"
      role="alert"
      className="rounded-lg border border-amber-600 p-4"
    >
      <h2 id="conflict-heading" className="font-semibold">
        Someone else changed this post
      </h2>
      <p className="mt-1 text-sm text-muted">
        Nothing was overwritten. Merge combines your changes with theirs (nothing is saved until you
        save), or keep yours on purpose, or load theirs.
      </p>
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <label className="text-sm font-medium">
          Your version (body)
          <textarea
            readOnly
            value={mine}
            rows={10}
            className="mt-1 w-full rounded border border-line bg-surface p-2 font-mono text-xs"
          />
        </label>
        <label className="text-sm font-medium">
          Saved version (whole file)
          <textarea
            readOnly
            value={theirs}
            rows={10}
            className="mt-1 w-full rounded border border-line bg-surface p-2 font-mono text-xs"
          />
        </label>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        {onMerge ? (
          <button
            type="button"
            onClick={onMerge}
            className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-surface"
          >
            Merge
          </button>
        ) : null}
        <button
          type="button"
          onClick={onOverwrite}
          className="rounded-md border border-line px-3 py-1.5 text-sm"
        >
          Keep mine (overwrite theirs)
        </button>
        <button
          type="button"
          onClick={onReload}
          className="rounded-md border border-line px-3 py-1.5 text-sm"
        >
          Load theirs
        </button>
      </div>
    </section>
  );
}
