import { TEST_KEY, useEmulator } from '@resayil-internal/test-support/emulator';
import { performHttpRequest, resolveExpression } from '@resayil-internal/test-support/n8n';
import { normalizeBaseURL } from '@resayil/core/protocol';
import { describe, expect, it } from 'vitest';

import { ResayilApi } from '../../credentials/ResayilApi.credentials.ts';
import { RESAYIL_NODE } from '../support/test-nodes.ts';

const credential = new ResayilApi();

describe('Resayil API credential', () => {
	const gateway = useEmulator({ profile: 'resayil' });

	it('asks for the key as a password field and defaults the base URL to the API host', () => {
		const apiKey = credential.properties.find((property) => property.name === 'apiKey');
		const url = credential.properties.find((property) => property.name === 'url');
		expect(apiKey?.typeOptions?.password).toBe(true);
		expect(apiKey?.required).toBe(true);
		expect(url?.default).toBe('https://llmapi.resayil.io');
	});

	it('sends the key as x-api-key and as a Bearer token', () => {
		const headers = credential.authenticate.properties.headers ?? {};
		const resolved = Object.fromEntries(
			Object.entries(headers).map(([name, value]) => [
				name,
				resolveExpression(String(value), { $credentials: { apiKey: TEST_KEY } }),
			]),
		);
		expect(resolved).toEqual({ 'x-api-key': TEST_KEY, Authorization: `Bearer ${TEST_KEY}` });
	});

	it.each([
		'https://llmapi.resayil.io',
		'https://llmapi.resayil.io/',
		'https://llmapi.resayil.io/v1',
		'https://llmapi.resayil.io/v1/',
		'https://llm.resayil.io/api/v1',
		' http://127.0.0.1:4010/V1 ',
	])('tests against the same base URL as the nodes for %j', (url) => {
		const baseURL = resolveExpression(String(credential.test.request.baseURL), {
			$credentials: { url },
		});
		expect(baseURL).toBe(normalizeBaseURL(url));
	});

	async function runCredentialTest(apiKey: string) {
		const { request } = credential.test;
		const baseURL = resolveExpression(String(request.baseURL), {
			$credentials: { url: `${gateway.url}/v1` },
		});
		return (await performHttpRequest(
			{ credentialType: credential, credentials: { apiKey, url: gateway.url }, node: RESAYIL_NODE },
			{
				url: `${String(baseURL)}${request.url ?? ''}`,
				method: request.method ?? 'GET',
				headers: request.headers ?? {},
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
			},
		)) as { statusCode: number; body: unknown };
	}

	it('lists the models with a valid key', async () => {
		const response = await runCredentialTest(TEST_KEY);
		expect(response.statusCode).toBe(200);
		// n8n's client parses a JSON body, as it does for the credential test in n8n.
		const models = response.body as { data: Array<{ id: string }> };
		expect(models.data.map((model) => model.id)).toContain('qwen3.5:397b');
		const seen = await gateway.emulator.waitForRequest(
			(recorded) => recorded.path === '/v1/models',
		);
		expect(seen.method).toBe('GET');
	});

	it('fails with a wrong key', async () => {
		const response = await runCredentialTest('wrong-key');
		expect(response.statusCode).toBe(401);
	});
});
