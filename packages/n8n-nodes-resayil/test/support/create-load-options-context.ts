import { createRequestHelper, type TestCredentials } from '@resayil-internal/test-support/n8n';
import type { ILoadOptionsFunctions } from 'n8n-workflow';

import { RESAYIL_API, RESAYIL_NODE as node } from './test-nodes.ts';

/** A mocked `ILoadOptionsFunctions` (the editor's model search) with real HTTP to the emulator. */
export function createLoadOptionsContext(credentials: TestCredentials): ILoadOptionsFunctions {
	return {
		getNode: () => node,
		getCredentials: async () => ({ ...credentials }),
		helpers: {
			httpRequestWithAuthentication: createRequestHelper(
				{ credentialType: RESAYIL_API, credentials, node },
				[],
			),
		},
	} as unknown as ILoadOptionsFunctions;
}
