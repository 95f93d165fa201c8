import type { Metadata } from "next";
import { OneTimeLinkPage } from "../../_components/one-time-link-page";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

export default async function ResetPage({ params }: { params: Promise<{ token: string }> }) {
  return <OneTimeLinkPage token={(await params).token} />;
}
