import "server-only";
import { z } from "zod";
import { meets, type Actor, type Permission } from "@/lib/accounts/roles";
import type { Account } from "@/lib/accounts/types";
import { getCurrentAccount } from "@/lib/auth/current-user";
import { UserError } from "@/lib/errors";
import { failure, GENERIC_FAILURE, invalidInput, type ActionResult } from "./result";

export const SIGNED_OUT = "Your session has ended. Sign in again to continue.";
export const FORBIDDEN = "Your role does not allow this.";

/**
 * The one way to write a server action (as Ghost's API pipeline: no permission, no endpoint).
 * A "use server" file exports only what `defineAction`/`defineFormAction` return; the unit test
 * tests/action-declarations.test.ts holds every such file to that, and the browser test
 * e2e/admin/action-pipeline.spec.ts calls every action in the build without a session and with
 * each role below its permission.
 *
 * The steps, in order, none skippable:
 * 1. the session, read fresh from the account store (a page's redirect protects no action);
 * 2. the permission's role gate, before the input is even read;
 * 3. the input, parsed with its zod schema (a failure names the fields);
 * 4. `allows(account, input)`, for rules that depend on the input (whose post, which account);
 * 5. the body. A `UserError` becomes its message; anything else is logged and reported as
 *    GENERIC_FAILURE, never with a path or a stack.
 */
type Spec<S extends z.ZodType, R extends ActionResult<object>, Who> = {
  permission: Permission;
  input: S;
  /** For forms whose fields are all hidden: the one message any invalid input gets. */
  invalid?: string;
  allows?: (account: Account, input: z.output<S>) => boolean | Promise<boolean>;
  run: (input: z.output<S>, context: { account: Who }) => Promise<R>;
};

type Private = { permission: { lowest: Exclude<Permission["lowest"], "public"> } };
type Public = { permission: { lowest: "public" } };

/** What an action answers: its own result, or the pipeline's refusal. */
export type Outcome<R> = Promise<R | ActionResult<never>>;

type AnySpec = {
  permission: Permission;
  input: z.ZodType;
  invalid?: string;
  allows?: (account: Account, input: unknown) => boolean | Promise<boolean>;
  run: (input: unknown, context: { account: Account | undefined }) => Promise<ActionResult<object>>;
};

async function execute(spec: AnySpec, raw: unknown): Promise<ActionResult<object>> {
  const account = await getCurrentAccount();
  if (spec.permission.lowest !== "public") {
    if (!account) return failure(SIGNED_OUT);
    if (!meets(account.role, spec.permission)) return failure(FORBIDDEN);
  }
  const parsed = spec.input.safeParse(raw);
  if (!parsed.success) return spec.invalid ? failure(spec.invalid) : invalidInput(parsed.error);
  try {
    if (spec.allows && !(account && (await spec.allows(account, parsed.data))))
      return failure(FORBIDDEN);
    return await spec.run(parsed.data, { account });
  } catch (error) {
    if (error instanceof UserError) return failure(error.userMessage, error.fieldErrors);
    // Next's redirect()/notFound() work by throwing: let them through.
    if (error && typeof error === "object" && "digest" in error) throw error;
    console.error("[action] failed:", error);
    return failure(GENERIC_FAILURE);
  }
}

/** Form fields as an object for the schema: one value per name, files kept as `File`s. */
function fieldsOf(form: unknown): Record<string, unknown> {
  if (!(form instanceof FormData)) return {};
  const fields: Record<string, unknown> = {};
  for (const [key, value] of form) if (!key.startsWith("$ACTION")) fields[key] ??= value;
  return fields;
}

/**
 * What a form action is to its callers: `<form action={x}>` calls it with the form data,
 * `useActionState(x, null)` with the previous result, then the form data.
 */
export type FormAction<R> = {
  (form: FormData): Promise<void>;
  (previous: unknown, form: FormData): Outcome<R>;
};

function formAction(spec: AnySpec) {
  return async (...args: unknown[]) =>
    execute(spec, fieldsOf(args.find((arg) => arg instanceof FormData)));
}

/** A form action for signed-in mentors. */
export function defineFormAction<S extends z.ZodType, R extends ActionResult<object>>(
  spec: Spec<S, R, Account> & Private,
): FormAction<R> {
  return formAction(spec as unknown as AnySpec) as FormAction<R>;
}

/** A form action anyone may call: only sign-in, setup, invitations and sign-out. */
export function definePublicFormAction<S extends z.ZodType, R extends ActionResult<object>>(
  spec: Spec<S, R, Account | undefined> & Public,
): FormAction<R> {
  return formAction(spec as unknown as AnySpec) as FormAction<R>;
}

/** An action called from client code with one plain argument (an object the schema describes). */
export function defineAction<S extends z.ZodType, R extends ActionResult<object>>(
  spec: Spec<S, R, Account> & Private,
): (input: z.input<S>) => Outcome<R> {
  const run = spec as unknown as AnySpec;
  return async (input: unknown) => execute(run, input) as Outcome<R>;
}

/** For predicates over an account: the fields a permission looks at. */
export type { Actor };
