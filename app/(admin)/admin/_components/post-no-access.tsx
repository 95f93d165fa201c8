import { permissions } from "@/lib/accounts/roles";
import type { PostRefusal } from "@/lib/admin/post-access";
import { namesList, whoCan } from "@/lib/team/contacts";
import { LocalTime } from "@/components/admin/local-time";
import { NoAccess } from "./no-access";

/**
 * "You can't edit this post": a published post of someone else, or one's own once approved
 * (scheduled or published).
 */
export async function PostNoAccess({ refusal }: { refusal: PostRefusal }) {
  const helpers = namesList(await whoCan(permissions.editAnyPost));
  const reason = refusal.scheduledFor ? (
    <>
      “{refusal.title}” is approved and goes public on <LocalTime iso={refusal.scheduledFor} />.
      Contributors cannot change a scheduled post. An editor can change it for you.
    </>
  ) : refusal.own ? (
    `“${refusal.title}” is published, and contributors cannot change a published post. An editor can change it for you.`
  ) : (
    `“${refusal.title}” belongs to ${refusal.author}. Only its author and editors can change it.`
  );
  return <NoAccess title="You can't edit this post" reason={reason} helpers={helpers} />;
}
