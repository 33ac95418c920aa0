// `npm run e2e:n8n:queue [-- --record] [-- --keep]`: the package in n8n 2.41.1 (Node 24) in queue mode,
// with Redis and PostgreSQL from Debian's packages (throwaway instances on free ports), one main
// process, two workers and the emulator as the gateway. It proves:
//   (a) a streaming Webhook → Resayil execution runs on a worker and its NDJSON items reach the
//       client while the gateway is still sending (relayed from the worker through Redis);
//   (b) 20 concurrent executions spread over both workers all succeed and each streams;
//   (c) the AI Agent with the Resayil Chat Model and a tool works on a worker;
//   (d) a worker killed mid-stream ends the client's response instead of hanging; n8n sends no
//       error line then, and core's `readN8nStream` turns the missing end line into
//       TruncatedStreamError; the execution is marked failed.
// Every stream is also read live by `readN8nStream`, which must complete for (a) to (c).
// It prints a table (executions, per-worker counts, time to first chunk); `--record` writes the
// results to docs/scaling-e2e.md; `--keep` keeps the temporary folder.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { emulatorControl } from '../e2e/emulator-control.mjs';
import { postAndReadNdjson, waitForWebhook } from '../e2e/read-ndjson.mjs';
import { startProcess } from '../e2e/start-process.mjs';
import { N8N_VERSION } from '../e2e/tools.mjs';
import { createChecks, expect, expectReadByCore } from '../e2e/checks.mjs';
import { medianAndWorst } from './median-and-worst.mjs';
import { packageDir, prepareRun, repoRoot } from '../e2e/prepare-run.mjs';
import { createMain, pidListeningOn, queueEnvironment, startWorker } from './queue-cluster.mjs';
import { writeScalingReport } from './report.mjs';
import { ensureServices, startPostgres, startRedis } from './services.mjs';
import { requestWithMarker, summarizeStream } from './stream-summary.mjs';

const examplesDir = join(repoRoot, 'examples', 'n8n-workflows');
const KEY = 'dummy-e2e-key-accepted-by-the-emulator';
const TOKEN_INTERVAL_MS = 50;
const CONCURRENT = 20;
const WORKER_CONCURRENCY = 10;
const HANG_LIMIT_MS = 120_000;
const args = new Set(process.argv.slice(2));
const log = (message) => console.log(`e2e-queue: ${message}`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const loadJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** Which worker started which of the executions that began since `before` (a snapshot of counts). */
function newExecutions(workers, before) {
	return Object.fromEntries(
		workers.map((worker) => [worker.name, worker.executions().slice(before[worker.name] ?? 0)]),
	);
}
const snapshot = (workers) =>
	Object.fromEntries(workers.map((worker) => [worker.name, worker.executions().length]));

async function main() {
	ensureServices(log);
	const { node24, n8nBin, nodeVersion, workDir, userFolder, packed } = prepareRun(
		log,
		'n8n-nodes-resayil-e2e-queue-',
	);

	const stops = [];
	const checks = createChecks(log);
	const table = { executions: 0, perWorker: {}, firstItemMs: [], gatewayMs: [] };
	try {
		const redis = await startRedis(join(workDir, 'redis'));
		stops.push(redis.stop);
		const postgres = await startPostgres('n8n');
		stops.push(postgres.stop);
		log(`redis on ${redis.port}, postgres on ${postgres.port}`);

		const emulator = await startProcess(
			process.execPath,
			[
				join(repoRoot, 'packages', 'emulator', 'dist', 'cli.mjs'),
				...['--port', '0', '--profile', 'resayil', '--api-key', KEY],
				...['--token-interval-ms', String(TOKEN_INTERVAL_MS)],
			],
			{ ready: /listening on (http:\/\/[\d.]+:\d+)/, name: 'emulator', timeoutMs: 30_000 },
		);
		stops.push(emulator.stop);
		const gateway = emulator.match[1];
		const control = emulatorControl(gateway);

		const environment = queueEnvironment({ redis, postgres, userFolder });
		const n8n = await createMain({ node24, n8nBin, userFolder, environment });
		n8n.importCredentials([
			{
				id: 'resayil-credential',
				name: 'Resayil account',
				type: 'resayilApi',
				data: { apiKey: KEY, url: gateway },
			},
		]);
		const streaming = {
			...loadJson(join(examplesDir, 'streaming-webhook.json')),
			id: 'queueStreaming',
		};
		const agent = {
			...loadJson(join(examplesDir, 'agent-tool-streaming.json')),
			id: 'queueAgentTool',
		};
		for (const workflow of [streaming, agent]) {
			n8n.importWorkflow({ ...workflow, active: false });
			n8n.publishWorkflow(workflow.id);
		}
		const server = await n8n.start();
		stops.unshift(server.stop);
		const workers = [];
		for (const name of ['worker-1', 'worker-2']) {
			const worker = await startWorker({
				node24,
				n8nBin,
				environment,
				name,
				concurrency: WORKER_CONCURRENCY,
			});
			workers.push(worker);
			stops.unshift(worker.stop);
		}
		log(`n8n ${N8N_VERSION} main on ${n8n.url}, workers ${workers.map((w) => w.name).join(', ')}`);
		await waitForWebhook(n8n.url, 'resayil-stream');
		await waitForWebhook(n8n.url, 'resayil-agent');

		const record = (perWorker, firstItems, gatewayTimes) => {
			table.gatewayMs.push(...gatewayTimes);
			for (const [name, ids] of Object.entries(perWorker)) {
				table.perWorker[name] = (table.perWorker[name] ?? 0) + ids.length;
				table.executions += ids.length;
			}
			table.firstItemMs.push(...firstItems);
		};

		await checks.run(
			'a',
			'Streaming Webhook → Resayil on a worker: items relayed before the reply is complete',
			async (evidence) => {
				await control.reset();
				const before = snapshot(workers);
				const stream = await postAndReadNdjson(`${n8n.url}/webhook/resayil-stream`, {
					prompt: 'Explain streaming in two sentences.',
				});
				const summary = summarizeStream(stream);
				expect(stream.status === 200, `HTTP ${stream.status}`);
				expect(summary.wellFormed, `not begin … end: ${summary.types.join(',')}`);
				expectReadByCore(stream, summary.text);
				const [request] = await control.messagesRequests();
				expect(request?.body?.stream === true, 'the node did not stream from the gateway');
				const early = summary.items.filter((line) => line.at < request.completedAt);
				expect(
					early.length >= 3,
					`only ${early.length} items arrived before the gateway finished its reply`,
				);
				const ran = newExecutions(workers, before);
				const on = Object.entries(ran).filter(([, ids]) => ids.length > 0);
				expect(
					on.length === 1 && on[0][1].length === 1,
					`expected one execution on one worker: ${JSON.stringify(ran)}`,
				);
				const gatewayMs = request.receivedAt - stream.startedAt;
				record(ran, [summary.firstItemMs], [gatewayMs]);
				const rel = (at) => `+${at - stream.startedAt} ms`;
				evidence.push([
					'NDJSON as received (time since the request was sent)',
					[
						...stream.lines
							.slice(0, 4)
							.map(
								(line) =>
									`${rel(line.at)}  ${line.raw.replace(/,"metadata":\{[^}]*\}/, ',"metadata":{…}')}`,
							),
						`… (the gateway got the request at ${rel(request.receivedAt)} and finished its reply at ${rel(request.completedAt)}; the last line arrived at ${rel(stream.lines.at(-1).at)})`,
					].join('\n'),
				]);
				evidence.push([
					'Result',
					`execution ${on[0][1][0]} ran on ${on[0][0]}; ${summary.items.length} items, ${early.length} of them before the gateway had finished; first item after ${summary.firstItemMs} ms`,
				]);
			},
		);

		await checks.run(
			'b',
			`${CONCURRENT} concurrent streaming executions spread over both workers`,
			async (evidence) => {
				await control.reset();
				const before = snapshot(workers);
				const markers = Array.from(
					{ length: CONCURRENT },
					(_, i) => `request-${String(i + 1).padStart(2, '0')}`,
				);
				const streams = await Promise.all(
					markers.map((marker) =>
						postAndReadNdjson(`${n8n.url}/webhook/resayil-stream`, {
							prompt: `Explain streaming (${marker}).`,
						}),
					),
				);
				const requests = await control.messagesRequests();
				const problems = [];
				const firstItems = [];
				const gatewayTimes = [];
				streams.forEach((stream, index) => {
					const summary = summarizeStream(stream);
					const request = requestWithMarker(requests, markers[index]);
					const early = request
						? summary.items.filter((line) => line.at < request.completedAt).length
						: 0;
					if (
						stream.status !== 200 ||
						!summary.wellFormed ||
						summary.items.length < 3 ||
						early < 1 ||
						stream.reader.error ||
						stream.reader.text !== summary.text
					)
						problems.push(
							`${markers[index]}: HTTP ${stream.status}, ${summary.types.length} chunks, ${early} early items, readN8nStream: ${stream.reader.error?.name ?? 'complete'}`,
						);
					else {
						firstItems.push(summary.firstItemMs);
						gatewayTimes.push(request.receivedAt - stream.startedAt);
					}
				});
				expect(problems.length === 0, `failed streams: ${problems.join('; ')}`);
				const ran = newExecutions(workers, before);
				const counts = Object.fromEntries(
					Object.entries(ran).map(([name, ids]) => [name, ids.length]),
				);
				expect(
					Object.values(counts).every((count) => count > 0),
					`not spread over both workers: ${JSON.stringify(counts)}`,
				);
				expect(
					Object.values(counts).reduce((a, b) => a + b, 0) === CONCURRENT,
					`executions per worker: ${JSON.stringify(counts)}`,
				);
				record(ran, firstItems, gatewayTimes);
				const { median, worst } = medianAndWorst(firstItems);
				evidence.push([
					'Result',
					`per worker: ${JSON.stringify(counts)}; first item median ${median} ms, worst ${worst} ms; request at the gateway median ${medianAndWorst(gatewayTimes).median} ms, worst ${medianAndWorst(gatewayTimes).worst} ms`,
				]);
			},
		);

		await checks.run(
			'c',
			'AI Agent + Resayil Chat Model + Calculator on a worker',
			async (evidence) => {
				await control.reset();
				await control.queue({
					path: '/v1/messages',
					reply: {
						content: [
							{ type: 'text', text: 'Let me calculate that.' },
							{ type: 'tool_use', name: 'Calculator', input: { input: '6 * 7' } },
						],
					},
				});
				const before = snapshot(workers);
				const stream = await postAndReadNdjson(`${n8n.url}/webhook/resayil-agent`, {
					prompt: 'What is 6 times 7? Use the calculator.',
				});
				const summary = summarizeStream(stream);
				expect(stream.status === 200, `HTTP ${stream.status}`);
				const requests = await control.messagesRequests();
				expect(
					requests.length >= 2,
					`the model was asked ${requests.length} time(s); expected a turn after the tool`,
				);
				const toolResult = requests[1].body.messages
					.flatMap((message) => (Array.isArray(message.content) ? message.content : []))
					.find((block) => block.type === 'tool_result');
				expect(
					JSON.stringify(toolResult?.content ?? '').includes('42'),
					`no Calculator result reached the model: ${JSON.stringify(toolResult)}`,
				);
				expect(
					summary.wellFormed && summary.text.includes('42'),
					`the answer did not stream back: ${summary.types.join(',')} "${summary.text}"`,
				);
				expectReadByCore(stream, summary.text);
				const ran = newExecutions(workers, before);
				const on = Object.entries(ran).filter(([, ids]) => ids.length > 0);
				expect(on.length === 1, `expected the execution on one worker: ${JSON.stringify(ran)}`);
				record(ran, [summary.firstItemMs], []);
				evidence.push([
					'Result',
					`execution ${on[0][1][0]} ran on ${on[0][0]}; answer: "${summary.text.replace(/\s+/g, ' ').slice(0, 200)}"`,
				]);
			},
		);

		await checks.run(
			'd',
			"A worker killed mid-stream: the response ends instead of hanging, core's reader throws TruncatedStreamError, the execution is failed",
			async (evidence) => {
				await control.reset();
				await control.queue({
					path: '/v1/messages',
					reply: { content: [{ type: 'text', text: 'word '.repeat(400).trim() }] },
				});
				const before = snapshot(workers);
				const startedAt = Date.now();
				const response = postAndReadNdjson(`${n8n.url}/webhook/resayil-stream`, {
					prompt: 'Write a long answer.',
				}).then(
					(stream) => ({ stream }),
					(error) => ({ error }),
				);
				let victim;
				let executionId;
				while (!victim && Date.now() - startedAt < 30_000) {
					await sleep(200);
					for (const [name, ids] of Object.entries(newExecutions(workers, before)))
						if (ids.length > 0)
							[victim, executionId] = [workers.find((w) => w.name === name), ids[0]];
				}
				expect(victim, 'no worker started the execution');
				await sleep(1500);
				const pid = await pidListeningOn(victim.healthPort);
				process.kill(pid, 'SIGKILL');
				const killedAt = Date.now();
				log(`killed ${victim.name} (pid ${pid}) while it ran execution ${executionId}`);
				let timer;
				const hang = new Promise(
					(resolve) => (timer = setTimeout(() => resolve({ hung: true }), HANG_LIMIT_MS)),
				);
				const outcome = await Promise.race([response, hang]);
				clearTimeout(timer);
				const endedAfter = Date.now() - killedAt;
				expect(
					!outcome.hung,
					`the response was still open ${HANG_LIMIT_MS} ms after the worker died`,
				);
				let ending;
				if (outcome.error)
					ending = `the connection ended with an error (${outcome.error.cause?.code ?? outcome.error.message})`;
				else {
					const summary = summarizeStream(outcome.stream);
					const tail = outcome.stream.lines
						.slice(-3)
						.map((line) => line.raw.replace(/,"metadata":\{[^}]*\}/, ',"metadata":{…}'))
						.join(' ');
					const errorLine = summary.types.includes('error') ? 'an error line' : 'no error line';
					expect(
						!summary.wellFormed,
						'the response ended with a normal end chunk, as if it had succeeded',
					);
					const { reader } = outcome.stream;
					const { TruncatedStreamError } = await import('@resayil/core/protocol');
					expect(
						TruncatedStreamError.isInstance(reader.error) &&
							reader.error.partial.content[0]?.text === summary.text,
						`readN8nStream did not throw TruncatedStreamError with the text so far: ${reader.error?.name ?? 'it completed'}`,
					);
					ending = `HTTP ${outcome.stream.status}, ${summary.items.length} items, no end line, ${errorLine}; last lines: ${tail.slice(0, 400)}; readN8nStream threw ${reader.error.name}: "${reader.error.message.split(': the execution')[0]}"`;
				}
				let status = '';
				const deadline = Date.now() + 90_000;
				while (Date.now() < deadline && !['error', 'crashed', 'success'].includes(status)) {
					status = postgres.query(
						`SELECT status FROM execution_entity WHERE id = '${executionId}'`,
					);
					if (!['error', 'crashed', 'success'].includes(status)) await sleep(1000);
				}
				expect(
					status === 'error' || status === 'crashed',
					`execution ${executionId} has status "${status}"`,
				);
				evidence.push([
					'Result',
					`${victim.name} killed (SIGKILL) during execution ${executionId}; the client's response ended ${endedAfter} ms later: ${ending}; the execution's status in the database: ${status}`,
				]);
			},
		);

		const { median, worst } = medianAndWorst(table.firstItemMs.filter((ms) => ms !== undefined));
		const reach = medianAndWorst(table.gatewayMs);
		const lines = [
			'| executions | ' +
				Object.keys(table.perWorker).join(' | ') +
				' | first chunk, median | first chunk, worst | request at the gateway, median | worst |',
			'| --- | ' +
				Object.keys(table.perWorker)
					.map(() => '---')
					.join(' | ') +
				' | --- | --- | --- | --- |',
			`| ${table.executions} (a–c) | ${Object.values(table.perWorker).join(' | ')} | ${median} ms | ${worst} ms | ${reach.median} ms (a, b) | ${reach.worst} ms |`,
		];
		console.log(lines.join('\n'));
		const passed = checks.results.every((result) => result.passed);
		if (args.has('--record')) {
			const file = writeScalingReport(join(packageDir, 'docs', 'scaling-e2e.md'), {
				results: checks.results,
				table: lines,
				n8nVersion: N8N_VERSION,
				nodeVersion,
				redisVersion: execFileSync('redis-server', ['--version'], { encoding: 'utf8' }).trim(),
				postgresVersion: postgres.query('SHOW server_version'),
				environment,
				tokenIntervalMs: TOKEN_INTERVAL_MS,
			});
			log(`recorded ${file}`);
		}
		log(passed ? 'all checks passed' : 'some checks FAILED');
		if (!passed) process.exitCode = 1;
	} finally {
		for (const stop of stops) await stop().catch((error) => log(`stop failed: ${error.message}`));
		if (args.has('--keep')) log(`kept ${workDir}`);
		else rmSync(workDir, { recursive: true, force: true });
	}
}

main().catch((error) => {
	console.error(`e2e-queue: ${error.stack ?? error}`);
	process.exitCode = 1;
});
