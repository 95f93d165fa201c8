import { UserError } from "@/lib/errors";

/**
 * A problem in an author's file. Its message always starts with the file (relative to the content
 * folder) and, when known, the line, so a failed build points straight at what to fix.
 */
export class ContentError extends UserError {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ""}: ${problem}`);
    this.name = "ContentError";
    // The message is the whole story; a stack trace into our own code only hides it.
    this.stack = `${this.name}: ${this.message}`;
  }

  /** In the admin the file is the one being edited: the line and the problem are enough. */
  override get userMessage(): string {
    return `${this.line ? `Line ${this.line}: ` : ""}${this.problem}`;
  }
}

/** Joins several content errors into one, so a build reports every broken file at once. */
export function combineContentErrors(errors: ContentError[]): Error {
  const list = errors.map((e) => `  - ${e.message}`).join("\n");
  const error = new Error(
    `Invalid content (${errors.length} problem${errors.length > 1 ? "s" : ""}):\n${list}`,
  );
  error.name = "ContentError";
  error.stack = `${error.name}: ${error.message}`;
  return error;
}

/** Refused writes carry a message meant for the mentor; nothing was changed. */
export class ContentWriteError extends UserError {}

/** Someone saved the post since this edit began: nothing was written; both texts are kept. */
export class ContentConflict extends ContentWriteError {
  constructor(readonly current: { version: string; source: string }) {
    super("This post was changed by someone else since you opened it.");
  }
}
