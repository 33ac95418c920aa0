import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

import { DEFAULT_BASE_URL } from '../shared/protocol.ts';

/**
 * The `Resayil API` credential: an API key and the gateway's base URL.
 *
 * The key travels as both `x-api-key` and `Authorization: Bearer` (the gateway's docs name the
 * first, its code reads the second). n8n applies it to every request of the Resayil nodes through
 * `httpRequestWithAuthentication`, so the nodes never put the key into a request themselves. The
 * test lists the models, which needs a valid key.
 */
export class ResayilApi implements ICredentialType {
	name = 'resayilApi';

	displayName = 'Resayil API';

	icon: Icon = {
		light: 'file:../nodes/Resayil/resayil.svg',
		dark: 'file:../nodes/Resayil/resayil.dark.svg',
	};

	documentationUrl =
		'https://github.com/resayil/resayil-toolkit/tree/main/packages/n8n-nodes-resayil#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: 'Your LLM Resayil API key, created at https://llm.resayil.io/dashboard',
		},
		{
			displayName: 'Base URL',
			name: 'url',
			type: 'string',
			required: true,
			default: DEFAULT_BASE_URL,
			description:
				'The gateway address. A trailing /v1 is accepted. Use http://127.0.0.1:&lt;port&gt; for the local emulator.',
		},
		{
			displayName: 'Spending Limit (USD)',
			name: 'spendingLimitUsd',
			type: 'number',
			default: 0,
			typeOptions: { minValue: 0, numberPrecision: 4 },
			description:
				"The most the requests made with this credential may cost together, estimated from the gateway's prices; 0 for no limit. A request estimated over what is left fails before it is sent, and a streamed reply that runs over is stopped. n8n keeps the running total in memory: it starts again when n8n restarts, and each queue-mode worker keeps its own.",
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				'x-api-key': '={{$credentials.apiKey}}',
				Authorization: '=Bearer {{$credentials.apiKey}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			// The same normalization as the nodes: no trailing slash, no trailing /v1.
			baseURL: '={{ String($credentials.url).trim().replace(/\\/+$/, "").replace(/\\/v1$/i, "") }}',
			url: '/v1/models',
			method: 'GET',
			headers: { accept: 'application/json' },
		},
	};
}
