import { anthropicDialect } from './anthropic-dialect.ts';
import { openaiDialect } from './openai-dialect.ts';
import type { ProfileDefinition } from './profile-definition.ts';

/** The official wire formats: Anthropic's on `/v1/messages`, OpenAI's on `/v1/chat/completions`. */
export const anthropicProfile: ProfileDefinition = {
  name: 'anthropic',
  messagesDialect: anthropicDialect,
  chatDialect: openaiDialect,
  defaultDialect: anthropicDialect,
  messagesStream: {
    eventLines: true,
    ping: true,
    toolInputFragments: 'several',
    usageInStart: true,
    doneSentinel: false,
  },
  chatStream: {
    roleChunk: 'separate',
    finalDelta: 'object',
    toolArguments: 'several',
    usageChunk: true,
    idStyle: 'plain',
    reasoningField: 'reasoning_content',
  },
  echoModel: 'requested',
  fullUsage: true,
  requestIdHeader: true,
};
