import type { RequestDeadline } from './request-deadline.ts';

/** A successful (2xx) gateway response whose body has not been read yet. */
export interface GatewayResponse {
	/** The HTTP status. */
	statusCode: number;
	/** The response headers, names lower-cased, repeated headers joined with `, `. */
	headers: Record<string, string>;
	/** The body, as n8n's HTTP helper streams it. */
	body: AsyncIterable<unknown>;
	/** When the whole request must be over (the node's `Total Timeout`), if it has one. */
	deadline?: RequestDeadline | undefined;
}
