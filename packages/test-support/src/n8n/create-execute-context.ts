import {
  NodeConnectionTypes,
  NodeOperationError,
  sleep,
  type IBinaryData,
  type IDataObject,
  type IExecuteData,
  type IExecuteFunctions,
  type INodeExecutionData,
  type INodeInputConfiguration,
} from 'n8n-workflow';
import { createRequestHelper } from './create-request-helper.ts';
import { nodeParameterGetter } from './get-parameter.ts';
import type { N8nConnection } from './n8n-connection.ts';
import type { PerformedRequest } from './perform-http-request.ts';

/** How the fake execution context behaves. */
export interface ExecuteContextOptions extends N8nConnection {
  /** Node parameters by name (dotted paths such as `messages.values` are looked up inside). */
  parameters: Record<string, unknown>;
  items?: INodeExecutionData[];
  /** `isStreaming()`: n8n streams to its client (a streaming Webhook or Chat Trigger). */
  streaming?: boolean;
  /** `isToolExecution()`: the node runs as an AI Agent tool. */
  toolExecution?: boolean;
  /** Tools connected to the `Tools` input; when set, the node has that input. */
  tools?: unknown[];
  continueOnFail?: boolean;
  cancelSignal?: AbortSignal | undefined;
  /** How long each `sendChunk` takes (n8n awaits its hook, e.g. a publish to Redis in queue mode). */
  sendChunkDelayMs?: number;
  /** Called with each `sendChunk` as it is sent. */
  onChunk?: (chunk: SentChunk) => void;
}

/** One `sendChunk` call. */
export interface SentChunk {
  type: string;
  itemIndex: number;
  content?: string | IDataObject;
}

/** The fake context and what it recorded. */
export interface ExecuteContextRecording {
  ctx: IExecuteFunctions;
  /** `sendChunk` calls, in order. */
  chunks: SentChunk[];
  /** Requests sent through `httpRequestWithAuthentication`. */
  requests: PerformedRequest[];
  /** `body` when a response body chunk was read, `sendChunk:<type>` when a chunk was sent, in order. */
  timeline: string[];
  /** The token usage n8n would show for the node (accumulated by `accumulateTokenUsage`). */
  tokenUsage: () => { inputTokens: number; outputTokens: number } | undefined;
}

/**
 * A mocked `IExecuteFunctions` whose HTTP helper is n8n-core's real one doing real HTTP (to the
 * emulator on 127.0.0.1): parameters, credentials, streaming (`isStreaming` / `sendChunk`), tools,
 * binary data, token-usage metadata and the cancel signal behave as in n8n.
 */
export function createExecuteContext(options: ExecuteContextOptions): ExecuteContextRecording {
  const { node } = options;
  const chunks: SentChunk[] = [];
  const requests: PerformedRequest[] = [];
  const timeline: string[] = [];
  const executeData: IExecuteData = { node, data: { main: [] }, source: null };
  const items: INodeExecutionData[] = options.items ?? [{ json: {} }];
  const inputs: INodeInputConfiguration[] = [{ type: NodeConnectionTypes.Main }];
  if (options.tools) inputs.push({ type: NodeConnectionTypes.AiTool, displayName: 'Tools' });

  const binaryOf = (itemIndex: number, field: string): IBinaryData => {
    const binary = items[itemIndex]?.binary?.[field];
    if (!binary) throw new NodeOperationError(node, `No binary field "${field}"`, { itemIndex });
    return binary;
  };

  const ctx = {
    getNode: () => node,
    getInputData: () => items,
    getNodeParameter: nodeParameterGetter(options.parameters),
    getCredentials: async () => ({ ...options.credentials }),
    continueOnFail: () => options.continueOnFail === true,
    isStreaming: () => options.streaming === true,
    isToolExecution: () => options.toolExecution === true,
    sendChunk: async (type: string, itemIndex: number, content?: string | IDataObject) => {
      const chunk = content === undefined ? { type, itemIndex } : { type, itemIndex, content };
      chunks.push(chunk);
      timeline.push(`sendChunk:${type}`);
      options.onChunk?.(chunk);
      if (options.sendChunkDelayMs) await sleep(options.sendChunkDelayMs);
    },
    getExecutionCancelSignal: () => options.cancelSignal,
    getNodeInputs: () => inputs,
    getInputConnectionData: async (type: string) => {
      if (type !== NodeConnectionTypes.AiTool || !options.tools) {
        throw new NodeOperationError(node, `Node does not have input of type ${type}`);
      }
      return options.tools;
    },
    getExecuteData: () => executeData,
    setMetadata: (metadata: IExecuteData['metadata']) => {
      executeData.metadata = { ...executeData.metadata, ...metadata };
    },
    helpers: {
      httpRequestWithAuthentication: createRequestHelper(options, requests, {
        cancelSignal: options.cancelSignal,
        onBodyChunk: () => timeline.push('body'),
      }),
      assertBinaryData: binaryOf,
      getBinaryDataBuffer: async (itemIndex: number, field: string) =>
        Buffer.from(binaryOf(itemIndex, field).data, 'base64'),
    },
  } as unknown as IExecuteFunctions;

  return {
    ctx,
    chunks,
    requests,
    timeline,
    tokenUsage: () =>
      executeData.metadata?.tokenUsage as { inputTokens: number; outputTokens: number } | undefined,
  };
}
