import { BlogIndex } from "./_components/blog-index";

/** Re-rendered in the background at most every 5 minutes, so scheduled posts appear without a rebuild. */
export const revalidate = 300;

export default function HomePage() {
  return <BlogIndex page={1} />;
}
