import type { INodeProperties } from 'n8n-workflow';

import { capableModels } from '../../../../shared/capable-models.ts';
import { createModelProperty } from '../../../../shared/create-model-property.ts';
import { samplingOptions, sortOptions } from '../../../../shared/sampling-options.ts';
import { maxCostOption } from '../../../../shared/max-cost-option.ts';
import { thinkingBudgetOption } from '../../../../shared/thinking-options.ts';
import { timeoutOption } from '../../../../shared/timeout-option.ts';
import { totalTimeoutOption } from '../../../../shared/total-timeout-option.ts';

const displayOptions = { show: { resource: ['text'], operation: ['message'] } };

/** The parameters of Text → Message a Model. */
export const messageDescription: INodeProperties[] = [
	createModelProperty(displayOptions),
	{
		displayName: 'Messages',
		name: 'messages',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Message',
		default: { values: [{ content: '', role: 'user' }] },
		displayOptions,
		options: [
			{
				displayName: 'Values',
				name: 'values',
				values: [
					{
						displayName: 'Prompt',
						name: 'content',
						type: 'string',
						typeOptions: { rows: 2 },
						default: '',
						description: 'The text of the message',
					},
					{
						displayName: 'Role',
						name: 'role',
						type: 'options',
						options: [
							{
								name: 'User',
								value: 'user',
								description: 'A message from the user: a question or an instruction',
							},
							{
								name: 'Assistant',
								value: 'assistant',
								description:
									'An earlier answer of the model, to continue a conversation or to set the start of the answer',
							},
						],
						default: 'user',
					},
				],
			},
		],
	},
	{
		displayName: 'Add Attachments',
		name: 'addAttachments',
		type: 'boolean',
		default: false,
		description: `Whether to send images with the last user message. The model must read images (the model list says which do): ${capableModels('images')}. Others fail before the request.`,
		displayOptions,
	},
	{
		displayName: 'Attachments Input Type',
		name: 'attachmentsInputType',
		type: 'options',
		default: 'url',
		options: [
			{ name: 'URL(s)', value: 'url' },
			{ name: 'Binary File(s)', value: 'binary' },
		],
		displayOptions: { show: { ...displayOptions.show, addAttachments: [true] } },
	},
	{
		displayName: 'Attachment URL(s)',
		name: 'attachmentsUrls',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://example.com/image.png',
		description: 'URL(s) of JPEG, PNG, GIF or WebP images, separated by commas',
		displayOptions: {
			show: { ...displayOptions.show, addAttachments: [true], attachmentsInputType: ['url'] },
		},
	},
	{
		displayName: 'Attachment Input Data Field Name(s)',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		placeholder: 'e.g. data',
		description:
			'Name of the binary field(s) holding JPEG, PNG, GIF or WebP images, separated by commas',
		displayOptions: {
			show: { ...displayOptions.show, addAttachments: [true], attachmentsInputType: ['binary'] },
		},
	},
	{
		displayName: 'Simplify Output',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description:
			'Whether to return the text, the tool calls, the stop reason and the usage instead of the raw message',
		displayOptions,
	},
	{
		displayName: 'Options',
		name: 'options',
		placeholder: 'Add Option',
		type: 'collection',
		default: {},
		displayOptions,
		options: sortOptions([
			...samplingOptions,
			timeoutOption,
			totalTimeoutOption,
			thinkingBudgetOption,
			maxCostOption,
			{
				displayName: 'Cache System Message',
				name: 'cacheSystemMessage',
				type: 'boolean',
				default: false,
				description:
					'Whether to mark the system message (and the tools before it) for prompt caching with cache_control, so repeated requests can read it from the cache; the usage then reports cache reads and writes. Gateways that do not cache ignore it.',
			},
			{
				displayName: 'Include Thinking',
				name: 'includeThinking',
				type: 'boolean',
				default: false,
				description:
					'Whether to return the model\'s thinking in the "thinking" output field and, when the workflow streams, to stream it as chunks marked {"type":"thinking"} (text chunks stay plain). Set a Thinking Budget for models of the "thinking" category to think.',
			},
			{
				displayName: 'Enable Streaming',
				name: 'enableStreaming',
				type: 'boolean',
				default: true,
				description:
					'Whether to stream the text to the client as it is generated, when the workflow streams (a Webhook or Chat Trigger in streaming mode). The full answer is always returned as the output item.',
			},
			{
				displayName: 'Max Tool Rounds',
				name: 'maxToolRounds',
				type: 'number',
				default: 15,
				typeOptions: { minValue: 1, maxValue: 100, numberPrecision: 0 },
				description:
					'How many times the model may call connected tools before the node stops and returns the last answer',
			},
			{
				displayName: 'System Message',
				name: 'system',
				type: 'string',
				typeOptions: { rows: 4 },
				default: '',
				description: 'Instructions that set how the model behaves, sent before the messages',
			},
			{
				displayName: 'Tool Definitions (JSON)',
				name: 'toolDefinitions',
				type: 'json',
				default: '[]',
				description:
					'Tools the model may call when no tool is connected to the Tools input: an array of { "name", "description", "input_schema" }. The node does not run them; the calls come out in the "toolCalls" field for the workflow to route on.',
			},
		]),
	},
];
