import "server-only";
import { writeAuthorProfile, type AuthorProfileInput } from "@/lib/content/author-write";
import { historyAuthor } from "@/lib/history/git";
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacters } from "@/lib/validations/names";
import { AccountError, renameAccount } from "@/lib/team/manage";
import type { Account } from "@/lib/accounts/types";

/**
 * A mentor's own profile: the name is the account's and the profile's, unique among accounts
 * (checked and set in one step of the account store, so two mentors cannot take one name at
 * once); the profile file stays `content/authors/<authorId>.md`, whatever the name becomes.
 */
export async function saveOwnProfile(
  account: Pick<Account, "id" | "authorId" | "email">,
  profile: AuthorProfileInput,
): Promise<void> {
  if (profile.links.some((link) => hasControlCharacters(link.label)))
    throw new AccountError(CONTROL_CHARACTER_MESSAGE);
  await renameAccount(account.id, profile.name);
  await writeAuthorProfile(account.authorId, profile, historyAuthor(account));
}
