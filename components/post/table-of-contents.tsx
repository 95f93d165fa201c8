import type { Heading } from "@/lib/mdx/rehype-collect-headings";
import { TocHighlight } from "./toc-highlight";

const INDENT: Record<number, string> = { 2: "", 3: "pl-3", 4: "pl-6" };

export function TableOfContents({ headings }: { headings: Heading[] }) {
  if (headings.length < 2) return null;
  return (
    <nav id="toc" aria-labelledby="toc-heading" className="text-sm">
      <h2 id="toc-heading" className="mb-2 font-semibold">
        On this page
      </h2>
      <ol className="space-y-1.5">
        {headings.map((heading) => (
          <li key={heading.id} className={INDENT[heading.depth]}>
            <a
              href={`#${heading.id}`}
              className="text-muted hover:text-accent aria-[current=location]:font-medium aria-[current=location]:text-accent"
            >
              {heading.text}
            </a>
          </li>
        ))}
      </ol>
      <TocHighlight navId="toc" />
    </nav>
  );
}
