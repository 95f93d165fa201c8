import { backupAccess, NO_STORE, readBodyCapped } from "@/lib/backup/access";
import { MAX_ARCHIVE_BYTES } from "@/lib/backup/format";
import { BackupError, describeImport, importBackup } from "@/lib/backup/import";
import { historyAuthor } from "@/lib/history/git";
import { refreshPublicSite } from "@/lib/publishing/refresh";

export const dynamic = "force-dynamic";

const answer = (status: number, body: object) => Response.json(body, { status, headers: NO_STORE });

/**
 * Imports a backup sent as the raw body (`Content-Type: application/zip`, `?replace=1` to
 * overwrite files that differ). A route rather than a server action: archives may be far larger
 * than the 6 MB every action accepts, and raising that limit for all actions would let anyone
 * make the server buffer that much before any session is checked. Here the session, role and
 * origin are checked first, and the body is read with its own cap.
 */
export async function POST(request: Request) {
  const account = await backupAccess(request, { write: true });
  if (account instanceof Response) return account;
  // A cross-site form cannot send this type without a CORS preflight, which this route never grants.
  if (request.headers.get("content-type")?.split(";")[0]?.trim() !== "application/zip") {
    return answer(415, { ok: false, message: "Send the backup as a .zip file." });
  }
  const archive = await readBodyCapped(request, MAX_ARCHIVE_BYTES);
  if (!archive) return answer(413, { ok: false, message: "The archive is larger than 200 MB." });
  if (archive.length === 0)
    return answer(400, { ok: false, message: "Choose a backup file to import." });
  const replace = new URL(request.url).searchParams.get("replace") === "1";
  try {
    const summary = await importBackup(archive, {
      replace,
      who: historyAuthor(account),
    });
    refreshPublicSite();
    return answer(200, { ok: true, message: describeImport(summary), summary });
  } catch (error) {
    if (error instanceof BackupError) return answer(422, { ok: false, message: error.message });
    console.error("[backup] import failed:", error);
    return answer(500, {
      ok: false,
      // Every check passed before writing began: this is a disk or history failure mid-way.
      message:
        "Something went wrong while writing the import; some files may have been written. Check the server log.",
    });
  }
}
