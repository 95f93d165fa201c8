/** Roles as in Ghost, from most to least powerful. */
export const ROLES = ["owner", "admin", "editor", "author", "contributor"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  owner: "Owner",
  admin: "Administrator",
  editor: "Editor",
  author: "Author",
  contributor: "Contributor",
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  owner: "Everything, including accounts. There is one owner.",
  admin: "Everything, including accounts.",
  editor: "All posts and tags.",
  author: "Writes and publishes their own posts.",
  contributor: "Writes drafts of their own and submits them for review.",
};

const rank = (role: Role) => ROLES.length - ROLES.indexOf(role);
export const atLeast = (role: Role, minimum: Role) => rank(role) >= rank(minimum);

/**
 * What an action requires before it reads its input: a live session of at least `lowest` (or
 * nobody at all, for the few public actions). Finer rules that depend on the input (whose post,
 * which account) are `can.*` predicates that the action's `allows` or body applies.
 */
export type Permission = { readonly lowest: Role | "public"; readonly summary: string };

/**
 * Every server action names one of these (lib/actions/define.ts). The browser test
 * e2e/admin/action-pipeline.spec.ts calls every action of the build without a session and with
 * each role below its permission.
 */
export const permissions = {
  /** Sign in, first-run setup, accepting an invitation, signing out. */
  public: { lowest: "public", summary: "anyone, signed in or not" },
  /** Writing, previewing and sharing posts: which posts is decided per post by `can.*`. */
  writePosts: { lowest: "contributor", summary: "every mentor, for the posts they may edit" },
  /** Restoring from history: per post and per version, by `can.*`. */
  restorePosts: { lowest: "contributor", summary: "every mentor, for the posts they may edit" },
  uploadMedia: { lowest: "contributor", summary: "every mentor" },
  /** Own unused uploads for everyone; any unused upload for editors (decided per file). */
  deleteMedia: { lowest: "contributor", summary: "every mentor, for their own uploads" },
  editOwnProfile: { lowest: "contributor", summary: "every mentor, for their own profile" },
  /** Every post, drafts and deleted ones included, and files that do not validate. */
  editAnyPost: { lowest: "editor", summary: "editors and above" },
  /** Every upload: see who made it, delete it when unused. */
  manageAnyMedia: { lowest: "editor", summary: "editors and above" },
  manageTags: { lowest: "editor", summary: "editors and above" },
  /** Site pages (About, Resources): not anyone's own, so editors and up, as for tags. */
  writePages: { lowest: "editor", summary: "editors and above" },
  manageAccounts: { lowest: "admin", summary: "administrators and the owner" },
  /** Site title, description, navigation, social links and logo: the whole site's face. */
  manageSettings: { lowest: "admin", summary: "administrators and the owner" },
  manageBackups: { lowest: "owner", summary: "the owner only" },
} as const satisfies Record<string, Permission>;

/** True when this role passes a permission's role gate. */
export function meets(role: Role | undefined, permission: Permission): boolean {
  if (permission.lowest === "public") return true;
  return role !== undefined && atLeast(role, permission.lowest);
}

/** The user a permission is checked for: always read fresh from the account store. */
export type Actor = { id: string; role: Role; authorId: string };

/** The facts about a post that decide who may touch it. */
export type PostAccess = { authorId: string; published: boolean };

/**
 * Every rule about who may do what. Role gates are the `permissions` above (one declaration each,
 * shared by the actions, the pages and these predicates); the rest depend on the post or account.
 * Pages and actions ask here, never compare roles themselves.
 */
export const can = {
  manageAccounts: (actor: Actor) => meets(actor.role, permissions.manageAccounts),
  /** A backup holds every account and every draft; an import can replace anything: owner only. */
  manageBackups: (actor: Actor) => meets(actor.role, permissions.manageBackups),
  manageTags: (actor: Actor) => meets(actor.role, permissions.manageTags),
  writePages: (actor: Actor) => meets(actor.role, permissions.writePages),
  manageSettings: (actor: Actor) => meets(actor.role, permissions.manageSettings),
  /** Editors and up may touch any post, including files that do not validate. */
  editAnyPost: (actor: Actor) => meets(actor.role, permissions.editAnyPost),
  uploadMedia: (actor: Actor) => meets(actor.role, permissions.uploadMedia),
  /** Any upload; everyone else only their own (mayDeleteMedia in lib/media/store.ts). */
  manageAnyMedia: (actor: Actor) => meets(actor.role, permissions.manageAnyMedia),
  /** A post is the mentor's own when its author is the account's permanent author id. */
  ownsPost: (actor: Actor, post: Pick<PostAccess, "authorId">) => post.authorId === actor.authorId,
  /** Administrators change other accounts, never their own nor the owner's. */
  administerAccount: (actor: Actor, target: { id: string; role: Role }): boolean =>
    can.manageAccounts(actor) && target.id !== actor.id && target.role !== "owner",
  /**
   * A reset link opens the account to whoever holds it: only for roles below the actor's own, so an
   * administrator cannot take over another administrator (the owner, who has no peer, can).
   */
  resetPasswordOf: (actor: Actor, target: { id: string; role: Role }): boolean =>
    can.administerAccount(actor, target) &&
    (actor.role === "owner" || rank(target.role) < rank(actor.role)),
  /** Editors and up edit everything; others only their own posts, contributors only unpublished ones. */
  editPost(actor: Actor, post: PostAccess): boolean {
    if (can.editAnyPost(actor)) return true;
    if (!can.ownsPost(actor, post)) return false;
    return actor.role === "author" || !post.published;
  },
  publishPost(actor: Actor, post: PostAccess): boolean {
    return can.editAnyPost(actor) || (actor.role === "author" && can.ownsPost(actor, post));
  },
  deletePost(actor: Actor, post: PostAccess): boolean {
    return can.editPost(actor, post);
  },
  /** Deleted posts (admin/history) list every deleted post, drafts included: editors and up. */
  restoreDeletedPosts: (actor: Actor): boolean => can.editAnyPost(actor),
  /** The review queue: approving and sending back anyone's post is an editor's job. */
  reviewPosts: (actor: Actor): boolean => can.editAnyPost(actor),
  /** A post's review notes: its author and the editors, never other mentors (nor readers). */
  readReviewNotes: (actor: Actor, post: Pick<PostAccess, "authorId">): boolean =>
    can.editAnyPost(actor) || can.ownsPost(actor, post),
  /** Picking another author for a post is an editor's job. */
  assignAuthor: (actor: Actor): boolean => can.editAnyPost(actor),
};
