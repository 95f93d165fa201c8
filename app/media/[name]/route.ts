import { readMedia } from "@/lib/media/store";

/**
 * Uploaded images, served from the data folder (files added after a build are not served from
 * public/). The type comes from the bytes checked at upload; browsers may not second-guess it.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const file = await readMedia((await params).name);
  if (!file) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.type,
      "Content-Length": String(file.bytes.length),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}
