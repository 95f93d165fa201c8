"use client";

import { useRef, useState, type ChangeEvent, type KeyboardEvent } from "react";
import { parseTagList } from "@/lib/content/tag-list";

/**
 * Tags as chips. Enter or a comma adds what was typed (so does leaving the field: typed text is
 * never dropped), picking a suggestion adds it at once, each chip has its own remove button, and
 * Backspace in the empty field removes the last chip. The form still holds one comma-separated
 * value (the hidden input, and `onChange`), so the server reads tags exactly as before.
 */
export function TagInput({
  id,
  name,
  value,
  onChange,
  suggestions,
  describedBy,
  invalid,
}: {
  id: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  suggestions: string[];
  describedBy?: string;
  invalid?: boolean;
}) {
  const [draft, setDraft] = useState("");
  const input = useRef<HTMLInputElement>(null);
  const tags = parseTagList(value);
  const has = (tag: string) => tags.some((chip) => chip.toLowerCase() === tag.toLowerCase());
  const save = (next: string[]) => onChange(next.join(", "));
  const add = (typed: string[]) => {
    const fresh = typed.map((tag) => tag.trim()).filter((tag) => tag && !has(tag));
    if (fresh.length) save([...tags, ...new Set(fresh)]);
  };
  const remove = (tag: string) => {
    save(tags.filter((chip) => chip !== tag));
    input.current?.focus();
  };
  const change = (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.target.value;
    // Choosing a suggestion replaces the text in one step rather than typing it.
    const native = event.nativeEvent;
    const picked = !(native instanceof InputEvent) || native.inputType === "insertReplacementText";
    if (picked && suggestions.includes(text)) {
      add([text]);
      return setDraft("");
    }
    const parts = text.split(",");
    const rest = parts.pop() ?? "";
    if (parts.length) add(parts);
    setDraft(rest.trimStart());
  };
  const keyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      add([draft]);
      setDraft("");
    } else if (event.key === "Backspace" && !draft && tags.length) {
      event.preventDefault();
      save(tags.slice(0, -1));
    }
  };
  return (
    <div className="flex w-full flex-wrap items-center gap-1.5 rounded-md border border-line bg-surface px-3 py-1.5 text-sm focus-within:outline-2 focus-within:outline-accent has-[input[aria-invalid=true]]:border-red-600">
      <input type="hidden" name={name} value={tags.join(", ")} />
      {tags.length ? (
        <ul aria-label="Chosen tags" className="flex flex-wrap gap-1.5">
          {tags.map((tag) => (
            <li
              key={tag}
              className="inline-flex items-center gap-1 rounded-full border border-line bg-zinc-100 py-0.5 pr-1 pl-2.5 text-xs font-medium dark:bg-zinc-800"
            >
              {tag}
              <button
                type="button"
                aria-label={`Remove tag ${tag}`}
                onClick={() => remove(tag)}
                className="rounded-full px-1 leading-none text-muted hover:text-accent"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <input
        ref={input}
        id={id}
        value={draft}
        onChange={change}
        onKeyDown={keyDown}
        onBlur={() => {
          add([draft]);
          setDraft("");
        }}
        list="tag-suggestions"
        autoComplete="off"
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        className="min-w-[8rem] flex-1 bg-transparent py-0.5 outline-none"
      />
      <datalist id="tag-suggestions">
        {suggestions
          .filter((tag) => !has(tag))
          .map((tag) => (
            <option key={tag} value={tag} />
          ))}
      </datalist>
    </div>
  );
}
