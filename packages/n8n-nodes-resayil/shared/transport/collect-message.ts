import { TruncatedStreamError, type Message, type StreamEvent } from '../protocol.ts';

/**
 * Consumes a stream of events (from `streamMessage`), handing each one to `onEvent` as it arrives,
 * and returns the final message carried by `message_stop`.
 */
export async function collectMessage(
	events: AsyncIterable<StreamEvent>,
	onEvent?: (event: StreamEvent) => unknown,
): Promise<Message> {
	let message: Message | undefined;
	for await (const event of events) {
		if (onEvent) await onEvent(event);
		if (event.type === 'message_end') message = event.message;
	}
	// streamMessage throws before it ends without `message_stop`; this guards other sources.
	if (message === undefined) throw new TruncatedStreamError();
	return message;
}
