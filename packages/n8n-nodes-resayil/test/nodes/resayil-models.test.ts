import { NodeApiError } from 'n8n-workflow';
import { describe, expect, it } from 'vitest';

import { searchModels } from '../../shared/search-models.ts';
import { createLoadOptionsContext } from '../support/create-load-options-context.ts';
import { useGateway } from '../support/use-gateway.ts';
import { runResayilNode } from '../support/run-resayil-node.ts';

describe('Resayil node: Model → List', () => {
	const { emulator, credentials } = useGateway();

	it('returns one item per model of the catalog, paired with the input item', async () => {
		const { output } = await runResayilNode({
			credentials: credentials(),
			parameters: { resource: 'model', operation: 'list' },
		});
		expect(output.length).toBeGreaterThan(10);
		expect(output.every((item) => JSON.stringify(item.pairedItem) === '{"item":0}')).toBe(true);
		expect(output.map((item) => item.json)).toContainEqual(
			expect.objectContaining({ id: 'qwen3.5:397b', object: 'model', family: 'Qwen' }),
		);
		const request = await emulator().waitForRequest((r) => r.path === '/v1/models');
		expect(request.method).toBe('GET');
	});

	it.each(['/v1', '/v1/', '/'])('accepts a base URL ending in %j', async (suffix) => {
		const { output } = await runResayilNode({
			credentials: { ...credentials(), url: `${emulator().url}${suffix}` },
			parameters: { resource: 'model', operation: 'list' },
		});
		expect(output.length).toBeGreaterThan(0);
		expect(emulator().requests.map((r) => r.path)).toEqual(['/v1/models']);
	});

	it('reports an HTML page where the catalog was expected', async () => {
		emulator().enqueue({ path: '/v1/models', fault: { type: 'html_redirect' } });
		const run = runResayilNode({
			credentials: credentials(),
			parameters: { resource: 'model', operation: 'list' },
		});
		await expect(run).rejects.toThrow(/Unexpected response \(302/);
	});
});

describe('model search of the editor (searchModels)', () => {
	const { credentials } = useGateway();

	it('lists the catalog sorted by id, with family, category, size and capabilities', async () => {
		const { results } = await searchModels.call(createLoadOptionsContext(credentials()));
		const ids = results.map((result) => result.value as string);
		expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
		expect(results).toContainEqual({
			name: 'mistral',
			value: 'mistral',
			description: 'Mistral · chat · small · text only, calls tools',
		});
		expect(results).toContainEqual({
			name: 'qwen3.5:397b',
			value: 'qwen3.5:397b',
			description: 'Qwen · thinking · large · reads images, thinks, calls tools',
		});
	});

	it('keeps the models whose id contains the filter, ignoring case', async () => {
		const { results } = await searchModels.call(createLoadOptionsContext(credentials()), 'MISTRAL');
		expect(results.length).toBeGreaterThan(1);
		expect(results.every((result) => String(result.value).toLowerCase().includes('mistral'))).toBe(
			true,
		);
	});

	it('fails with a NodeApiError for a wrong key', async () => {
		const run = searchModels.call(
			createLoadOptionsContext({ ...credentials(), apiKey: 'dummy-wrong-key' }),
		);
		await expect(run).rejects.toBeInstanceOf(NodeApiError);
		await expect(run).rejects.toThrow(/Authentication failed \(401\)/);
	});
});
