import type { Metadata } from "next";
import { permissions } from "@/lib/accounts/roles";
import { requirePageAccount } from "@/lib/auth/current-user";
import { PageEditor } from "../_components/page-editor";
import { PAGE_LIMITS } from "../limits";

export const metadata: Metadata = { title: "New page" };

export default async function NewPagePage() {
  await requirePageAccount(permissions.writePages);
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold tracking-tight">New page</h1>
      <PageEditor limits={PAGE_LIMITS} />
    </>
  );
}
