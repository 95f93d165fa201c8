/**
 * The one error type whose message may reach the person at the form. Everything in lib/ that
 * refuses a request for a reason the user can act on throws this (or a subclass); any other error
 * is logged and reported as GENERIC_FAILURE, so no path, stack or internal detail leaks.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "UserError";
  }

  /** What the form shows; subclasses may phrase it differently from the logged message. */
  get userMessage(): string {
    return this.message;
  }
}
