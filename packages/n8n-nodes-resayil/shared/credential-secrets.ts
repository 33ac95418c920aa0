import type { IExecuteFunctions, ILoadOptionsFunctions, ISupplyDataFunctions } from 'n8n-workflow';

import { RESAYIL_API_CREDENTIAL } from './credential-type.ts';

/**
 * The strings no error of a node may show: the API key of its `Resayil API` credential (none when
 * the credential cannot be read, e.g. it is missing).
 */
export async function credentialSecrets(
	ctx: IExecuteFunctions | ISupplyDataFunctions | ILoadOptionsFunctions,
): Promise<string[]> {
	try {
		const credentials = await ctx.getCredentials(RESAYIL_API_CREDENTIAL);
		return typeof credentials.apiKey === 'string' && credentials.apiKey !== ''
			? [credentials.apiKey]
			: [];
	} catch {
		return [];
	}
}
