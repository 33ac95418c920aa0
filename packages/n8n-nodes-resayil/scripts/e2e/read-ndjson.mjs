// POSTs to a streaming webhook and records each NDJSON line with the time it arrived.

/**
 * Sends `body` as JSON and reads the response line by line as it arrives. The same bytes also go
 * through core's `readN8nStream` as they arrive: `reader` is what a client using it got (the text,
 * or the error it threw).
 */
export async function postAndReadNdjson(url, body) {
	const startedAt = Date.now();
	const response = await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body),
	});
	const reader = readWithCore(response.clone());
	const lines = [];
	const decoder = new TextDecoder();
	let buffer = '';
	for await (const chunk of response.body) {
		buffer += decoder.decode(chunk, { stream: true });
		let newline;
		while ((newline = buffer.indexOf('\n')) !== -1) {
			const line = buffer.slice(0, newline).trim();
			buffer = buffer.slice(newline + 1);
			if (line !== '') lines.push({ at: Date.now(), raw: line, chunk: safeParse(line) });
		}
	}
	if (buffer.trim() !== '')
		lines.push({ at: Date.now(), raw: buffer.trim(), chunk: safeParse(buffer.trim()) });
	return {
		status: response.status,
		contentType: response.headers.get('content-type'),
		startedAt,
		lines,
		reader: await reader,
	};
}

async function readWithCore(response) {
	// Imported here: the script builds core before it runs its checks.
	const { readN8nStream } = await import('@resayil/core/web');
	let text = '';
	try {
		for await (const chunk of readN8nStream(response))
			if (chunk.type === 'item') text += chunk.content;
		return { text };
	} catch (error) {
		return { text, error };
	}
}

function safeParse(line) {
	try {
		return JSON.parse(line);
	} catch {
		return undefined;
	}
}

/**
 * Waits until n8n has registered the production webhook `POST /webhook/<path>`: n8n answers a GET
 * on a POST-only webhook with a hint to use POST once it is registered, and with "not registered"
 * (or Express's "Cannot GET") before.
 */
export async function waitForWebhook(baseUrl, path, timeoutMs = 60_000) {
	const deadline = Date.now() + timeoutMs;
	let last = '';
	while (Date.now() < deadline) {
		const response = await fetch(`${baseUrl}/webhook/${path}`).catch((error) => ({
			status: 0,
			text: async () => String(error),
		}));
		last = `${response.status} ${await response.text()}`;
		if (/POST/.test(last) && !/Cannot GET/.test(last)) return;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(
		`the webhook ${path} was not registered within ${timeoutMs} ms (last answer: ${last.slice(0, 300)})`,
	);
}
