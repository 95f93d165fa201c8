import { backupAccess, NO_STORE } from "@/lib/backup/access";
import { createBackup } from "@/lib/backup/export";

export const dynamic = "force-dynamic";

/** The whole blog as one zip, for the owner only: checked here, not by the page that links to it. */
export async function GET(request: Request) {
  const account = await backupAccess(request, { write: false });
  if (account instanceof Response) return account;
  const { bytes, fileName } = await createBackup();
  return new Response(new Uint8Array(bytes), {
    headers: {
      ...NO_STORE,
      "Content-Type": "application/zip",
      "Content-Length": String(bytes.length),
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
