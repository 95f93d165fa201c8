import type { Post } from "@/lib/content";
import { PostCard } from "./post-card";

/** Posts, newest first; `featureFirst` gives the first one the large card (the home page). */
export function PostList({
  posts,
  headingLevel,
  featureFirst = false,
}: {
  posts: Post[];
  headingLevel?: 2 | 3;
  featureFirst?: boolean;
}) {
  if (posts.length === 0) return <p className="py-6 text-muted">No posts yet.</p>;
  return (
    <div className="divide-y divide-line">
      {posts.map((post, i) => (
        <PostCard
          key={post.slug}
          post={post}
          headingLevel={headingLevel}
          featured={featureFirst && i === 0}
        />
      ))}
    </div>
  );
}
