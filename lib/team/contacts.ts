import "server-only";
import { meets, type Permission } from "@/lib/accounts/roles";
import { readAccounts } from "@/lib/accounts/store";

/**
 * Who a mentor can ask for something their role does not allow: the names of active accounts that
 * have the permission, strongest role first, at most `limit`. Shown only to signed-in mentors.
 */
export async function whoCan(permission: Permission, limit = 3): Promise<string[]> {
  const accounts = await readAccounts();
  return accounts
    .filter((a) => a.active && a.passwordHash !== "" && meets(a.role, permission))
    .slice(0, limit)
    .map((a) => a.name);
}

/** "Olive Owner", "Olive Owner or Eddie Editor", "A, B or C". */
export function namesList(names: string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}
