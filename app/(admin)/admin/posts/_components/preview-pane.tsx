"use client";

import { useEffect, useState, type ReactNode } from "react";
import { previewAction } from "../actions";

/**
 * The title as the public page shows it (an h1) and the body rendered on the server by the public
 * page's own pipeline, shortly after typing stops. `className` hides the rendered text when the
 * mentor chose to write only; a problem in the text is still said.
 */
export function PreviewPane({
  title,
  body,
  onErrorLine,
  className = "",
}: {
  title?: string;
  body: string;
  onErrorLine: (line: number | undefined) => void;
  className?: string;
}) {
  const [content, setContent] = useState<ReactNode>(null);
  const [error, setError] = useState<{ message: string; line?: number }>();
  useEffect(() => {
    let current = true;
    const timer = setTimeout(async () => {
      const result = await previewAction({ body });
      if (!current) return;
      if (result.ok) {
        setContent(result.content);
        setError(undefined);
        onErrorLine(undefined);
      } else {
        const line = "line" in result ? result.line : undefined;
        setError({ message: result.message, line });
        onErrorLine(line);
      }
    }, 500);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [body, onErrorLine]);
  return (
    <section aria-labelledby="preview-heading" className="min-w-0">
      <h2 id="preview-heading" className={`mb-2 text-sm font-medium ${className}`}>
        Preview
      </h2>
      <div aria-live="polite">
        {error ? (
          <p
            role="alert"
            className="mb-3 rounded-md border border-red-600 px-3 py-2 text-sm text-red-800 dark:text-red-300"
            data-testid="mdx-error"
          >
            {error.line ? `Line ${error.line}: ` : ""}
            {error.message}
          </p>
        ) : null}
      </div>
      <div
        className={`prose prose-zinc max-w-none rounded-md border border-line p-4 dark:prose-invert prose-a:text-accent ${className}`}
        data-testid="preview"
      >
        {title?.trim() ? (
          <h1 className="text-3xl leading-tight font-extrabold tracking-tight">{title}</h1>
        ) : null}
        {content}
      </div>
    </section>
  );
}
