import { describe, expect, it } from 'vitest';

import { useGateway } from '../support/use-gateway.ts';
import { messageParameters, runResayilNode } from '../support/run-resayil-node.ts';

// A 1×1 transparent PNG.
const PNG =
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('Resayil node: image attachments', () => {
	const { emulator, credentials } = useGateway();
	const lastUserContent = () => {
		const request = emulator().requests.find((r) => r.path === '/v1/messages');
		const messages = (request?.body as { messages: Array<{ role: string; content: unknown }> })
			.messages;
		return messages.filter((message) => message.role === 'user').at(-1)?.content;
	};

	it('sends binary images as base64 before the text of the last user message', async () => {
		await runResayilNode({
			credentials: credentials(),
			items: [
				{
					json: {},
					binary: {
						photo: { data: PNG, mimeType: 'image/png; charset=binary', fileName: 'a.png' },
					},
				},
			],
			parameters: messageParameters('What is in this picture?', {
				addAttachments: true,
				attachmentsInputType: 'binary',
				binaryPropertyName: 'photo',
			}),
		});
		expect(lastUserContent()).toEqual([
			{ type: 'image', source: { type: 'base64', media_type: 'image/png', data: PNG } },
			{ type: 'text', text: 'What is in this picture?' },
		]);
	});

	it('sends URLs as URL image sources', async () => {
		await runResayilNode({
			credentials: credentials(),
			parameters: messageParameters('Compare these.', {
				addAttachments: true,
				attachmentsInputType: 'url',
				attachmentsUrls: 'https://example.com/a.png, https://example.com/b.jpg',
			}),
		});
		expect(lastUserContent()).toEqual([
			{ type: 'image', source: { type: 'url', url: 'https://example.com/a.png' } },
			{ type: 'image', source: { type: 'url', url: 'https://example.com/b.jpg' } },
			{ type: 'text', text: 'Compare these.' },
		]);
	});

	it('refuses a binary field that is not an image, naming the field and the accepted types', async () => {
		const run = runResayilNode({
			credentials: credentials(),
			items: [{ json: {}, binary: { data: { data: 'JVBERi0=', mimeType: 'application/pdf' } } }],
			parameters: messageParameters('Read this.', {
				addAttachments: true,
				attachmentsInputType: 'binary',
			}),
		});
		await expect(run).rejects.toThrow(
			'The binary field "data" holds application/pdf: only JPEG, PNG, GIF and WebP',
		);
		expect(emulator().requests).toHaveLength(0);
	});

	it('needs a user message to attach images to', async () => {
		const run = runResayilNode({
			credentials: credentials(),
			parameters: messageParameters('x', {
				messages: { values: [{ content: 'I am the assistant.', role: 'assistant' }] },
				addAttachments: true,
				attachmentsUrls: 'https://example.com/a.png',
			}),
		});
		await expect(run).rejects.toThrow('Attachments need a user message');
	});
});
