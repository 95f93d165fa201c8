import { MdxImage } from "./mdx-image";

export type FigureProps = { src: string; alt: string; caption?: string };

/** An image with a caption: `<Figure src="/images/x.png" alt="What it shows" caption="Why it matters" />`. */
export function Figure({ src, alt, caption }: FigureProps) {
  return (
    <figure>
      <MdxImage src={src} alt={alt} />
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  );
}
