import type { INodeProperties } from 'n8n-workflow';

import { capableModels } from './capable-models.ts';
import type { ThinkingConfig } from './protocol.ts';

/** The smallest thinking budget the Messages API accepts. */
const MIN_BUDGET = 1024;

/** The `Thinking Budget` option both nodes offer: tokens the model may think with, 0 for off. */
export const thinkingBudgetOption: INodeProperties = {
	displayName: 'Thinking Budget (Tokens)',
	name: 'thinkingBudget',
	type: 'number',
	default: 0,
	typeOptions: { minValue: 0, numberPrecision: 0 },
	description: `Tokens the model may spend reasoning before it answers: 0 for off, otherwise at least 1024 and below Max Tokens. Only models that think use it (the model list says which do): ${capableModels('thinking')}.`,
};

/** The `Thinking Budget` option as the request's `thinking` field (`undefined` when it is 0). */
export function toThinkingConfig(budget: number | undefined): ThinkingConfig | undefined {
	if (budget === undefined || budget <= 0) return undefined;
	return { type: 'enabled', budget_tokens: Math.max(MIN_BUDGET, Math.floor(budget)) };
}
