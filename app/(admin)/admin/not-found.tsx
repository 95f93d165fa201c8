import Link from "next/link";

/** A missing post or admin page, inside the admin (the reader site's 404 would lose the way back). */
export default function AdminNotFound() {
  return (
    <section aria-labelledby="not-found-heading" className="max-w-2xl">
      <h1 id="not-found-heading" className="text-2xl font-bold tracking-tight">
        This page does not exist
      </h1>
      <p className="mt-3">
        The post may have been deleted or renamed, or the address may be mistyped.
      </p>
      <p className="mt-6">
        <Link href="/admin" className="text-accent underline">
          ← Back to your posts
        </Link>
      </p>
    </section>
  );
}
