import type { ComponentProps } from "react";
import { CopyButton } from "./copy-button";

/** Code blocks arrive highlighted at build time by Shiki; this adds the copy button. */
export function CodeBlock(props: ComponentProps<"pre">) {
  return (
    <div data-code-block className="code-block">
      <pre {...props} />
      <CopyButton />
    </div>
  );
}
