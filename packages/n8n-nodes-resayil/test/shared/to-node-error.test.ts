import {
	AuthenticationError,
	createAPIError,
	InsufficientCreditsError,
	TruncatedStreamError,
} from '@resayil/core/protocol';
import { TEST_KEY } from '@resayil-internal/test-support/emulator';
import { performHttpRequest } from '@resayil-internal/test-support/n8n';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { describe, expect, it } from 'vitest';

import { errorToJson, toNodeError } from '../../shared/to-node-error.ts';
import { RESAYIL_API, RESAYIL_NODE } from '../support/test-nodes.ts';
import { useGateway } from '../support/use-gateway.ts';

const node = RESAYIL_NODE;
const secret = 'dummy-secret-value-0123';

describe('toNodeError', () => {
	it('keeps the typed error message and adds what to do in n8n, the status and the item index', () => {
		const cause = createAPIError({
			status: 401,
			headers: { 'x-request-id': 'req_42' },
			bodyText: `{"message":"Unauthenticated.","error":"Invalid API key ${secret}"}`,
			secrets: [secret],
		});
		expect(AuthenticationError.isInstance(cause)).toBe(true);
		const error = toNodeError(node, cause, 3);
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe(cause.message);
		expect(error.description).toBe(
			'Check the API Key of the Resayil API credential; keys are created at https://llm.resayil.io/dashboard. (AuthenticationError · HTTP 401 · request id req_42)',
		);
		expect((error as NodeApiError).httpCode).toBe('401');
		expect(error.context.itemIndex).toBe(3);
		expect(
			JSON.stringify({ ...error, message: error.message, description: error.description }),
		).not.toContain(secret);
	});

	it('points to the top-up page when credits run out', () => {
		const cause = createAPIError({
			status: 402,
			headers: {},
			bodyText:
				'{"error":{"message":"Insufficient credits","code":402},"top_up_url":"/dashboard/topup","current_credits":0}',
		});
		expect(InsufficientCreditsError.isInstance(cause)).toBe(true);
		expect(toNodeError(node, cause, 0).description).toMatch(
			/^Top up your credits at https:\/\/llm\.resayil\.io\/dashboard\/topup\./,
		);
	});

	it('says what happened for a reply cut mid-stream, since streaming clients see only the description', () => {
		const description = toNodeError(node, new TruncatedStreamError(), 0).description;
		expect(description).toBe(
			"The gateway's reply was cut off before it ended, so the answer is incomplete. Run the workflow again, or ask for a shorter reply (Max Tokens). (TruncatedStreamError)",
		);
	});

	it('rebuilds n8n errors from their redacted text and wraps anything else, redacting secrets', () => {
		const own = new NodeOperationError(node, `already an n8n error about ${secret}`, {
			description: `see ${secret}`,
		});
		const rebuilt = toNodeError(node, own, 2, [secret]);
		expect(rebuilt).toBeInstanceOf(NodeOperationError);
		expect(rebuilt.message).toBe('already an n8n error about [redacted]');
		expect(rebuilt.description).toBe('see [redacted]');
		expect(rebuilt.context.itemIndex).toBe(2);
		const wrapped = toNodeError(node, new Error(`failed with ${secret}`), 1, [secret]);
		expect(wrapped).toBeInstanceOf(NodeOperationError);
		expect(wrapped.message).toBe('failed with [redacted]');
		expect(wrapped.context.itemIndex).toBe(1);
	});
});

describe("toNodeError with a real NodeApiError from n8n's HTTP helper", () => {
	const { credentials } = useGateway();

	/** Every string an object shows, own properties (hidden ones too) and nested objects included. */
	function everything(value: unknown, seen = new Set<unknown>()): string {
		if (typeof value === 'string') return value;
		if (typeof value !== 'object' || value === null || seen.has(value)) return '';
		seen.add(value);
		return Object.getOwnPropertyNames(value)
			.map((name) => everything((value as Record<string, unknown>)[name], seen))
			.join('\n');
	}

	it("keeps no trace of the key that n8n's error carries in its AxiosError config", async () => {
		// A gateway that rejects the request and echoes the start of the key; n8n's helper fails the
		// way it does in n8n: a NodeApiError wrapping the AxiosError, whose config has the key.
		const fault = { type: 'status', status: 401, echoKey: 'prefix' };
		const url = `${credentials().url}/v1/models`;
		const original = await performHttpRequest(
			{ credentialType: RESAYIL_API, credentials: credentials(), node: RESAYIL_NODE },
			{
				url,
				method: 'GET',
				headers: { 'x-resayil-emulator': JSON.stringify({ fault }) },
			},
		).catch((error: unknown) => error);
		// n8n-core's own copy of n8n-workflow made it, as n8n's does inside n8n: same name, other class.
		expect((original as Error).name).toBe('NodeApiError');
		expect(everything(original)).toContain(TEST_KEY);
		const error = toNodeError(node, original, 4, [TEST_KEY]);
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error).not.toBe(original);
		expect((error as NodeApiError).httpCode).toBe('401');
		expect(error.context.itemIndex).toBe(4);
		const shown = [everything(error), JSON.stringify(error), error.stack].join('\n');
		for (let at = 0; at + 12 <= TEST_KEY.length; at++) {
			expect(shown).not.toContain(TEST_KEY.slice(at, at + 12));
		}
	});
});

describe('errorToJson', () => {
	it('describes a typed error for an item that continues on fail', () => {
		const cause = createAPIError({
			status: 429,
			headers: {},
			bodyText: '{"error":{"message":"Rate limit exceeded","code":429},"retry_after":5}',
		});
		expect(errorToJson(cause)).toEqual({
			error: cause.message,
			errorType: 'RateLimitError',
			status: 429,
		});
		expect(errorToJson(new Error(`oops ${secret}`), [secret])).toEqual({
			error: 'oops [redacted]',
		});
	});
});
