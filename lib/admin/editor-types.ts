import type { FormFieldKey } from "@/lib/content/fields";
import type { PostStatus } from "@/lib/content/status";
import type { ReviewThread } from "@/lib/publishing/review-thread";
import type { ShareLinkView } from "@/lib/publishing/share-link-view";

/**
 * The editor's fields, as strings the form holds: the slug, the body, and every front matter field
 * of the registry that has a form input (lib/content/fields.ts).
 */
export type EditorFields = { slug: string; body: string } & Record<FormFieldKey, string>;

export type EditorProps = {
  initial: EditorFields;
  originalSlug?: string;
  version?: string;
  status?: PostStatus;
  canPublish: boolean;
  canAssignAuthor: boolean;
  canDelete: boolean;
  /** Whether this mentor can bring a deleted post back (the delete dialog says who can). */
  canRestoreDeleted: boolean;
  authors: { id: string; name: string }[];
  tagNames: string[];
  media: string[];
  /** The post's permanent id, once it has one: share links are bound to it. */
  postId?: string;
  /** The post's live share links (only for mentors who may edit it). */
  shareLinks: ShareLinkView[];
  /** Since when it waits for review, and the editors' notes (its author and editors only). */
  review: ReviewThread;
  /** The post's date as an instant (ISO): a scheduled post says when it goes out. */
  date?: string;
  /** Set when the file on disk does not validate: shown above the form. */
  fileError?: string;
};
