import { z } from "zod";
import { ROLES } from "@/lib/accounts/roles";
import { isValidSlug } from "@/lib/data/slug";
import { emailField, nameField } from "@/lib/validations/auth";

/**
 * The rules for an account's fields, in one place: the Accounts page, the invitation form and the
 * backup import all check these, so an account that arrives one way can be managed the others.
 * (An import once accepted ids like "a1", which the Accounts page could then never address.)
 */

/** Account ids are made by `newAccountId` (store.ts): a UUID, which the Accounts page expects. */
export const accountIdField = z.uuid({
  error: "is not an account made by this blog (its id is damaged)",
});

/** An author id names the profile file `content/authors/<id>.md`, so it is a slug. */
export const authorIdField = z
  .string()
  .refine(isValidSlug, "must be lowercase letters, digits and single hyphens, like ada-lovelace");

export const roleField = z.enum(ROLES);

export { emailField, nameField };

/** What may leave the store about an account (see publicFields in types.ts), checked. */
export const accountFieldsSchema = z.strictObject({
  id: accountIdField,
  email: emailField,
  name: nameField,
  role: roleField,
  authorId: authorIdField,
  active: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
});
