"use client";

import { markdown } from "@codemirror/lang-markdown";
import { EditorView, basicSetup } from "codemirror";
import { useEffect, useImperativeHandle, useRef, type Ref } from "react";
import { editorTheme } from "./editor-theme";
import { addPlaceholder, takePlaceholder, uploadPlaceholders } from "./upload-placeholders";
import "./body-editor.css";

/** What the image tools do to the body: read the cursor, insert text, show upload placeholders. */
export type BodyEditorHandle = {
  cursor: () => number;
  /**
   * Inserts `text` at `pos`. By default the cursor goes after it and the body takes the focus (a
   * picked image); `keepCursor` leaves the mentor's cursor and focus where they are (an upload
   * finishing while they write on, maybe elsewhere).
   */
  insertAt: (pos: number, text: string, options?: { keepCursor?: boolean }) => void;
  addPlaceholder: (pos: number, label: string) => string;
  takePlaceholder: (id: string) => number | undefined;
};

/** Image files in a paste or a drop; a paste that also holds text (a copied table) is text. */
function filesIn(data: DataTransfer | null, kind: "paste" | "drop"): File[] {
  if (!data || (kind === "paste" && data.getData("text/plain"))) return [];
  return [...data.files];
}

/**
 * The MDX body in CodeMirror, with Markdown highlighting readable in both themes, named by `label`
 * (plain words: "Post text", "Page text"). Loaded only in the admin. `onChange`
 * receives every edit; `value` from outside (restore, conflict) replaces the text. Files pasted or
 * dropped go to `onFiles` with the position they belong at (the cursor, or the drop point).
 */
export function BodyEditor({
  label = "Post text",
  value,
  onChange,
  invalidLine,
  onFiles,
  handle,
}: {
  label?: string;
  value: string;
  onChange: (value: string) => void;
  invalidLine?: number;
  onFiles?: (files: File[], pos: number) => void;
  handle?: Ref<BodyEditorHandle>;
}) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef(onChange);
  const latestFiles = useRef(onFiles);
  useEffect(() => {
    latest.current = onChange;
    latestFiles.current = onFiles;
  }, [onChange, onFiles]);

  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      doc: value,
      parent: host.current,
      extensions: [
        basicSetup,
        markdown(),
        editorTheme,
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({
          "aria-label": label,
          "aria-multiline": "true",
        }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) latest.current(update.state.doc.toString());
        }),
        uploadPlaceholders,
        EditorView.domEventHandlers({
          paste: (event, view) => {
            const files = filesIn(event.clipboardData, "paste");
            if (!files.length || !latestFiles.current) return false;
            event.preventDefault();
            latestFiles.current(files, view.state.selection.main.head);
            return true;
          },
          dragover: (event) => {
            if (!event.dataTransfer?.types.includes("Files")) return false;
            event.preventDefault();
            event.dataTransfer.dropEffect = "copy";
            return true;
          },
          drop: (event, view) => {
            const files = filesIn(event.dataTransfer, "drop");
            if (!files.length || !latestFiles.current) return false;
            event.preventDefault();
            const at = view.posAtCoords({ x: event.clientX, y: event.clientY });
            latestFiles.current(files, at ?? view.state.selection.main.head);
            return true;
          },
        }),
      ],
    });
    view.current = editor;
    return () => editor.destroy();
    // The editor is created once; later `value` changes are applied below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useImperativeHandle(
    handle,
    () => ({
      cursor: () => view.current?.state.selection.main.head ?? 0,
      insertAt: (pos, text, { keepCursor = false } = {}) => {
        const editor = view.current;
        if (!editor) return;
        const at = Math.min(pos, editor.state.doc.length);
        // Without a new selection, CodeMirror moves the mentor's cursor along with the change.
        editor.dispatch({
          changes: { from: at, insert: text },
          ...(keepCursor ? {} : { selection: { anchor: at + text.length } }),
        });
        if (!keepCursor) editor.focus();
      },
      addPlaceholder: (pos, label) =>
        view.current ? addPlaceholder(view.current, pos, label) : "",
      takePlaceholder: (id) => (view.current ? takePlaceholder(view.current, id) : undefined),
    }),
    [],
  );

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
