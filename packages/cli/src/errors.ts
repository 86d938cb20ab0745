import { UnreadableFileError } from '@fazhi/core';

/**
 * An error meant for the person at the terminal: its message says what is wrong and how to fix it,
 * and it is printed without a stack trace. Anything else that escapes is a bug and is reported as one.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** Core's "cannot read this file" is the user's to fix: said as a UserError, anything else passed through. */
export function asUserError(err: unknown): unknown {
  return err instanceof UnreadableFileError ? new UserError(err.message) : err;
}
