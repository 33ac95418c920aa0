import { z } from 'zod';

/**
 * What `providerOptions.resayil` accepts on a call (`generateText`, `streamText`, …). Validated
 * with zod; an invalid value fails the call with `InvalidArgumentError` before anything is sent.
 */
export const resayilCallOptionsSchema = z.object({
  /**
   * The gateway endpoint: `messages` (`POST /v1/messages`, the default: tools, thinking, images,
   * PDFs, cache control) or `chat-completions` (`POST /v1/chat/completions`, the OpenAI-compatible
   * route, for models or deployments that only serve that one; no thinking, PDFs or cache control).
   */
  route: z.enum(['messages', 'chat-completions']).optional(),
  /**
   * Extended thinking: `{ type: 'enabled', budgetTokens }` lets the model reason for up to that many
   * tokens before answering (added to `maxOutputTokens`); the reasoning streams as reasoning parts.
   */
  thinking: z
    .discriminatedUnion('type', [
      z.object({ type: z.literal('enabled'), budgetTokens: z.number().int().positive() }),
      z.object({ type: z.literal('disabled') }),
    ])
    .optional(),
  /**
   * The spending guard (core's): the most this call may cost, in USD. A prompt estimated over it is
   * refused before it is sent; a reply that runs over it is ended, upstream request included. Both
   * fail with core's `BudgetExceededError` as the cause.
   */
  maxCostUsd: z.number().positive().optional(),
  /** With `maxCostUsd` or a budget: also refuse when the worst case (prompt + `maxOutputTokens`) is over. */
  strict: z.boolean().optional(),
});

/** The call options under `providerOptions.resayil`. */
export type ResayilCallOptions = z.infer<typeof resayilCallOptionsSchema>;

/**
 * What `providerOptions.resayil` accepts on a message or a part of one: `cacheControl` marks a
 * prompt-cache breakpoint (on a message, at its last part). On a reasoning part, `signature` and
 * `redactedData` are what an earlier reply's provider metadata carried; the AI SDK sends them back
 * so the model can continue its own reasoning.
 */
export const resayilPartOptionsSchema = z.object({
  cacheControl: z.object({ type: z.literal('ephemeral') }).optional(),
  signature: z.string().optional(),
  redactedData: z.string().optional(),
});

/** The message and part options under `providerOptions.resayil`. */
export type ResayilPartOptions = z.infer<typeof resayilPartOptionsSchema>;
