"use client";

import { useState, type ReactNode, type Ref } from "react";
import { BodyEditor, type BodyEditorHandle } from "./body-editor";
import { useEditorMode, type EditorMode } from "./editor-mode";
import { ModeSwitch } from "./mode-switch";
import { PreviewPane } from "./preview-pane";

/**
 * Each mode's classes (written out whole: Tailwind finds classes as literal text). Side by side
 * gives the writing pane 6 parts of 11: at a 1280 px window about 600 px, the preview about 500.
 * Until the page knows the width (`null`, the server's render), CSS follows the default: side by
 * side from `xl` (1280 px) up, writing only below.
 */
function layoutOf(mode: EditorMode | null) {
  if (mode === "write") return { grid: "", writer: "", preview: "hidden" };
  if (mode === "preview") return { grid: "", writer: "hidden", preview: "" };
  if (mode === "side")
    return { grid: "lg:grid-cols-[minmax(0,6fr)_minmax(0,5fr)]", writer: "", preview: "" };
  return {
    grid: "xl:grid-cols-[minmax(0,6fr)_minmax(0,5fr)]",
    writer: "",
    preview: "hidden xl:block",
  };
}

/**
 * The text and its preview, with a switch between Write, Preview and Side by side. The writing pane
 * stays mounted when hidden, so CodeMirror keeps its undo history and cursor.
 */
export function BodyArea({
  label,
  title,
  body,
  onChange,
  tools,
  message,
  editor,
  onFiles,
}: {
  label: string;
  title: string;
  body: string;
  onChange: (body: string) => void;
  /** Buttons beside the label (the image tools), and their message below the editor. */
  tools?: ReactNode;
  message?: ReactNode;
  editor?: Ref<BodyEditorHandle>;
  onFiles?: (files: File[], pos: number) => void;
}) {
  const [mode, setMode] = useEditorMode();
  const [errorLine, setErrorLine] = useState<number>();
  const layout = layoutOf(mode);
  return (
    <div className="space-y-3">
      <ModeSwitch mode={mode} onChange={setMode} />
      <div className={`grid gap-6 ${layout.grid}`} data-testid="body-area">
        <section
          aria-labelledby="body-heading"
          className={`min-w-0 ${layout.writer}`}
          data-testid="writing-pane"
        >
          <div className="mb-2 flex items-center justify-between gap-2">
            <h2 id="body-heading" className="text-sm font-medium">
              {label}
            </h2>
            {tools}
          </div>
          <BodyEditor
            label={label}
            value={body}
            onChange={onChange}
            invalidLine={errorLine}
            onFiles={onFiles}
            handle={editor}
          />
          {message}
        </section>
        <PreviewPane
          title={title}
          body={body}
          onErrorLine={setErrorLine}
          className={layout.preview}
        />
      </div>
    </div>
  );
}
