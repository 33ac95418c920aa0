// Writes the e2e results as docs/e2e.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function writeReport(file, { results, n8nVersion, nodeVersion, packed }) {
	const lines = [
		'# End-to-end run against real n8n',
		'',
		'Recorded by `npm run e2e:n8n -- --record` (see the README, "Development"). The script installs the packed',
		'tarball into a fresh n8n user folder as a community package, starts the emulator (`--profile resayil`) as the',
		'gateway, imports credentials and workflows with the n8n CLI, runs them and checks what comes out.',
		'',
		`- n8n ${n8nVersion} on Node ${nodeVersion}, SQLite, \`N8N_USER_FOLDER\` in a temporary folder`,
		`- package: \`${packed.filename}\` (${packed.entryCount} files, ${packed.size} bytes packed)`,
		`- recorded: ${new Date().toISOString()}`,
		'- workflows: (a), (d) and (g) from `scripts/e2e/workflows/manual-message.json` ((d) with a wrong key, (g) with Timeout 1500 ms), (e) from `tools-input.json` there;',
		'  (b), (c) and (f) use the examples',
		'  `examples/n8n-workflows/streaming-webhook.json` and `agent-tool-streaming.json`, imported as they are',
		'',
		'| check | result |',
		'| --- | --- |',
		...results.map(
			(result) =>
				`| (${result.id}) ${result.title} | ${result.passed ? 'passed' : `**failed**: ${result.error}`} |`,
		),
		'',
	];
	for (const result of results) {
		if (result.evidence.length === 0) continue;
		lines.push(`## (${result.id}) ${result.title}`, '');
		for (const [caption, text] of result.evidence) {
			lines.push(`${caption}:`, '', '```', text, '```', '');
		}
	}
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, lines.join('\n'));
	return file;
}
