/**
 * A failure that stops start-up with one sentence for the operator and a non-zero exit, never a stack dump.
 * `hint` says what to do about it.
 */
export class StartupError extends Error {
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.name = "StartupError";
    this.hint = hint;
  }
}
