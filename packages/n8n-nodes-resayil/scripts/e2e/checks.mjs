// A list of named checks: each runs, records pass or failure with its evidence, and the run goes on.
// Used by both e2e scripts.

export function createChecks(log) {
	const results = [];
	return {
		results,
		async run(id, title, body) {
			log(`(${id}) ${title}`);
			const evidence = [];
			try {
				await body(evidence);
				results.push({ id, title, passed: true, evidence });
				log(`(${id}) passed`);
			} catch (error) {
				const cause = error.cause ? ` (${error.cause.message ?? error.cause})` : '';
				results.push({ id, title, passed: false, evidence, error: `${error.message}${cause}` });
				log(`(${id}) FAILED: ${error.message}${cause}\n${error.stack ?? ''}`);
			}
		},
	};
}

/** Throws `message` unless `condition` holds. */
export function expect(condition, message) {
	if (!condition) throw new Error(message);
}

/**
 * Throws unless core's `readN8nStream`, reading the same reply as it arrived, completed without an
 * error and got the same text.
 */
export function expectReadByCore(stream, text) {
	const { reader } = stream;
	expect(!reader.error, `readN8nStream threw ${reader.error?.name}: ${reader.error?.message}`);
	expect(reader.text === text, `readN8nStream read "${reader.text}", the raw lines "${text}"`);
}
