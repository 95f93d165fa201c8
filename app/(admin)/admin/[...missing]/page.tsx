import { notFound } from "next/navigation";

/** Any other address under /admin: the admin's own "does not exist" page, inside the admin. */
export default function MissingAdminPage() {
  notFound();
}
