import type { Metadata } from "next";
import { OneTimeLinkPage } from "../../_components/one-time-link-page";

export const metadata: Metadata = { title: "Set your password", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  return <OneTimeLinkPage token={(await params).token} />;
}
