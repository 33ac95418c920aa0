import {
	buildMessagesRequest,
	createSSEDecoder,
	isJsonContentType,
	MessageAccumulator,
	ResayilError,
	TruncatedStreamError,
	type Message,
	type MessageCreateParams,
	type StreamEvent,
} from '../protocol.ts';
import type { GatewayConnection } from './get-gateway-connection.ts';
import type { GatewayContext } from './gateway-context.ts';
import { readBodyChunks } from './read-body-chunks.ts';
import { readBodyText } from './read-body-text.ts';
import { sendGatewayRequest } from './send-gateway-request.ts';
import { executionCancelSignal, watchBody } from './watch-body.ts';

/** The largest non-streamed message accepted when a gateway ignores `stream: true`. */
const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

/**
 * Sends `POST /v1/messages` with `stream: true` through n8n's HTTP helper and yields core's
 * normalized stream events as the bytes arrive (text deltas, tool-use blocks, usage, stop). The
 * last event is `message_end`, which carries the final message.
 *
 * Parameters are validated by core before anything is sent (`InvalidRequestError`). A stream that
 * ends without its final event throws `TruncatedStreamError`; an `error` event `StreamEventError`; a
 * cancelled execution or an aborted `signal` `UserAbortError`. The reply is always streamed from
 * the gateway, also when n8n does not stream to its client: long non-streamed calls can hit the
 * read timeout of proxies in front of the gateway, and one code path means one behaviour. A gateway
 * that answers with one JSON message instead is read as that reply (core's `pushReply`, the rule
 * every client of the gateway shares). `watch` sees every event; an error it returns is thrown
 * after that event, or, for a whole reply, before any event (the whole reply is the snapshot).
 */
export async function* streamMessage(
	ctx: GatewayContext,
	connection: GatewayConnection,
	params: MessageCreateParams,
	signal?: AbortSignal,
	watch?: StreamWatch,
): AsyncGenerator<StreamEvent, void, undefined> {
	const request = buildMessagesRequest(connection, { ...params, stream: true });
	const response = await sendGatewayRequest(ctx, connection, request, signal);
	const accumulator = new MessageAccumulator({ secrets: [connection.apiKey] });
	if (isJsonContentType(response.headers['content-type'])) {
		// The gateway ignored `stream: true` and sent the whole message.
		let text: string;
		try {
			text = await readBodyText(watchBody(ctx, connection, response, signal), MAX_MESSAGE_BYTES);
		} catch (error) {
			throw lostWhileReading(error);
		}
		const events = accumulator.pushReply(text);
		// The whole reply is here at once: the watch sees all of it (with its usage) before any
		// event is handed on, and its last verdict, on the complete figures, decides.
		let stop: Error | undefined;
		for (const event of events) stop = watch?.(event, () => accumulator.snapshot()) ?? stop;
		if (stop) throw stop;
		yield* events;
		return;
	}
	const decoder = createSSEDecoder();
	const chunks = readBodyChunks(response.body, {
		signals: [signal, executionCancelSignal(ctx)],
		partial: () => accumulator.snapshot(),
		idleTimeoutMs: connection.timeoutMs,
		deadline: response.deadline,
	});
	const events = function* (message: Parameters<MessageAccumulator['push']>[0]) {
		for (const event of accumulator.push(message)) {
			const stop = watch?.(event, () => accumulator.snapshot());
			yield event;
			// Throwing here stops the body reader, which closes the connection.
			if (stop) throw stop;
		}
	};
	for await (const chunk of chunks) {
		for (const message of decoder.push(chunk)) yield* events(message);
	}
	for (const message of decoder.end()) yield* events(message);
	accumulator.end();
}

/** Sees each event with the reply so far; an error it returns ends the stream (the spending guard). */
export type StreamWatch = (event: StreamEvent, snapshot: () => Message) => Error | undefined;

/** A failure while reading a whole reply: typed errors as they are, anything else a lost connection. */
function lostWhileReading(error: unknown): ResayilError {
	if (ResayilError.isInstance(error)) return error;
	return new TruncatedStreamError({
		message: 'The connection was lost while the reply was being read.',
		cause: error,
	});
}
