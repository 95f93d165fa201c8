/** How a post's body is written: `.mdx` (Markdown with components) or plain `.md` Markdown. */
export type PostFormat = "md" | "mdx";
