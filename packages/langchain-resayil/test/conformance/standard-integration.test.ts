import { InMemoryCache } from '@langchain/core/caches';
import {
  AIMessage,
  AIMessageChunk,
  HumanMessage,
  SystemMessage,
  ToolMessage,
  getBufferString,
  type BaseMessage,
} from '@langchain/core/messages';
import { ChatPromptTemplate } from '@langchain/core/prompts';
import { RunnableLambda, type Runnable } from '@langchain/core/runnables';
import type { BaseLanguageModelInput } from '@langchain/core/language_models/base';
import { toJsonSchema } from '@langchain/core/utils/json_schema';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { UnsupportedContentError } from '../../src/unsupported-content-error.ts';
import { collect, usageOf } from '../support/collect.ts';
import { EMULATOR_PROFILES } from '@resayil-internal/test-support/emulator';
import { requestBodies, useChatResayil } from '../support/use-chat-resayil.ts';
import { RecordingHandler } from '../support/recording-handler.ts';
import {
  AdderTool,
  MATH_ADDITION_PROMPT,
  PNG_BASE64,
  adderSchema,
  parallelTools,
  weatherParams,
  weatherTool,
} from './standard-fixtures.ts';

/**
 * LangChain's standard integration tests for chat models (npm `@langchain/standard-tests`): the 25 that
 * LangChain's runner runs and the 4 it defines but skips (testToolCalling, testStreamEvents,
 * testStopSequence, testDoubleMessageConversation), written for this package and run against the
 * emulator in both profiles over real HTTP.
 *
 * Each test asks what LangChain's test asks (same prompts, same tools, same bindings, no
 * `tool_choice` it does not set, no scripted replies): the emulator answers as a model that
 * follows instructions. Where the standard test only checks a type, these also check the values
 * and what reached the gateway. The differences that remain are listed in the package README.
 */
describe.each(EMULATOR_PROFILES)('standard integration tests, %s profile', (profile) => {
  const fixture = useChatResayil(profile);
  const model = () => fixture.model();

  it('testInvoke', async () => {
    const result = await model().invoke('Hello');
    expect(result).toBeInstanceOf(AIMessage);
    expect(result.text).toContain('Hello');
  });

  it('testStream', async () => {
    let characters = 0;
    let count = 0;
    for await (const chunk of await model().stream('Hello')) {
      count += 1;
      expect(chunk).toBeInstanceOf(AIMessageChunk);
      if (typeof chunk.content === 'string') characters += chunk.content.length;
      else for (const part of chunk.content) expect(typeof part.type).toBe('string');
    }
    expect(count).toBeGreaterThan(1);
    expect(characters).toBeGreaterThan(0);
  });

  it('testBatch', async () => {
    const results = await model().batch(['Hello', 'Hey']);
    expect(results).toHaveLength(2);
    expect(results[0]?.text).toContain('Hello');
    expect(results[1]?.text).toContain('Hey');
  });

  it('testConversation', async () => {
    const result = await model().invoke([
      new HumanMessage('hello'),
      new AIMessage('hello'),
      new HumanMessage('how are you'),
    ]);
    expect(result).toBeInstanceOf(AIMessage);
    expect(result.text).toContain('how are you');
    expect((requestBodies(fixture.emulator)[0]?.messages as unknown[]).length).toBe(3);
  });

  it('testDoubleMessageConversation', async () => {
    const result = await model().invoke([
      new SystemMessage('hello'),
      new SystemMessage('hello'),
      new HumanMessage('hello'),
      new HumanMessage('hello'),
      new AIMessage('hello'),
      new AIMessage('hello'),
      new HumanMessage('how are you'),
    ]);
    expect(result).toBeInstanceOf(AIMessage);
    expect(result.text).not.toBe('');
    const body = requestBodies(fixture.emulator)[0] ?? {};
    expect(body.system).toBe('hello\n\nhello');
    expect((body.messages as Array<{ role: string }>).map((m) => m.role)).toEqual([
      'user',
      'assistant',
      'user',
    ]);
  });

  it('testUsageMetadata', async () => {
    const result = await model().invoke('Hello');
    const usage = usageOf(result);
    expect(usage?.input_tokens).toBeGreaterThan(0);
    expect(usage?.output_tokens).toBeGreaterThan(0);
    expect(usage?.total_tokens).toBe((usage?.input_tokens ?? 0) + (usage?.output_tokens ?? 0));
    expect(typeof result.response_metadata.model).toBe('string');
    expect(result.response_metadata.model).toMatch(/^qwen3\.5:397b/u);
  });

  it('testUsageMetadataStreaming', async () => {
    const { message } = await collect(await model().stream('Hello'));
    const usage = usageOf(message);
    expect(usage?.input_tokens).toBeGreaterThan(0);
    expect(usage?.output_tokens).toBeGreaterThan(0);
    expect(usage?.total_tokens).toBe((usage?.input_tokens ?? 0) + (usage?.output_tokens ?? 0));
    expect(message.response_metadata.model).toMatch(/^qwen3\.5:397b/u);
  });

  it('testStopSequence', async () => {
    const byCall = await model().invoke('hi', { stop: ['you'] });
    expect(byCall).toBeInstanceOf(AIMessage);
    const byConstructor = await fixture.model({ stop: ['you'] }).invoke('hi');
    expect(byConstructor).toBeInstanceOf(AIMessage);
    expect(requestBodies(fixture.emulator).map((body) => body.stop_sequences)).toEqual([['you'], ['you']]);
    const cut = await model().invoke('hi', { stop: ['emulator'] });
    expect(cut.text).toBe('This is the Resayil ');
    expect(cut.response_metadata).toMatchObject({ stop_reason: 'stop_sequence', stop_sequence: 'emulator' });
  });

  it('testToolCalling (the call id is the model\'s own, not "abc123")', async () => {
    const result = await model()
      .bindTools([new AdderTool()])
      .invoke('What is the value of adderTool(1, 2)? Use the tool.');
    expect(result).toBeInstanceOf(AIMessage);
    expect(result.tool_calls).toEqual([
      { type: 'tool_call', id: expect.stringMatching(/^toolu_/u), name: 'AdderTool', args: { a: 1, b: 2 } },
    ]);
  });

  it('testBindToolsWithRunnableToolLike', async () => {
    const runnableLike = RunnableLambda.from(() => undefined).asTool({
      name: 'math_addition',
      description: adderSchema.description ?? 'Add two integers',
      schema: adderSchema,
    });
    const result = await MATH_ADDITION_PROMPT.pipe(model().bindTools([runnableLike])).invoke({
      toolName: 'math_addition',
    });
    expect(result.tool_calls).toHaveLength(1);
    expect(result.tool_calls?.[0]).toMatchObject({
      type: 'tool_call',
      name: 'math_addition',
      id: expect.any(String),
      args: { a: 1836281973, b: 19973286 },
    });
  });

  it('testBindToolsWithOpenAIFormattedTools', async () => {
    const openai = {
      type: 'function',
      function: {
        name: 'math_addition',
        description: adderSchema.description ?? 'Add two integers',
        parameters: toJsonSchema(adderSchema),
      },
    };
    const result = await MATH_ADDITION_PROMPT.pipe(model().bindTools([openai])).invoke({
      toolName: 'math_addition',
    });
    expect(result.tool_calls?.[0]).toMatchObject({
      name: 'math_addition',
      args: { a: 1836281973, b: 19973286 },
    });
    expect(requestBodies(fixture.emulator)[0]).not.toHaveProperty('tool_choice');
  });

  async function toolHistory(aiMessage: AIMessage): Promise<AIMessage> {
    const adder = new AdderTool();
    const result = await model()
      .bindTools([adder])
      .invoke([
        new HumanMessage('What is 1 + 2'),
        aiMessage,
        new ToolMessage(await adder.invoke({ a: 1, b: 2 }), 'abc123', 'AdderTool'),
      ]);
    const sent = requestBodies(fixture.emulator)[0]?.messages as Array<{ role: string; content: unknown }>;
    expect(sent[1]?.content).toContainEqual({
      type: 'tool_use',
      id: 'abc123',
      name: 'AdderTool',
      input: { a: 1, b: 2 },
    });
    expect(sent[2]?.content).toEqual([
      { type: 'tool_result', tool_use_id: 'abc123', content: '{"result":3}' },
    ]);
    return result;
  }

  const adderCall = { type: 'tool_call' as const, id: 'abc123', name: 'AdderTool', args: { a: 1, b: 2 } };

  it('testToolMessageHistoriesStringContent', async () => {
    const result = await toolHistory(new AIMessage({ content: '', tool_calls: [adderCall] }));
    expect(result).toBeInstanceOf(AIMessage);
    expect(result.text).toContain('{"result":3}');
  });

  it('testToolMessageHistoriesListContent', async () => {
    const result = await toolHistory(
      new AIMessage({
        content: [
          { type: 'text', text: 'some text' },
          { type: 'tool_use', id: 'abc123', name: 'AdderTool', input: { a: 1, b: 2 } },
        ],
        tool_calls: [adderCall],
      }),
    );
    expect(result).toBeInstanceOf(AIMessage);
    expect(result.text).toContain('{"result":3}');
  });

  it('testStructuredFewShotExamples', async () => {
    const adder = new AdderTool();
    const result = await model()
      .bindTools([adder])
      .invoke([
        new HumanMessage('What is 1 + 2'),
        new AIMessage({ content: '', tool_calls: [adderCall] }),
        new ToolMessage(await adder.invoke({ a: 1, b: 2 }), 'abc123', 'AdderTool'),
        new AIMessage(await adder.invoke({ a: 1, b: 2 })),
        new HumanMessage('What is 3 + 4'),
      ]);
    expect(result).toBeInstanceOf(AIMessage);
    // The model learns from the example: the same kind of question gets the same tool.
    expect(result.tool_calls).toEqual([expect.objectContaining({ name: 'AdderTool', args: { a: 3, b: 4 } })]);
    expect((requestBodies(fixture.emulator)[0]?.messages as unknown[]).length).toBe(5);
  });

  async function structured(includeRaw: boolean) {
    const handler = new RecordingHandler();
    const runnable: Runnable<BaseLanguageModelInput, unknown> = includeRaw
      ? model().withStructuredOutput(adderSchema, { name: 'math_addition', includeRaw: true })
      : model().withStructuredOutput(adderSchema, { name: 'math_addition' });
    const result = await MATH_ADDITION_PROMPT.pipe(runnable).invoke(
      { toolName: 'math_addition' },
      { callbacks: [handler] },
    );
    expect(handler.starts[0]?.options).toMatchObject({
      ls_structured_output_format: {
        kwargs: { method: 'functionCalling' },
        schema: toJsonSchema(adderSchema),
      },
    });
    return result as Record<string, unknown>;
  }

  it('testWithStructuredOutput', async () => {
    expect(await structured(false)).toEqual({ a: 1836281973, b: 19973286 });
  });

  it('testWithStructuredOutputIncludeRaw', async () => {
    const result = await structured(true);
    expect(result.raw).toBeInstanceOf(AIMessage);
    expect(result.parsed).toEqual({ a: 1836281973, b: 19973286 });
  });

  it('testCacheComplexMessageTypes', async () => {
    const cached = fixture.model({ cache: new InMemoryCache() });
    const message = new HumanMessage({ content: [{ type: 'text', text: 'Hello there!' }] });
    const key = cached._getSerializedCacheKeyParametersForCall({});
    await cached.invoke([message]);
    const entry = await cached.cache?.lookup(getBufferString([message]), key);
    expect(entry).toHaveLength(1);
    const again = await cached.invoke([message]);
    expect(again).toEqual((entry?.[0] as unknown as { message: AIMessage }).message);
    expect(await cached.cache?.lookup(getBufferString([message]), key)).toEqual(entry);
    expect(fixture.emulator.requests).toHaveLength(1);
  });

  it('testStreamTokensWithToolCalls', async () => {
    const stream = await MATH_ADDITION_PROMPT.pipe(model().bindTools([new AdderTool()])).stream({
      toolName: 'math_addition',
    });
    const { message } = await collect(stream);
    expect(message.tool_calls?.[0]).toMatchObject({
      name: 'AdderTool',
      args: { a: 1836281973, b: 19973286 },
    });
    expect(usageOf(message)?.input_tokens).toBeGreaterThan(0);
    expect(usageOf(message)?.output_tokens).toBeGreaterThan(0);
  });

  const weatherPrompt =
    "What's the weather like in San Francisco right now? Use the 'get_current_weather' tool to find the answer.";

  it('testModelCanUseToolUseAIMessage', async () => {
    const bound = model().bindTools([weatherTool]);
    const messages: BaseMessage[] = [new HumanMessage(weatherPrompt)];
    const first = await bound.invoke(messages);
    const call = first.tool_calls?.[0];
    expect(call).toMatchObject({ name: 'get_current_weather', args: { location: 'San Francisco' } });
    messages.push(
      first,
      new ToolMessage({
        tool_call_id: call?.id ?? '',
        name: call?.name ?? '',
        content: await weatherTool.invoke(call?.args as { location: string }),
      }),
    );
    const final = await bound.invoke(messages);
    expect(final.text).toContain('70 degrees and sunny');
  });

  it('testModelCanUseToolUseAIMessageWithStreaming', async () => {
    const bound = model().bindTools([weatherTool]);
    const messages: BaseMessage[] = [new HumanMessage(weatherPrompt)];
    const { message: first } = await collect(await bound.stream(messages));
    const call = first.tool_calls?.[0];
    expect(call?.name).toBe('get_current_weather');
    messages.push(
      first,
      new ToolMessage({
        tool_call_id: call?.id ?? '',
        name: call?.name ?? '',
        content: await weatherTool.invoke(call?.args as { location: string }),
      }),
    );
    const { message: final } = await collect(await bound.stream(messages));
    expect(final.text).toContain('70 degrees and sunny');
    const resent = (requestBodies(fixture.emulator)[1]?.messages as Array<{ content: unknown }>)[1];
    expect(JSON.stringify(resent)).not.toMatch(/_delta|"index"/u);
  });

  it('testInvokeMoreComplexTools', async () => {
    const complexSchema = z.object({
      decision: z.enum(['UseAPI', 'UseFallback']),
      explanation: z.string(),
      apiDetails: z.object({
        serviceName: z.string(),
        endpointName: z.string(),
        parameters: z.record(z.string(), z.unknown()),
        extractionPath: z.string(),
      }),
    });
    const prompt = ChatPromptTemplate.fromMessages([
      ['system', "You're a helpful assistant. Always use the {toolName} tool."],
      [
        'human',
        "I want to use the UseAPI because it's faster. For the API details use the following:\nService name: {serviceName}\nEndpoint name: {endpointName}\nParameters: {parameters}\nExtraction path: {extractionPath}",
      ],
    ]);
    const result = await prompt
      .pipe(model().withStructuredOutput(complexSchema, { name: 'service_tool' }))
      .invoke({
        toolName: 'service_tool',
        serviceName: 'MyService',
        endpointName: 'MyEndpoint',
        parameters: JSON.stringify({ param1: 'value1', param2: 'value2' }),
        extractionPath: 'Users/johndoe/data',
      });
    expect(result.decision).toBe('UseAPI');
    expect(typeof result.explanation).toBe('string');
    expect(result.apiDetails).toEqual({
      serviceName: 'MyService',
      endpointName: 'MyEndpoint',
      parameters: { param1: 'value1', param2: 'value2' },
      extractionPath: 'Users/johndoe/data',
    });
  });

  it('testParallelToolCalling', async () => {
    const bound = model().bindTools(parallelTools);
    const prompt =
      "What's the weather and current time in San Francisco?\nEnsure you ALWAYS call the 'get_current_weather' tool for weather and 'get_current_time' tool for time.";
    const invoked = await bound.invoke(prompt);
    expect(invoked.tool_calls?.map((call) => call.name).sort()).toEqual([
      'get_current_time',
      'get_current_weather',
    ]);
    const { message: streamed } = await collect(await bound.stream(prompt));
    expect(streamed.tool_calls?.map((call) => call.name).sort()).toEqual([
      'get_current_time',
      'get_current_weather',
    ]);
    const weatherCall = invoked.tool_calls?.find((call) => call.name === 'get_current_weather');
    const timeCall = invoked.tool_calls?.find((call) => call.name === 'get_current_time');
    const answer = await bound.invoke([
      new HumanMessage(prompt),
      invoked,
      new ToolMessage({
        name: 'get_current_weather',
        tool_call_id: weatherCall?.id ?? '',
        content: 'It is currently 24 degrees with hail in San Francisco.',
      }),
      new ToolMessage({
        name: 'get_current_time',
        tool_call_id: timeCall?.id ?? '',
        content: 'The current time in San Francisco is 12:02 PM.',
      }),
    ]);
    expect(answer.tool_calls ?? []).toHaveLength(0);
    expect(answer.text).toContain('24 degrees with hail');
    expect(answer.text).toContain('12:02 PM');
    const lastTurn = (
      requestBodies(fixture.emulator)[2]?.messages as Array<{ role: string; content: unknown[] }>
    ).at(-1);
    expect(lastTurn?.content.map((block) => (block as { type: string }).type)).toEqual([
      'tool_result',
      'tool_result',
    ]);
  });

  it('testModelCanAcceptStructuredToolParamsSchema', async () => {
    const result = await model()
      .bindTools([weatherParams])
      .invoke("What's the weather like in San Francisco today?");
    expect(result.tool_calls?.[0]?.name).toBe('get_current_weather');
    expect(result.tool_calls?.[0]?.args).toEqual({ location: 'San Francisco' });
  });

  it('testStreamTools', async () => {
    const { message } = await collect(
      await model().bindTools([weatherParams]).stream("What's the weather like in San Francisco today?"),
    );
    expect(message.tool_calls?.[0]?.name).toBe('get_current_weather');
    expect(message.tool_calls?.[0]?.args).toEqual({ location: 'San Francisco' });
  });

  it('testStreamEvents', async () => {
    const events: Array<{ event: string; data: { chunk?: AIMessageChunk; output?: AIMessageChunk } }> = [];
    for await (const event of model().streamEvents('Hello', { version: 'v2' })) events.push(event);
    expect(events.length).toBeGreaterThanOrEqual(3);
    expect(events[0]?.event).toBe('on_chat_model_start');
    expect(events.at(-1)?.event).toBe('on_chat_model_end');
    expect(events[Math.floor(events.length / 2)]?.event).toBe('on_chat_model_stream');
    const streamedText = events
      .flatMap((event) => (event.event === 'on_chat_model_stream' ? [event.data.chunk?.text ?? ''] : []))
      .join('');
    expect(events.at(-1)?.data.output?.text).toBe(streamedText);
    expect(streamedText).toContain('Hello');
  });

  it('testStandardTextContentBlocks', async () => {
    const result = await model().invoke([
      new HumanMessage({
        content: [{ type: 'text', source_type: 'text', text: 'Hello from a text content block!' }],
      }),
    ]);
    expect(result.text).toContain('Hello from a text content block!');
  });

  it('testStandardImageContentBlocks', async () => {
    const url = 'https://upload.wikimedia.org/wikipedia/commons/thumb/3/30/RedDisc.svg/24px-RedDisc.svg.png';
    const blocks = [
      { type: 'image', source_type: 'url', url },
      { type: 'image', source_type: 'base64', data: PNG_BASE64, mime_type: 'image/png' },
      { type: 'image', source_type: 'url', url: `data:image/png;base64,${PNG_BASE64}` },
    ];
    for (const block of blocks) {
      const result = await model().invoke([new HumanMessage({ content: [block] })]);
      expect(result.text).not.toBe('');
    }
    const images = requestBodies(fixture.emulator).map(
      (body) =>
        (body.messages as Array<{ content: Array<{ type: string; source?: unknown }> }>)[0]?.content[0]
          ?.source,
    );
    expect(images).toEqual([
      { type: 'url', url },
      { type: 'base64', media_type: 'image/png', data: PNG_BASE64 },
      { type: 'base64', media_type: 'image/png', data: PNG_BASE64 },
    ]);
  });

  it('testStandardAudioContentBlocks (unsupported: refused before sending)', async () => {
    const audio = new HumanMessage({
      content: [{ type: 'audio', source_type: 'base64', data: 'UklGRigAAABXQVZF', mime_type: 'audio/wav' }],
    });
    await expect(model().invoke([audio])).rejects.toThrow(UnsupportedContentError);
    expect(model().profile.audioInputs).toBe(false);
    expect(fixture.emulator.requests).toHaveLength(0);
  });

  it('testStandardFileContentBlocks (text files as text, PDFs as document blocks)', async () => {
    const dataUrl = await model().invoke([
      new HumanMessage({
        content: [
          {
            type: 'file',
            source_type: 'url',
            url: 'data:text/plain;base64,SGVsbG8sIFdvcmxkIQ==',
            mime_type: 'text/plain',
            metadata: { filename: 'hello.txt' },
          },
        ],
      }),
    ]);
    expect(dataUrl.text).toContain('Hello, World!');
    const pdfUrl = 'https://www.w3.org/WAI/ER/tests/xhtml/testfiles/resources/pdf/dummy.pdf';
    const pdf = await model().invoke([
      new HumanMessage({
        content: [
          {
            type: 'file',
            source_type: 'url',
            url: pdfUrl,
            mime_type: 'application/pdf',
            metadata: { filename: 'dummy.pdf' },
          },
        ],
      }),
    ]);
    expect(pdf.text).not.toBe('');
    const sent = (requestBodies(fixture.emulator)[1]?.messages as Array<{ content: unknown[] }>)[0]
      ?.content[0];
    expect(sent).toEqual({ type: 'document', source: { type: 'url', url: pdfUrl }, title: 'dummy.pdf' });
    const text = await model().invoke([
      new HumanMessage({
        content: [
          {
            type: 'file',
            source_type: 'text',
            text: 'Hello, World! (file as text block)',
            metadata: { filename: 'hello.txt' },
          },
        ],
      }),
    ]);
    expect(text.text).toContain('(file as text block)');
  });
});
