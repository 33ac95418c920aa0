import type { INodeExecutionData } from 'n8n-workflow';

import { Resayil } from '../../nodes/Resayil/Resayil.node.ts';
import {
	createExecuteContext,
	type ExecuteContextOptions,
	type ExecuteContextRecording,
} from './create-execute-context.ts';

/** Runs the Resayil node's `execute` in a fake context; returns its output and the recording. */
export async function runResayilNode(
	options: ExecuteContextOptions,
): Promise<ExecuteContextRecording & { output: INodeExecutionData[] }> {
	const recording = createExecuteContext(options);
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
