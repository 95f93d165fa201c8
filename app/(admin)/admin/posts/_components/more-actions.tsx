"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";

/**
 * The toolbar's secondary actions. From `md` (768 px) up they sit in the row as buttons; on a
 * phone they fold behind a "More" button (a disclosure: Escape or a click elsewhere closes it), so
 * the row stays one line with the main action always in sight. The actions are rendered once, so
 * each keeps its own state (Delete's dialog) whichever way it is shown.
 */
export function MoreActions({
  children,
  open,
  onOpenChange,
}: {
  children: ReactNode;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      // A modal dialog opened from the menu (Delete) is outside it on screen but inside in the DOM.
      if (!root.current?.contains(target)) onOpenChange(false);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || document.querySelector("dialog[open]")) return;
      onOpenChange(false);
      toggle.current?.focus();
    };
    document.addEventListener("pointerdown", outside);
    document.addEventListener("keydown", escape);
    return () => {
      document.removeEventListener("pointerdown", outside);
      document.removeEventListener("keydown", escape);
    };
  }, [open, onOpenChange]);
  return (
    <div ref={root} className="relative flex items-center gap-2">
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => onOpenChange(!open)}
        className="rounded-md border border-line px-3 py-1.5 text-sm font-medium hover:border-accent hover:text-accent md:hidden"
      >
        More
      </button>
      <div
        id={id}
        data-testid="more-actions"
        className={
          open
            ? "absolute top-full right-0 z-20 mt-2 flex w-max max-w-[calc(100vw-2rem)] flex-col items-stretch gap-2 rounded-md border border-line bg-surface p-2 shadow-lg md:static md:mt-0 md:w-auto md:flex-row md:flex-wrap md:border-0 md:p-0 md:shadow-none"
            : "hidden md:flex md:flex-wrap md:gap-2"
        }
      >
        {children}
      </div>
    </div>
  );
}
