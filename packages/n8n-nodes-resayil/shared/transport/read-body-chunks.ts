import {
	TimeoutError,
	TruncatedStreamError,
	UserAbortError,
	type Message,
	type ResayilError,
} from '../protocol.ts';
import type { RequestDeadline } from './request-deadline.ts';
import { waitForSilence } from './wait-for-silence.ts';

/** What {@link readBodyChunks} needs to stop and to describe a failure. */
export interface ReadBodyChunksOptions {
	/** Signals that stop the reading (the caller's, the execution's cancel signal). */
	signals: ReadonlyArray<AbortSignal | undefined>;
	/** What had arrived so far, for a `TruncatedStreamError` (default: nothing). */
	partial?: () => Message;
	/** Milliseconds the body may stay silent before reading fails with a `TimeoutError`. */
	idleTimeoutMs: number;
	/** When the whole request must be over, if it has a total timeout. */
	deadline?: RequestDeadline | undefined;
}

type Step =
	| { result: IteratorResult<unknown> }
	| { failure: ResayilError }
	| { aborted: true }
	| { silent: true }
	| { overdue: true };

/**
 * Reads a streamed response body chunk by chunk as bytes. A body that fails mid-way becomes a
 * `TruncatedStreamError` (carrying what had arrived); one that sends nothing for `idleTimeoutMs`
 * becomes a `TimeoutError` of kind `idle` (n8n's request timeout ends once the headers arrive), and
 * one still going at the request's deadline (e.g. keep-alive pings for ever) one of kind `total`.
 * When a signal fires, reading stops at once, also while the gateway sends nothing, with a
 * `UserAbortError`; n8n's HTTP helper only knows the execution's cancel signal, so the caller's
 * signal (e.g. LangChain's) is honoured here. The body is destroyed (the connection closed)
 * whenever the reader stops early.
 */
export async function* readBodyChunks(
	body: AsyncIterable<unknown>,
	options: ReadBodyChunksOptions,
): AsyncGenerator<Uint8Array, void, undefined> {
	const signals = options.signals.filter((signal): signal is AbortSignal => signal !== undefined);
	const isAborted = () => signals.some((signal) => signal.aborted);
	const iterator = body[Symbol.asyncIterator]();
	let onAbort = () => {};
	const aborted = new Promise<{ aborted: true }>((resolve) => {
		onAbort = () => resolve({ aborted: true });
	});
	for (const signal of signals) signal.addEventListener('abort', onAbort, { once: true });
	let finished = false;
	let stopped = false;
	// Silence only counts while waiting for the body, not while the consumer handles a chunk.
	let waitingSince: number | undefined;
	const silence = waitForSilence(
		options.idleTimeoutMs,
		() => waitingSince ?? Date.now(),
		() => stopped,
	).then((silent) => (silent ? { silent: true as const } : new Promise<never>(() => {})));
	const { deadline } = options;
	// The deadline counts from the send, whatever the body does: silence from the start is its mark.
	const overdue = deadline
		? waitForSilence(
				deadline.timeoutMs,
				() => deadline.startedAt,
				() => stopped,
			).then((late) => (late ? { overdue: true as const } : new Promise<never>(() => {})))
		: new Promise<never>(() => {});
	try {
		for (;;) {
			if (isAborted()) throw new UserAbortError();
			waitingSince = Date.now();
			const step: Step = await Promise.race([
				iterator.next().then(
					(result) => ({ result }),
					(error: unknown) => ({ failure: describeFailure(error, isAborted(), options) }),
				),
				aborted,
				silence,
				overdue,
			]);
			waitingSince = undefined;
			if ('aborted' in step) throw new UserAbortError();
			if ('silent' in step)
				throw new TimeoutError({ kind: 'idle', timeoutMs: options.idleTimeoutMs });
			if ('overdue' in step)
				throw new TimeoutError({ kind: 'total', timeoutMs: deadline?.timeoutMs });
			if ('failure' in step) {
				finished = true;
				throw step.failure;
			}
			if (step.result.done === true) {
				finished = true;
				return;
			}
			yield toBytes(step.result.value);
		}
	} finally {
		stopped = true;
		for (const signal of signals) signal.removeEventListener('abort', onAbort);
		if (!finished) {
			// A pending read keeps an async iterator's return() waiting; destroying the stream (n8n hands
			// out a Node stream) closes the connection at once.
			destroy(body);
			void Promise.resolve(iterator.return?.()).catch(() => undefined);
		}
	}
}

function describeFailure(
	error: unknown,
	aborted: boolean,
	options: ReadBodyChunksOptions,
): ResayilError {
	const cause = new Error(error instanceof Error ? error.message : 'the body failed');
	if (aborted) return new UserAbortError({ cause });
	return new TruncatedStreamError({
		partial: options.partial?.(),
		cause,
		message: `The connection broke in the middle of the stream (${cause.message.slice(0, 120)}).`,
	});
}

function destroy(body: unknown): void {
	const destroyable = body as { destroy?: unknown };
	if (typeof destroyable.destroy === 'function') (destroyable.destroy as () => void).call(body);
}

function toBytes(chunk: unknown): Uint8Array {
	if (chunk instanceof Uint8Array) return chunk;
	if (typeof chunk === 'string') return new TextEncoder().encode(chunk);
	return new Uint8Array(0);
}
