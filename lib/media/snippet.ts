/**
 * The Markdown that shows an image in a post: `![alt](/media/x.png)`. The alt text is one line
 * with Markdown's and MDX's special characters escaped, so a description like "a <b> {tag}" or
 * "see [1]" stays text and can neither end the image early nor become markup. An empty alt marks
 * a decorative image, which screen readers skip.
 */
export function imageMarkdown(alt: string, url: string): string {
  const text = alt
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\[\]{}<>*_`!]/g, (char) => `\\${char}`);
  return `![${text}](${url})`;
}

/** How long an image description may be (the thumbnail's alt text has the same limit). */
export const MAX_ALT_LENGTH = 300;
