import type { Post } from "@/lib/content";
import { PostCard } from "./post-card";

export function PostList({ posts, headingLevel }: { posts: Post[]; headingLevel?: 2 | 3 }) {
  if (posts.length === 0) return <p className="py-6 text-muted">No posts yet.</p>;
  return (
    <div className="divide-y divide-line">
      {posts.map((post) => (
        <PostCard key={post.slug} post={post} headingLevel={headingLevel} />
      ))}
    </div>
  );
}
