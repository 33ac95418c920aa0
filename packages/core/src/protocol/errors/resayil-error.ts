import { redactError } from './redact-error.ts';
import { redactSecrets } from './redact-secrets.ts';

/** The brand every toolkit error carries; `Symbol.for` so it survives duplicated package copies. */
const ERROR_KINDS = Symbol.for('resayil.error');

/** What every {@link ResayilError} can be constructed with. */
export interface ResayilErrorOptions {
  /** The HTTP status of the response that caused the error, when there was one. */
  status?: number | undefined;
  /** The gateway's request id (`request-id` / `x-request-id` header or body `request_id`). */
  requestId?: string | undefined;
  /** Whether sending the same request again may succeed. Defaults to `false`. */
  retryable?: boolean | undefined;
  /** The underlying error, e.g. a network failure. Secrets are removed from it too. */
  cause?: unknown;
  /**
   * Strings that must never show (the API key): every form of them is removed from the message,
   * the stack and the cause chain (see `redactSecrets`).
   */
  secrets?: readonly string[] | undefined;
}

type ErrorClass = { readonly errorName: string };

/**
 * The base class of every error the toolkit throws. Messages name the cause and the fix, and
 * never contain an API key.
 *
 * Use {@link ResayilError.isInstance} (also available on every subclass) rather than
 * `instanceof`: it works when two copies of the package are loaded, e.g. one bundled into n8n.
 */
export class ResayilError extends Error {
  /** The stable name of this class, copied into `name`. Subclasses override it. */
  static readonly errorName: string = 'ResayilError';

  /** The HTTP status behind the error, or `undefined` when no response was involved. */
  readonly status: number | undefined;
  /** The gateway's request id, for support tickets. */
  readonly requestId: string | undefined;
  /** Whether retrying the same request may succeed (and is safe: no tokens were streamed yet). */
  readonly retryable: boolean;
  declare readonly [ERROR_KINDS]: readonly string[];

  constructor(message: string, options: ResayilErrorOptions = {}) {
    const secrets = options.secrets ?? [];
    super(
      redactSecrets(message, secrets),
      options.cause === undefined ? undefined : { cause: redactError(options.cause, secrets) },
    );
    const kinds: string[] = [];
    for (
      let c: unknown = new.target;
      typeof c === 'function' && 'errorName' in c;
      c = Object.getPrototypeOf(c)
    ) {
      const name = (c as ErrorClass).errorName;
      if (!kinds.includes(name)) kinds.push(name);
    }
    Object.defineProperty(this, ERROR_KINDS, { value: kinds, enumerable: false });
    this.name = (new.target as unknown as ErrorClass).errorName;
    this.status = options.status;
    this.requestId = options.requestId === undefined ? undefined : redactSecrets(options.requestId, secrets);
    this.retryable = options.retryable ?? false;
  }

  /**
   * The error as plain data for logs and `JSON.stringify`: its name, message and every own
   * enumerable field (status, request id, body, …), all of them already free of secrets.
   */
  toJSON(): Record<string, unknown> {
    return { ...(this as object), name: this.name, message: this.message };
  }

  /**
   * Whether `value` is an error of this class (or a subclass), also when it was created by
   * another copy of the package. `ResayilError.isInstance(e)` matches every toolkit error;
   * `RateLimitError.isInstance(e)` only rate-limit errors.
   */
  static isInstance<T extends ResayilError>(
    this: (abstract new (...args: never[]) => T) & ErrorClass,
    value: unknown,
  ): value is T {
    if (typeof value !== 'object' || value === null) return false;
    const kinds = (value as { [ERROR_KINDS]?: unknown })[ERROR_KINDS];
    return Array.isArray(kinds) && kinds.includes(this.errorName);
  }
}
