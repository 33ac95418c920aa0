import { ChatPromptTemplate } from '@langchain/core/prompts';
import { StructuredTool, tool } from '@langchain/core/tools';
import { z } from 'zod';

/**
 * The fixtures of LangChain's standard chat-model tests, written for this suite (LangChain's own
 * suite is not published).
 */
export const adderSchema = z
  .object({
    a: z.number().int().describe('The first integer to add.'),
    b: z.number().int().describe('The second integer to add.'),
  })
  .describe('Add two integers');

/** Adds two integers. */
export class AdderTool extends StructuredTool {
  name = 'AdderTool';
  description = 'Add two integers';
  schema = adderSchema;
  async _call({ a, b }: z.infer<typeof adderSchema>): Promise<string> {
    return JSON.stringify({ result: a + b });
  }
}

/** The prompt that asks for the addition tool by name in the system message. */
export const MATH_ADDITION_PROMPT = ChatPromptTemplate.fromMessages([
  ['system', 'You are bad at math and must ALWAYS call the {toolName} function.'],
  ['human', 'What is the sum of 1836281973 and 19973286?'],
]);

/** The weather tool of testModelCanUseToolUseAIMessage(WithStreaming): always the same answer. */
export const weatherTool = tool(() => 'The weather in San Francisco is 70 degrees and sunny.', {
  name: 'get_current_weather',
  schema: z.object({ location: z.string().describe('The location to get the weather for.') }),
  description: 'Get the current weather for a location.',
});

const citySchema = z.object({ location: z.string().describe('The city name, e.g. San Francisco') });

/** The two tools of testParallelToolCalling. */
export const parallelTools = [
  tool(() => 'no-op', {
    name: 'get_current_weather',
    description: 'Get the current weather in a given location',
    schema: citySchema,
  }),
  tool(() => 'no-op', {
    name: 'get_current_time',
    description: 'Get the current time in a given location',
    schema: citySchema,
  }),
];

/** The tool parameters of testModelCanAcceptStructuredToolParamsSchema and testStreamTools. */
export const weatherParams = {
  name: 'get_current_weather',
  description: 'Get the current weather in a given location',
  schema: citySchema,
};

/** A 1x1 PNG. */
export const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** The standard constructor arguments of the unit tests. */
export const STANDARD_UNIT_ARGS = {
  temperature: 0,
  maxTokens: 100,
  timeout: 60,
  stopSequences: [],
  maxRetries: 2,
};
