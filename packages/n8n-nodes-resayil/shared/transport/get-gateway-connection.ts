import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { RESAYIL_API_CREDENTIAL } from '../credential-type.ts';
import { DEFAULT_BASE_URL, type Budget, type RequestConfig } from '../protocol.ts';
import { budgetFor } from './budget-ledger.ts';
import { DEFAULT_TIMEOUT_MS } from '../timeout-option.ts';
import type { GatewayContext } from './gateway-context.ts';

/** How to reach the gateway: core's request configuration and the node's timeout. */
export interface GatewayConnection extends RequestConfig {
	/** Milliseconds the gateway may take to start answering, and a started reply may stay silent. */
	timeoutMs: number;
	/** Milliseconds one request may take in all (the node's `Total Timeout`); unset for no limit. */
	totalTimeoutMs?: number;
	/** The credential's spending limit, shared by every request made with it. */
	budget?: Budget;
}

/**
 * Reads the `Resayil API` credential into core's request configuration: the base URL (any form
 * core's `normalizeBaseURL` accepts, the default host when empty) and the API key. The key is only
 * used for redaction and request validation here; n8n adds it to each request itself. `timeoutMs`
 * is the node's `Timeout` option (two minutes when unset), `totalTimeoutMs` its `Total Timeout` (0 or
 * unset: no limit). A `Spending Limit (USD)` gives the credential's budget (see `budgetFor`).
 */
export async function getGatewayConnection(
	ctx: GatewayContext,
	timeoutMs: number = DEFAULT_TIMEOUT_MS,
	totalTimeoutMs?: number,
): Promise<GatewayConnection> {
	const credentials: ICredentialDataDecryptedObject =
		await ctx.getCredentials(RESAYIL_API_CREDENTIAL);
	const url = typeof credentials.url === 'string' ? credentials.url.trim() : '';
	const apiKey = typeof credentials.apiKey === 'string' ? credentials.apiKey : '';
	const connection: GatewayConnection = {
		baseURL: url === '' ? DEFAULT_BASE_URL : url,
		apiKey,
		timeoutMs,
	};
	if (totalTimeoutMs !== undefined && totalTimeoutMs > 0)
		connection.totalTimeoutMs = totalTimeoutMs;
	const credentialId = ctx.getNode().credentials?.[RESAYIL_API_CREDENTIAL]?.id ?? url;
	const budget = budgetFor(credentialId ?? '', credentials.spendingLimitUsd);
	if (budget) connection.budget = budget;
	return connection;
}
