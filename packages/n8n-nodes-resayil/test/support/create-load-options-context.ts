import type { ILoadOptionsFunctions } from 'n8n-workflow';

import { createRequestHelper } from './create-request-helper.ts';
import type { TestCredentials } from './perform-http-request.ts';
import { RESAYIL_NODE as node } from './test-nodes.ts';

/** A mocked `ILoadOptionsFunctions` (the editor's model search) with real HTTP to the emulator. */
export function createLoadOptionsContext(credentials: TestCredentials): ILoadOptionsFunctions {
	return {
		getNode: () => node,
		getCredentials: async () => ({ ...credentials }),
		helpers: { httpRequestWithAuthentication: createRequestHelper(credentials, []) },
	} as unknown as ILoadOptionsFunctions;
}
