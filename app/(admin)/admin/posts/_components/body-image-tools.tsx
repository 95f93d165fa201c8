"use client";

import { useRef, useState, type RefObject } from "react";
import { imageMarkdown } from "@/lib/media/snippet";
import { AltTextDialog, type AltRequest } from "./alt-text-dialog";
import type { BodyEditorHandle } from "./body-editor";
import { ImagePickerDialog } from "./image-picker-dialog";
import { refusalOf, uploadImage } from "./upload-image";

/**
 * Images into the body: "Upload image", paste and drop (through `addFiles`), and "Insert image…"
 * from the mentor's uploads. Each asks for a description first, then goes in at the cursor (or
 * where it was dropped); an upload shows a placeholder there meanwhile. A refused file inserts
 * nothing and says why.
 */
export function useBodyImageTools(editor: RefObject<BodyEditorHandle | null>, media: string[]) {
  const [altRequest, setAltRequest] = useState<AltRequest | null>(null);
  const [picking, setPicking] = useState(false);
  const [problem, setProblem] = useState("");
  const [library, setLibrary] = useState(media);
  const busy = useRef(Promise.resolve());
  const asked = useRef(0);

  const askAlt = (preview: string) =>
    new Promise<string | null>((resolve) =>
      setAltRequest({ id: ++asked.current, preview, resolve }),
    );

  const addFile = async (file: File, pos: number) => {
    const refused = refusalOf(file);
    if (refused) return setProblem(`${file.name || "This file"}: ${refused}`);
    const preview = URL.createObjectURL(file);
    const alt = await askAlt(preview).finally(() => URL.revokeObjectURL(preview));
    if (alt === null || !editor.current) return;
    const id = editor.current.addPlaceholder(pos, `Uploading ${file.name || "image"}…`);
    const result = await uploadImage(file, alt);
    const at = editor.current?.takePlaceholder(id);
    if (!result.ok) return setProblem(`${file.name || "This image"}: ${result.message}`);
    setLibrary((current) => [result.url, ...current]);
    if (at !== undefined)
      editor.current?.insertAt(at, imageMarkdown(alt, result.url), { keepCursor: true });
  };

  // Several files are taken one after the other, each with its own description.
  const addFiles = (files: File[], pos: number) => {
    setProblem("");
    const take = async () => {
      let at = pos;
      for (const file of files) {
        await addFile(file, at);
        at = editor.current?.cursor() ?? at;
      }
    };
    busy.current = busy.current.then(take);
  };

  const pick = async (url: string) => {
    setPicking(false);
    const pos = editor.current?.cursor() ?? 0;
    const alt = await askAlt(url);
    if (alt !== null) editor.current?.insertAt(pos, imageMarkdown(alt, url));
  };

  const ui = (
    <>
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <label className="cursor-pointer rounded border border-line px-2 py-1 hover:border-accent">
          Upload image
          <input
            type="file"
            accept="image/png,image/jpeg,image/webp,image/gif,image/avif"
            multiple
            className="sr-only"
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              event.target.value = "";
              addFiles(files, editor.current?.cursor() ?? 0);
            }}
          />
        </label>
        <button
          type="button"
          onClick={() => setPicking(true)}
          className="rounded border border-line px-2 py-1 hover:border-accent"
        >
          Insert image…
        </button>
      </div>
      <ImagePickerDialog
        open={picking}
        title="Insert an image"
        media={library}
        onPick={pick}
        onUpload={(file) => {
          setPicking(false);
          addFiles([file], editor.current?.cursor() ?? 0);
        }}
        onClose={() => setPicking(false)}
      />
      <AltTextDialog request={altRequest} />
    </>
  );
  const message = problem ? (
    <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-400">
      {problem}
    </p>
  ) : null;
  return { addFiles, ui, message };
}
