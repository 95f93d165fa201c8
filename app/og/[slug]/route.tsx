import { ImageResponse } from "next/og";
import { getPublishedPost, isValidSlug } from "@/lib/content";
import { formatDate } from "@/lib/format";
import { socialCardFonts } from "@/lib/seo/social-card-fonts";
import { siteConfig } from "@/lib/site-config";

/** Social cards are drawn on first request and then cached, so they cost nothing at build. */
export const revalidate = 86400;

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const post = isValidSlug(slug) ? getPublishedPost(slug) : undefined;
  if (!post) return new Response("Not found", { status: 404 });
  const { regular, bold } = await socialCardFonts();
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 72,
        background: "linear-gradient(135deg, #1e1b4b 0%, #4338ca 100%)",
        color: "#ffffff",
        fontFamily: "Inter",
      }}
    >
      <div style={{ fontSize: 30, opacity: 0.85 }}>{siteConfig.title}</div>
      <div
        style={{ fontSize: post.title.length > 60 ? 56 : 68, fontWeight: 700, lineHeight: 1.15 }}
      >
        {post.title}
      </div>
      {/* Satori needs a single text child per element (or display: flex). */}
      <div
        style={{ fontSize: 28, opacity: 0.85 }}
      >{`${post.author.name} · ${formatDate(post.date)}`}</div>
    </div>,
    {
      width: 1200,
      height: 630,
      fonts: [
        { name: "Inter", data: regular, weight: 400, style: "normal" },
        { name: "Inter", data: bold, weight: 700, style: "normal" },
      ],
    },
  );
}
