import type { PromptCache } from './caching/prompt-cache.ts';
import type { CatalogModel } from './catalog/catalog-model.ts';
import type { LatencyOptions } from './emulator-options.ts';
import type { RequestLog } from './log/request-log.ts';
import type { ProfileDefinition } from './profiles/profile-definition.ts';
import type { StepQueue } from './scripting/step-queue.ts';
import type { ThinkingSeals } from './thinking/thinking-seals.ts';

/** Everything a running emulator's request handler reads and changes. */
export interface EmulatorState {
  profile: ProfileDefinition;
  catalog: readonly CatalogModel[];
  apiKeys: readonly string[] | undefined;
  latency: LatencyOptions;
  bodyLimitBytes: number;
  log: RequestLog;
  queue: StepQueue;
  /** Prompt-cache entries of `/v1/messages` requests with `cache_control`. */
  promptCache: PromptCache;
  /** Tells thinking sent back unchanged from thinking altered (and remembers scripted thinking). */
  thinkingSeals: ThinkingSeals;
  /** Aborts when the emulator closes: every stalled response lets go. */
  closing: AbortSignal;
}

/** Forgets everything a test could have left behind: queued steps, the log, the prompt cache, thinking seals. */
export function resetEmulatorState(state: EmulatorState): void {
  state.queue.clear();
  state.log.clear();
  state.promptCache.clear();
  state.thinkingSeals.clear();
}
