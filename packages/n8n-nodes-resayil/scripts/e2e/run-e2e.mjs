// `npm run e2e:n8n [-- --record] [-- --keep]`: the package in a real n8n 2.41.1 on Node 24, with the
// emulator as the gateway. It builds and packs the package, installs the tarball into a fresh n8n
// user folder (as a community package), imports credentials and workflows with n8n's CLI and proves:
//   (a) Manual → Resayil: an item with text and token usage;
//   (b) streaming Webhook → Resayil: NDJSON begin, items that arrive while the gateway is still
//       sending, end;
//   (c) streaming Webhook → AI Agent + Resayil Chat Model + Calculator: the tool runs and the
//       answer streams back;
//   (d) a wrong key: a clear node error, without the key;
//   (e) Manual → Resayil with the Calculator on its Tools input: the node runs the tool itself;
//   (f) streaming Webhook → Resayil when the gateway cuts its reply: the client gets n8n's error
//       line, and core's `readN8nStream` throws N8nStreamError saying what happened;
//   (g) the Timeout option: a slow reply that keeps sending outlasts it, a reply that goes silent
//       and a gateway that never answers each fail with a timeout error.
// `--record` writes the results to docs/e2e.md; `--keep` keeps the temporary folder.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { emulatorControl } from './emulator-control.mjs';
import { createChecks, expect, expectReadByCore } from './checks.mjs';
import { packageDir, prepareRun, repoRoot } from './prepare-run.mjs';
import { createN8nInstance } from './n8n-instance.mjs';
import { postAndReadNdjson, waitForWebhook } from './read-ndjson.mjs';
import { writeReport } from './report.mjs';
import { startProcess } from './start-process.mjs';
import { N8N_VERSION } from './tools.mjs';

const examplesDir = join(repoRoot, 'examples', 'n8n-workflows');
const KEY = 'dummy-e2e-key-accepted-by-the-emulator';
const WRONG_KEY = 'dummy-e2e-key-the-emulator-rejects';
const TOKEN_INTERVAL_MS = 50;
const TIMEOUT_MS = 1500;
const args = new Set(process.argv.slice(2));
const log = (message) => console.log(`e2e: ${message}`);

const checks = createChecks(log);
const { results } = checks;
const check = checks.run;

function loadJson(path) {
	return JSON.parse(readFileSync(path, 'utf8'));
}

function summarizeStream(stream) {
	const chunks = stream.lines.map((line) => line.chunk).filter(Boolean);
	const items = stream.lines.filter((line) => line.chunk?.type === 'item');
	return { chunks, items, text: items.map((line) => line.chunk.content ?? '').join('') };
}

function ndjsonExcerpt(stream, gatewayDoneAt) {
	const rel = (at) => `+${String(at - stream.startedAt).padStart(5)} ms`;
	const shown =
		stream.lines.length <= 8
			? stream.lines
			: [...stream.lines.slice(0, 5), null, ...stream.lines.slice(-3)];
	const lines = shown.map((line) =>
		line ? `${rel(line.at)}  ${line.raw.replace(/,"metadata":\{[^}]*\}/, ',"metadata":{…}')}` : '…',
	);
	if (gatewayDoneAt) lines.push(`(the gateway finished its reply at ${rel(gatewayDoneAt)})`);
	return lines.join('\n');
}

async function main() {
	const { node24, n8nBin, nodeVersion, workDir, userFolder, packed } = prepareRun(
		log,
		'n8n-nodes-resayil-e2e-',
	);

	const emulator = await startProcess(
		process.execPath,
		[
			join(repoRoot, 'packages', 'emulator', 'dist', 'cli.mjs'),
			'--port',
			'0',
			'--profile',
			'resayil',
			'--api-key',
			KEY,
			'--token-interval-ms',
			String(TOKEN_INTERVAL_MS),
		],
		{ ready: /listening on (http:\/\/[\d.]+:\d+)/, name: 'emulator', timeoutMs: 30_000 },
	);
	const gateway = emulator.match[1];
	const control = emulatorControl(gateway);
	log(`emulator (profile resayil) on ${gateway}`);

	const n8n = await createN8nInstance({ node24, n8nBin, userFolder });
	let server;
	try {
		n8n.importCredentials([
			{
				id: 'resayil-credential',
				name: 'Resayil account',
				type: 'resayilApi',
				data: { apiKey: KEY, url: gateway },
			},
			{
				id: 'resayil-wrong-key',
				name: 'Resayil (wrong key)',
				type: 'resayilApi',
				data: { apiKey: WRONG_KEY, url: gateway },
			},
		]);
		const e2eWorkflows = join(packageDir, 'scripts', 'e2e', 'workflows');
		const manual = {
			...loadJson(join(e2eWorkflows, 'manual-message.json')),
			id: 'e2eManualMessage',
		};
		const wrongKey = structuredClone({ ...manual, id: 'e2eWrongKey', name: 'E2E: wrong key' });
		wrongKey.nodes.find((node) => node.name === 'Resayil').credentials.resayilApi = {
			id: 'resayil-wrong-key',
			name: 'Resayil (wrong key)',
		};
		const withTimeout = structuredClone({ ...manual, id: 'e2eTimeout', name: 'E2E: timeout' });
		withTimeout.nodes.find((node) => node.name === 'Resayil').parameters.options.timeout =
			TIMEOUT_MS;
		const toolsInput = { ...loadJson(join(e2eWorkflows, 'tools-input.json')), id: 'e2eToolsInput' };
		const streaming = {
			...loadJson(join(examplesDir, 'streaming-webhook.json')),
			id: 'e2eStreamingWebhook',
		};
		const agent = {
			...loadJson(join(examplesDir, 'agent-tool-streaming.json')),
			id: 'e2eAgentTool',
		};
		for (const workflow of [manual, wrongKey, withTimeout, toolsInput, streaming, agent])
			n8n.importWorkflow({ ...workflow, active: false });
		n8n.publishWorkflow(streaming.id);
		n8n.publishWorkflow(agent.id);
		const outputs = [];

		await check(
			'a',
			'Manual → Resayil (Message a Model): an item with text and usage',
			async (evidence) => {
				const run = n8n.execute(manual.id);
				outputs.push(run.stdout, run.stderr);
				expect(
					run.status === 0,
					`n8n execute exited with ${run.status}:\n${run.stderr.slice(-2000)}`,
				);
				const nodeRun = run.execution?.data?.resultData?.runData?.Resayil?.[0];
				const item = nodeRun?.data?.main?.[0]?.[0];
				expect(item, 'no output item from the Resayil node');
				expect(
					typeof item.json.text === 'string' && item.json.text.length > 0,
					'the item has no text',
				);
				expect(
					item.json.usage?.inputTokens > 0 && item.json.usage?.outputTokens > 0,
					'the item has no usage',
				);
				expect(
					item.json.stopReason === 'end_turn',
					`unexpected stop reason ${item.json.stopReason}`,
				);
				expect(
					nodeRun.metadata?.tokenUsage?.outputTokens === item.json.usage.outputTokens,
					'n8n recorded no token usage',
				);
				evidence.push([
					'Output item of the Resayil node',
					JSON.stringify({ json: item.json, pairedItem: item.pairedItem }, null, 2),
				]);
				evidence.push([
					'Token usage n8n recorded for the node (run metadata)',
					JSON.stringify(nodeRun.metadata.tokenUsage),
				]);
			},
		);

		await check('d', 'Wrong key: a clear node error', async (evidence) => {
			const run = n8n.execute(wrongKey.id);
			const output = `${run.stdout}\n${run.stderr}`;
			outputs.push(output);
			expect(run.status !== 0, 'the execution succeeded with a wrong key');
			const error = run.execution?.data?.resultData?.error;
			expect(
				error?.message?.startsWith('Authentication failed (401)'),
				`unexpected error: ${error?.message ?? output.slice(-1500)}`,
			);
			expect(
				error?.node?.name === 'Resayil' ||
					run.execution?.data?.resultData?.lastNodeExecuted === 'Resayil',
				'the error is not on the Resayil node',
			);
			expect(
				!output.includes(WRONG_KEY) && !output.includes(KEY),
				'the API key appears in the output',
			);
			evidence.push([
				'Error n8n reports for the Resayil node',
				`${error.name}: ${error.message}\n${error.description ?? ''}`.trim(),
			]);
		});

		await check(
			'g',
			`Timeout option (${TIMEOUT_MS} ms): a slow reply outlasts it, silence and no answer fail`,
			async (evidence) => {
				const runWith = async (fault) => {
					await control.reset();
					await control.queue({ path: '/v1/messages', fault });
					const startedAt = Date.now();
					const run = n8n.execute(withTimeout.id);
					outputs.push(run.stdout, run.stderr);
					return { run, ms: Date.now() - startedAt, requests: await control.messagesRequests() };
				};
				const slow = await runWith({ type: 'slow', tokenIntervalMs: 150 });
				const text =
					slow.run.execution?.data?.resultData?.runData?.Resayil?.[0]?.data?.main?.[0]?.[0]?.json
						?.text;
				const replyMs = slow.requests[0].completedAt - slow.requests[0].receivedAt;
				expect(
					slow.run.status === 0 && typeof text === 'string',
					`the slow reply failed: ${slow.run.execution?.data?.resultData?.error?.message ?? slow.run.stderr.slice(-800)}`,
				);
				expect(replyMs > 2 * TIMEOUT_MS, `the reply took only ${replyMs} ms`);
				const failures = [];
				for (const [label, fault, pattern] of [
					[
						'silent mid-reply',
						{ type: 'stall', afterEvents: 3 },
						/^The stream stalled: no data arrived after 1500 ms/,
					],
					[
						'no answer',
						{ type: 'stall', afterEvents: 0 },
						/^Timed out after 1500 ms waiting for the gateway/,
					],
				]) {
					const { run } = await runWith(fault);
					const error = run.execution?.data?.resultData?.error;
					expect(run.status !== 0, `${label}: the execution succeeded`);
					expect(
						pattern.test(error?.message ?? ''),
						`${label}: unexpected error ${error?.message ?? run.stderr.slice(-800)}`,
					);
					failures.push(`${label}: ${error.message}\n  ${error.description}`);
				}
				evidence.push([
					'A reply slower than the timeout in all, but never silent that long',
					`${replyMs} ms between the request reaching the gateway and its reply's last byte; the item has ${text.length} characters of text`,
				]);
				evidence.push(['Errors n8n reports for the Resayil node', failures.join('\n')]);
			},
		);

		await check(
			'e',
			'Manual → Resayil with the Calculator on its Tools input: the node runs the tool',
			async (evidence) => {
				await control.reset();
				await control.queue({
					path: '/v1/messages',
					reply: { content: [{ type: 'tool_use', name: 'Calculator', input: { input: '6 * 7' } }] },
				});
				const run = n8n.execute(toolsInput.id);
				outputs.push(run.stdout, run.stderr);
				expect(
					run.status === 0,
					`n8n execute exited with ${run.status}:\n${run.stderr.slice(-2000)}`,
				);
				const item = run.execution?.data?.resultData?.runData?.Resayil?.[0]?.data?.main?.[0]?.[0];
				expect(item, 'no output item from the Resayil node');
				const [toolRun] = item.json.toolRuns ?? [];
				expect(
					toolRun?.name === 'Calculator' && toolRun.output.includes('42') && !toolRun.isError,
					`the Calculator did not run: ${JSON.stringify(item.json)}`,
				);
				expect(
					item.json.stopReason === 'end_turn' && item.json.text.includes('42'),
					`unexpected answer: ${JSON.stringify(item.json)}`,
				);
				const requests = await control.messagesRequests();
				const declared = requests[0]?.body?.tools?.find((tool) => tool.name === 'Calculator');
				expect(
					declared?.input_schema?.type === 'object' && declared.input_schema.properties?.input,
					`the Calculator's schema was not sent: ${JSON.stringify(declared)}`,
				);
				evidence.push(['Calculator as declared to the model', JSON.stringify(declared, null, 2)]);
				evidence.push(['Output item of the Resayil node', JSON.stringify(item.json, null, 2)]);
			},
		);

		server = await n8n.start();
		log(`n8n ${N8N_VERSION} on ${n8n.url}`);

		await check(
			'b',
			'Streaming Webhook → Resayil: NDJSON begin, items while the reply is generated, end',
			async (evidence) => {
				await waitForWebhook(n8n.url, 'resayil-stream');
				await control.reset();
				const stream = await postAndReadNdjson(`${n8n.url}/webhook/resayil-stream`, {
					prompt: 'Explain streaming in two sentences.',
				});
				const { chunks, items, text } = summarizeStream(stream);
				expect(stream.status === 200, `HTTP ${stream.status}`);
				expect(
					chunks[0]?.type === 'begin' && chunks.at(-1)?.type === 'end',
					`not begin … end: ${chunks.map((c) => c.type).join(',')}`,
				);
				expect(items.length >= 3, `only ${items.length} items`);
				expectReadByCore(stream, text);
				expect(
					chunks.every((chunk) => chunk.metadata?.nodeName === 'Resayil'),
					'a chunk did not come from the Resayil node',
				);
				const [request] = await control.messagesRequests();
				expect(request?.body?.stream === true, 'the node did not stream from the gateway');
				const early = items.filter((line) => line.at < request.completedAt);
				expect(
					early.length >= 3,
					`only ${early.length} items arrived before the gateway finished its reply`,
				);
				evidence.push([
					`NDJSON as received (${items.length} items; ${early.length} arrived before the gateway had finished; text: "${text}")`,
					ndjsonExcerpt(stream, request.completedAt),
				]);
			},
		);

		await check(
			'c',
			'Streaming Webhook → AI Agent + Resayil Chat Model + Calculator: the tool runs, the answer streams',
			async (evidence) => {
				await waitForWebhook(n8n.url, 'resayil-agent');
				await control.reset();
				// The model's first turn: call the Calculator (the emulator then answers from the tool result).
				await control.queue({
					path: '/v1/messages',
					reply: {
						content: [
							{ type: 'text', text: 'Let me calculate that.' },
							{ type: 'tool_use', name: 'Calculator', input: { input: '6 * 7' } },
						],
					},
				});
				const stream = await postAndReadNdjson(`${n8n.url}/webhook/resayil-agent`, {
					prompt: 'What is 6 times 7? Use the calculator.',
				});
				const { chunks, items, text } = summarizeStream(stream);
				expect(stream.status === 200, `HTTP ${stream.status}`);
				const requests = await control.messagesRequests();
				expect(
					requests.length >= 2,
					`the model was asked ${requests.length} time(s); expected a second turn after the tool`,
				);
				expect(
					requests[0].body.tools?.some((tool) => tool.name === 'Calculator'),
					'the Calculator was not offered to the model',
				);
				const toolResult = requests[1].body.messages
					.flatMap((message) => (Array.isArray(message.content) ? message.content : []))
					.find((block) => block.type === 'tool_result');
				expect(
					toolResult && String(JSON.stringify(toolResult.content)).includes('42'),
					`the Calculator result did not reach the model: ${JSON.stringify(toolResult)}`,
				);
				expect(chunks[0]?.type === 'begin' && chunks.at(-1)?.type === 'end', 'not begin … end');
				expect(
					items.length >= 3 && text.includes('42'),
					`the answer did not stream back: "${text}"`,
				);
				expectReadByCore(stream, text);
				const last = requests.at(-1);
				const early = items.filter((line) => line.at < last.completedAt);
				expect(
					early.length >= 1,
					'no item of the final answer arrived before the gateway had finished it',
				);
				evidence.push([
					'Tool result the model received in its second turn',
					JSON.stringify(toolResult, null, 2),
				]);
				evidence.push([
					`NDJSON as received (${items.length} items; text: "${text.replace(/\n/g, ' ')}")`,
					ndjsonExcerpt(stream, last.completedAt),
				]);
			},
		);

		await check(
			'f',
			'Streaming Webhook → Resayil, the gateway cuts its reply: an error line, not a short answer',
			async (evidence) => {
				await control.reset();
				await control.queue({ path: '/v1/messages', fault: { type: 'cut', afterEvents: 8 } });
				const stream = await postAndReadNdjson(`${n8n.url}/webhook/resayil-stream`, {
					prompt: 'Explain streaming in two sentences.',
				});
				const { chunks } = summarizeStream(stream);
				const errorLine = chunks.find((chunk) => chunk.type === 'error');
				expect(errorLine, `no error line: ${chunks.map((c) => c.type).join(',')}`);
				expect(
					!chunks.some((chunk) => chunk.type === 'end'),
					'the item ended normally, as if the answer were whole',
				);
				const { error } = stream.reader;
				const { N8nStreamError } = await import('@resayil/core/web');
				expect(
					N8nStreamError.isInstance(error) && error.nodeName === 'Resayil',
					`readN8nStream threw ${error?.name ?? 'nothing'}: ${error?.message}`,
				);
				expect(
					error.message.includes('cut off') && error.message.includes('TruncatedStreamError'),
					`the error does not say what happened: ${error.message}`,
				);
				evidence.push(['NDJSON as received', ndjsonExcerpt(stream)]);
				evidence.push(['What readN8nStream threw', `${error.name}: ${error.message}`]);
			},
		);

		await check('-', 'The API key never appears in the output of n8n', async () => {
			const all = [...outputs, server.output()].join('\n');
			expect(
				!all.includes(KEY) && !all.includes(WRONG_KEY),
				'the key appears in the output of n8n',
			);
		});

		const passed = results.every((result) => result.passed);
		if (args.has('--record')) {
			const file = writeReport(join(packageDir, 'docs', 'e2e.md'), {
				results,
				n8nVersion: N8N_VERSION,
				nodeVersion,
				packed,
			});
			log(`recorded ${file}`);
		}
		log(passed ? 'all checks passed' : 'some checks FAILED');
		if (!passed) process.exitCode = 1;
	} finally {
		await server?.stop();
		await emulator.stop();
		if (args.has('--keep')) log(`kept ${workDir}`);
		else rmSync(workDir, { recursive: true, force: true });
	}
}

main().catch((error) => {
	console.error(`e2e: ${error.stack ?? error}`);
	process.exitCode = 1;
});
