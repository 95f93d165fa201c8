/** A unified diff, with added and removed lines marked for sight and for screen readers. */
export function DiffView({ diff }: { diff: string }) {
  const lines = diff.split("\n").filter((line) => !/^(diff --git|index |--- |\+\+\+ )/.test(line));
  if (lines.every((line) => !line.trim()))
    return <p className="text-sm text-muted">No differences.</p>;
  return (
    <pre className="overflow-x-auto rounded-md border border-line p-3 font-mono text-xs leading-5">
      {lines.map((line, i) => {
        const kind = line.startsWith("+")
          ? "added"
          : line.startsWith("-")
            ? "removed"
            : line.startsWith("@@")
              ? "hunk"
              : "same";
        const className =
          kind === "added"
            ? "bg-emerald-50 text-emerald-900 dark:bg-emerald-950/50 dark:text-emerald-200"
            : kind === "removed"
              ? "bg-red-50 text-red-900 dark:bg-red-950/50 dark:text-red-200"
              : kind === "hunk"
                ? "text-muted"
                : "";
        return (
          <span key={i} className={`block ${className}`}>
            {kind === "added" ? (
              <span className="sr-only">Added: </span>
            ) : kind === "removed" ? (
              <span className="sr-only">Removed: </span>
            ) : null}
            {line || " "}
          </span>
        );
      })}
    </pre>
  );
}
