import { resolveModel } from '../catalog/resolve-model.ts';
import type { Conversation } from '../conversation/conversation.ts';
import type { EmulatorState } from '../emulator-state.ts';
import type { Outgoing } from '../http/outgoing.ts';
import { statusForErrorType } from '../profiles/anthropic-error-types.ts';
import type { ReplyMeta } from '../render/reply-meta.ts';
import { deterministicCreated } from '../responder/deterministic-id.ts';
import { tokensForChars } from '../responder/estimate-tokens.ts';
import type { Reply } from '../responder/reply.ts';
import { respond } from '../responder/respond.ts';
import { scriptedReply } from '../responder/scripted-reply.ts';
import { thinksWhenAsked } from '../thinking/thinking-request.ts';
import type { ValidationIssue } from '../validation/validation-issue.ts';
import type { RouteContext, RouteResult } from './route.ts';

/** What differs between the two model endpoints. */
export interface ModelRouteSpec<Body> {
  validate(body: unknown): ValidationIssue[];
  toConversation(body: Body, size: number): Conversation;
  /** `toolu_` or `call_`. */
  toolIdPrefix: string;
  /** The response id for a request seed. */
  responseId(seed: string, state: EmulatorState): string;
  /** A problem with the conversation sent back (thinking altered or left out), given whether thinking is on. */
  checkHistory?(body: Body, thinking: boolean, state: EmulatorState): string | undefined;
  /** Adjusts the reply's usage for this request (prompt caching), when the endpoint has such a thing. */
  adjustUsage?(body: Body, usage: Reply['usage'], state: EmulatorState): Reply['usage'];
  /** Renders the reply, streamed or not. */
  render(reply: Reply, meta: ReplyMeta, conversation: Conversation, state: EmulatorState): Outgoing;
}

/**
 * The shared pipeline of `/v1/messages` and `/v1/chat/completions`: JSON, validation, model
 * lookup, image support, thinking sent back unchanged, then a scripted or deterministic reply,
 * rendered by the endpoint.
 */
export function handleModelRequest<Body>(context: RouteContext, spec: ModelRouteSpec<Body>): RouteResult {
  const { state, step, dialect, errorContext } = context;
  const fail = (outgoing: Outgoing): RouteResult => ({ outgoing, stream: false });
  if (!context.bodyIsJson && !dialect.lenientJson)
    return fail(dialect.render({ kind: 'malformed_json' }, errorContext));
  const body = context.bodyIsJson ? context.body : {};
  const issues = spec.validate(body);
  if (issues.length > 0) return fail(dialect.render({ kind: 'validation', issues }, errorContext));
  const conversation = spec.toConversation(body as Body, context.raw.length);
  const model = resolveModel(state.catalog, conversation.model);
  if (!model && !step?.reply)
    return fail(dialect.render({ kind: 'model_not_found', model: conversation.model }, errorContext));
  if (model && !model.vision && conversation.turns.some((t) => t.hasImage)) {
    return fail(dialect.render({ kind: 'image_unsupported', model: model.id }, errorContext));
  }
  conversation.thinking &&= thinksWhenAsked(model);
  // A gateway that ignores `stream: true` answers with the whole reply.
  if (step?.fault?.type === 'whole_reply') conversation.stream = false;
  const historyProblem = spec.checkHistory?.(body as Body, conversation.thinking, state);
  if (historyProblem)
    return fail(dialect.render({ kind: 'bad_request', message: historyProblem }, errorContext));
  const fault = step?.fault;
  if (fault?.type === 'error_event' && !conversation.stream) {
    const type = fault.errorType ?? 'overloaded_error';
    const status = statusForErrorType(type);
    return fail(
      dialect.render(
        { kind: 'status', status, ...(fault.message ? { message: fault.message } : {}) },
        errorContext,
      ),
    );
  }
  const ids = { seed: context.seed, toolIdPrefix: spec.toolIdPrefix };
  const reply = step?.reply
    ? scriptedReply(step.reply, { ...ids, inputTokens: tokensForChars(context.raw.length) })
    : respond(conversation, ids);
  if (step?.reply) state.thinkingSeals.remember(reply.content);
  if (spec.adjustUsage) reply.usage = spec.adjustUsage(body as Body, reply.usage, state);
  const echoed = state.profile.echoModel === 'backend' && model ? model.backendName : conversation.model;
  const meta: ReplyMeta = {
    id: spec.responseId(context.seed, state),
    model: reply.model ?? echoed,
    created: deterministicCreated(context.seed),
  };
  return { outgoing: spec.render(reply, meta, conversation, state), stream: conversation.stream };
}
