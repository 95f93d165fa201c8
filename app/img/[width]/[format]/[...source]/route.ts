import { isRefusal, parseVariantRequest } from "@/lib/media/variant-request";
import { variantFor } from "@/lib/media/variants";

type Params = { width: string; format: string; source: string[] };

/**
 * Resized copies of the site's images for `srcset` (`/img/640/avif/media/photo.jpg`): only the
 * fixed widths and formats, only our own files; see lib/media/variants.ts for the limits.
 */
export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const { width, format, source } = await params;
  const request = parseVariantRequest(width, format, source);
  const result = isRefusal(request) ? request : await variantFor(request);
  if ("status" in result) {
    return new Response(result.message, {
      status: result.status,
      headers: {
        "Content-Type": "text/plain; charset=utf-8",
        "Cache-Control": "no-store",
        ...(result.status === 503 ? { "Retry-After": "5" } : {}),
      },
    });
  }
  // Uploads never change under their name; files under public/ may change with a deploy.
  const lifetime =
    !isRefusal(request) && request.source.kind === "media"
      ? "public, max-age=31536000, immutable"
      : "public, max-age=3600";
  return new Response(new Uint8Array(result.bytes), {
    headers: {
      "Content-Type": result.type,
      "Content-Length": String(result.bytes.length),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": lifetime,
    },
  });
}
