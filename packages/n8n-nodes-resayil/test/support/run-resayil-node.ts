import {
	createExecuteContext,
	type ExecuteContextOptions,
	type ExecuteContextRecording,
} from '@resayil-internal/test-support/n8n';
import type { INodeExecutionData } from 'n8n-workflow';

import { Resayil } from '../../nodes/Resayil/Resayil.node.ts';
import { RESAYIL_API, RESAYIL_NODE } from './test-nodes.ts';

/** The fake execution context's options, for the Resayil node with the `Resayil API` credential. */
export type ResayilRunOptions = Omit<ExecuteContextOptions, 'credentialType' | 'node'>;

/** A fake execution context of the Resayil node, with n8n's real HTTP helper. */
export function resayilExecuteContext(options: ResayilRunOptions): ExecuteContextRecording {
	return createExecuteContext({ credentialType: RESAYIL_API, node: RESAYIL_NODE, ...options });
}

/** Runs the Resayil node's `execute` in a fake context; returns its output and the recording. */
export async function runResayilNode(
	options: ResayilRunOptions,
): Promise<ExecuteContextRecording & { output: INodeExecutionData[] }> {
	const recording = resayilExecuteContext(options);
	const [output = []] = await new Resayil().execute.call(recording.ctx);
	return { ...recording, output };
}

/** The parameters of Text → Message a Model with one user message, merged with `extra`. */
export function messageParameters(
	prompt: string,
	extra: Record<string, unknown> = {},
): Record<string, unknown> {
	return {
		resource: 'text',
		operation: 'message',
		modelId: { __rl: true, mode: 'id', value: 'qwen3.5:397b' },
		messages: { values: [{ content: prompt, role: 'user' }] },
		simplify: true,
		options: {},
		...extra,
	};
}
