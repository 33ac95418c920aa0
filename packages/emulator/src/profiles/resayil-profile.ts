import type { ProfileDefinition } from './profile-definition.ts';
import { resayilDialect } from './resayil-dialect.ts';

/** The real gateway's quirks (resayil-api.md §3, §4, §7, §11). */
export const resayilProfile: ProfileDefinition = {
  name: 'resayil',
  messagesDialect: resayilDialect,
  chatDialect: resayilDialect,
  defaultDialect: resayilDialect,
  messagesStream: {
    eventLines: false,
    ping: false,
    toolInputFragments: 'one',
    usageInStart: false,
    doneSentinel: true,
  },
  chatStream: {
    roleChunk: 'with-content',
    finalDelta: 'array',
    toolArguments: 'one',
    usageChunk: false,
    idStyle: 'uuid',
    reasoningField: 'reasoning',
  },
  echoModel: 'backend',
  fullUsage: false,
  requestIdHeader: false,
};
