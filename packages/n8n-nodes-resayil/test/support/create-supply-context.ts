import {
	createRequestHelper,
	nodeParameterGetter,
	type PerformedRequest,
	type TestCredentials,
} from '@resayil-internal/test-support/n8n';
import type { ISupplyDataFunctions } from 'n8n-workflow';

import { CHAT_MODEL_NODE as node, RESAYIL_API } from './test-nodes.ts';

/** What the fake sub-node context recorded. */
export interface SupplyContextRecording {
	ctx: ISupplyDataFunctions;
	requests: PerformedRequest[];
	/** What n8n's LLM tracing reported as the sub-node's input and output data. */
	inputData: unknown[];
	outputData: unknown[];
}

/**
 * A mocked `ISupplyDataFunctions` for the Resayil Chat Model: parameters, credentials, real HTTP to
 * the emulator, and the hooks n8n's LLM tracing (added by `supplyModel`) calls.
 */
export function createSupplyContext(options: {
	credentials: TestCredentials;
	parameters: Record<string, unknown>;
	cancelSignal?: AbortSignal;
}): SupplyContextRecording {
	const requests: PerformedRequest[] = [];
	const inputData: unknown[] = [];
	const outputData: unknown[] = [];
	const ctx = {
		getNode: () => node,
		getNodeParameter: nodeParameterGetter(options.parameters),
		getCredentials: async () => ({ ...options.credentials }),
		getExecutionCancelSignal: () => options.cancelSignal,
		addInputData: (_type: string, data: unknown) => {
			inputData.push(data);
			return { index: inputData.length - 1 };
		},
		addOutputData: (_type: string, _index: number, data: unknown) => {
			outputData.push(data);
		},
		getNextRunIndex: () => 0,
		setMetadata: () => undefined,
		logAiEvent: () => undefined,
		logger: {
			debug: () => undefined,
			info: () => undefined,
			warn: () => undefined,
			error: () => undefined,
		},
		helpers: {
			httpRequestWithAuthentication: createRequestHelper(
				{ credentialType: RESAYIL_API, credentials: options.credentials, node },
				requests,
				{
					cancelSignal: options.cancelSignal,
				},
			),
		},
	} as unknown as ISupplyDataFunctions;
	return { ctx, requests, inputData, outputData };
}
