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

/** The user a permission is checked for: always read fresh from the account store. */
export type Actor = { id: string; role: Role; authorId: string };

/** The facts about a post that decide who may touch it. */
export type PostAccess = { authorId: string; published: boolean };

export const can = {
  manageAccounts: (actor: Actor) => atLeast(actor.role, "admin"),
  /** A backup holds every account and every draft; an import can replace anything: owner only. */
  manageBackups: (actor: Actor) => actor.role === "owner",
  manageTags: (actor: Actor) => atLeast(actor.role, "editor"),
  /** Editors and up may touch any post, including files that do not validate. */
  editAnyPost: (actor: Actor) => atLeast(actor.role, "editor"),
  uploadMedia: (actor: Actor) => atLeast(actor.role, "contributor"),
  deleteMedia: (actor: Actor) => atLeast(actor.role, "editor"),
  /** Editors and up edit everything; others only their own posts, contributors only unpublished ones. */
  editPost(actor: Actor, post: PostAccess) {
    if (atLeast(actor.role, "editor")) return true;
    if (post.authorId !== actor.authorId) return false;
    return actor.role === "author" || !post.published;
  },
  publishPost(actor: Actor, post: PostAccess) {
    return (
      atLeast(actor.role, "editor") || (actor.role === "author" && post.authorId === actor.authorId)
    );
  },
  deletePost(actor: Actor, post: PostAccess) {
    return can.editPost(actor, post);
  },
  /** Picking another author for a post is an editor's job. */
  assignAuthor: (actor: Actor) => atLeast(actor.role, "editor"),
};
