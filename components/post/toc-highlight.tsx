"use client";
import { useEffect } from "react";

/** How far below the top of the window a heading counts as the one being read. */
const READING_LINE = 120;

/**
 * Marks the contents link of the section being read with `aria-current="location"` (styled in
 * table-of-contents.tsx). Renders nothing: without JavaScript the contents are plain links. One
 * passive scroll listener, at most one measurement per frame.
 */
export function TocHighlight({ navId }: { navId: string }) {
  useEffect(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>(`#${navId} a[href^="#"]`)];
    const headings = links.map((link) => document.getElementById(link.hash.slice(1)));
    let frame = 0;
    const update = () => {
      frame = 0;
      let current = -1;
      headings.forEach((heading, i) => {
        if (heading && heading.getBoundingClientRect().top <= READING_LINE) current = i;
      });
      links.forEach((link, i) =>
        i === current
          ? link.setAttribute("aria-current", "location")
          : link.removeAttribute("aria-current"),
      );
    };
    const onScroll = () => (frame ||= requestAnimationFrame(update));
    update();
    addEventListener("scroll", onScroll, { passive: true });
    return () => {
      removeEventListener("scroll", onScroll);
      cancelAnimationFrame(frame);
    };
  }, [navId]);
  return null;
}
