import { Budget } from '../protocol.ts';

/** One budget per credential and limit, for as long as this n8n process runs. */
const budgets = new Map<string, Budget>();

/**
 * The budget a credential's `Spending Limit (USD)` holds across requests and executions: the same
 * object for the same credential and limit (a changed limit starts a new one). `undefined` when
 * the limit is 0 or unset.
 */
export function budgetFor(credentialKey: string, limitUsd: unknown): Budget | undefined {
	if (typeof limitUsd !== 'number' || !Number.isFinite(limitUsd) || limitUsd <= 0) return undefined;
	const key = `${credentialKey}\u0000${limitUsd}`;
	let budget = budgets.get(key);
	if (!budget) {
		budget = new Budget({ limitUsd });
		budgets.set(key, budget);
	}
	return budget;
}
