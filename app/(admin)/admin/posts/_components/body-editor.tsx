"use client";

import { markdown } from "@codemirror/lang-markdown";
import { EditorView, basicSetup } from "codemirror";
import { useEffect, useRef } from "react";

/**
 * The MDX body in CodeMirror, with Markdown highlighting. Loaded only in the admin. `onChange`
 * receives every edit; `value` from outside (restore, conflict) replaces the text.
 */
export function BodyEditor({
  value,
  onChange,
  invalidLine,
}: {
  value: string;
  onChange: (value: string) => void;
  invalidLine?: number;
}) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  }, [onChange]);

  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      doc: value,
      parent: host.current,
      extensions: [
        basicSetup,
        markdown(),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({
          "aria-label": "Post body (MDX)",
          "aria-multiline": "true",
        }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) latest.current(update.state.doc.toString());
        }),
      ],
    });
    view.current = editor;
    return () => editor.destroy();
    // The editor is created once; later `value` changes are applied below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
    }
  }, [value]);

  return (
    <div
      ref={host}
      data-invalid-line={invalidLine}
      className="min-h-[28rem] overflow-hidden rounded-md border border-line text-sm [&_.cm-editor]:min-h-[28rem] [&_.cm-editor.cm-focused]:outline-2 [&_.cm-editor.cm-focused]:outline-accent [&_.cm-scroller]:font-mono"
    />
  );
}
