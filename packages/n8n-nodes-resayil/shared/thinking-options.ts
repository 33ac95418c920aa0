import type { INodeProperties } from 'n8n-workflow';

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
	description:
		'Tokens the model may spend reasoning before it answers: 0 for off, otherwise at least 1024 and below Max Tokens. Only models of the "thinking" category (e.g. qwen3.5:397b, glm-5.1, kimi-k2.6, gpt-oss:120b, deepseek-v3.1:671b) think; the model list shows each model\'s capabilities.',
};

/** The `Thinking Budget` option as the request's `thinking` field (`undefined` when it is 0). */
export function toThinkingConfig(budget: number | undefined): ThinkingConfig | undefined {
	if (budget === undefined || budget <= 0) return undefined;
	return { type: 'enabled', budget_tokens: Math.max(MIN_BUDGET, Math.floor(budget)) };
}
