import { SubmitButton } from "@/components/forms/submit-button";
import { deletePageAction } from "../actions";

/** Deleting asks for a tick first; the page's text stays in the content history. */
export function DeletePageForm({ slug, id }: { slug: string; id: string }) {
  return (
    <form action={deletePageAction} className="mt-10 space-y-2 border-t border-line pt-6">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="id" value={id} />
      <h2 className="text-sm font-medium">Delete this page</h2>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="confirm" value="delete" required />
        Yes, remove it from the site
      </label>
      <SubmitButton variant="danger">Delete page</SubmitButton>
    </form>
  );
}
