import { ResayilError } from '../protocol/index.ts';

/**
 * Thrown by `readN8nStream` when n8n reported a failure: the webhook answered with an HTTP
 * error, a node sent an `error` line, or the webhook answered with a whole reply instead of a
 * stream. The message says which, and what to change.
 */
export class N8nStreamError extends ResayilError {
  static override readonly errorName: string = 'N8nStreamError';
  /** The node that failed, when n8n named one. */
  readonly nodeName: string | undefined;
  /** Its id, when n8n named one. */
  readonly nodeId: string | undefined;

  constructor(
    message: string,
    options: { status?: number; nodeName?: string | undefined; nodeId?: string | undefined } = {},
  ) {
    super(message, {
      status: options.status,
      retryable: options.status !== undefined && options.status >= 500,
    });
    this.nodeName = options.nodeName;
    this.nodeId = options.nodeId;
  }
}
