/**
 * Named errors. `code` is stable (logs, tests, JSON output); `userMessage` is the one friendly
 * sentence a person sees; the cause stays in the logs.
 */
export class AppError extends Error {
  readonly code: string;
  readonly userMessage: string;

  constructor(code: string, message: string, opts: { userMessage?: string; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = new.target.name;
    this.code = code;
    this.userMessage = opts.userMessage ?? message;
  }
}

/** A configuration variable is missing or malformed: start-up stops with `message`. */
export class ConfigError extends AppError {
  constructor(message: string) {
    super('config', message);
  }
}

/** Bad command-line usage: exit code 2. */
export class UsageError extends AppError {
  constructor(message: string) {
    super('usage', message);
  }
}

/** The database could not be opened, migrated or written. */
export class StoreError extends AppError {
  constructor(message: string, cause?: unknown) {
    super('store', message, { cause, userMessage: 'The papers database could not be read just now.' });
  }
}

/** The friendly sentence for any thrown value. */
export function userMessageOf(err: unknown): string {
  if (err instanceof AppError) return err.userMessage;
  return 'Something went wrong while answering that. The problem has been logged.';
}
