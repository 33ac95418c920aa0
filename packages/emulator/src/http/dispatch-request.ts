import type { IncomingHttpHeaders } from 'node:http';
import { checkAuth, presentedKey } from '../auth.ts';
import { echoedKey, withEchoedKey } from '../faults/echo-key.ts';
import { htmlPage } from '../faults/html-page.ts';
import type { EmulatorState } from '../emulator-state.ts';
import { statusFaultResponse } from '../faults/status-fault-response.ts';
import type { ErrorContext } from '../profiles/error-context.ts';
import type { ErrorDialect } from '../profiles/error-dialect.ts';
import { htmlRedirect } from '../profiles/html-redirect.ts';
import type { Route, RouteResult } from '../routes/route.ts';
import type { EmulatorStep } from '../scripting/emulator-step.ts';
import { InvalidStepError } from '../scripting/invalid-step-error.ts';
import { stepFromHeader } from '../scripting/step-from-header.ts';
import { STEP_HEADER } from '../scripting/step-header.ts';
import type { Outgoing } from './outgoing.ts';
import type { ParsedJson } from './parse-json.ts';

/** One gateway request, read and classified. */
export interface DispatchInput {
  state: EmulatorState;
  method: string;
  path: string;
  /** The path without `/api`. */
  normalized: string;
  headers: IncomingHttpHeaders;
  /** The body text, or `undefined` when it was over the size limit. */
  raw: string | undefined;
  parsed: ParsedJson;
  route: Route | undefined;
  dialect: ErrorDialect;
  errorContext: ErrorContext;
  seed: string;
}

/** The response to send, whether it streams, and the step that shaped it. */
export interface Dispatched extends RouteResult {
  step: EmulatorStep | undefined;
}

/**
 * Decides the response: 413, unknown route (404), wrong method (405), auth (401), a malformed
 * step header (400), then the request's step (header first, else the queue): a status or
 * redirect fault answers at once, anything else goes to the route.
 */
export function dispatchRequest(input: DispatchInput): Dispatched {
  const { state, method, path, route, dialect, errorContext, parsed } = input;
  const answer = (outgoing: Outgoing, step?: EmulatorStep): Dispatched => ({ outgoing, stream: false, step });
  if (input.raw === undefined) {
    const outgoing = dialect.render({ kind: 'body_too_large', limit: state.bodyLimitBytes }, errorContext);
    outgoing.headers.connection = 'close';
    return answer(outgoing);
  }
  if (!route) return answer(dialect.render({ kind: 'route_not_found', method, path }, errorContext));
  if (route.method !== method) {
    return answer(
      dialect.render({ kind: 'method_not_allowed', method, path, allowed: route.method }, errorContext),
    );
  }
  const authError = checkAuth(input.headers, state.apiKeys);
  if (authError) return answer(dialect.render(authError, errorContext));
  const headerStep = stepFromHeader(input.headers);
  if (headerStep instanceof InvalidStepError) {
    const message = `Invalid ${STEP_HEADER} header: ${headerStep.message}`;
    return answer(dialect.render({ kind: 'bad_request', message }, errorContext));
  }
  const key = presentedKey(input.headers);
  const taken = headerStep ?? state.queue.take(input.normalized);
  const step = taken?.fault ? { ...taken, fault: withEchoedKey(taken.fault, key) } : taken;
  const fault = step?.fault;
  const echo =
    fault && 'echoKey' in fault && fault.echoKey && key ? echoedKey(key, fault.echoKey) : undefined;
  if (fault?.type === 'status') {
    const model = parsed.ok ? (parsed.value as { model?: unknown } | null)?.model : undefined;
    const subject = { method, path, model: typeof model === 'string' ? model : undefined };
    return answer(statusFaultResponse(fault, dialect, errorContext, subject, echo), step);
  }
  if (fault?.type === 'html_redirect') {
    const location = fault.location ?? errorContext.redirectTo;
    const target =
      echo === undefined
        ? location
        : `${location}${location.includes('?') ? '&' : '?'}token=${encodeURIComponent(echo)}`;
    return answer(htmlRedirect(target), step);
  }
  if (fault?.type === 'html') return answer(htmlPage(fault.status ?? 200, echo), step);
  const result = route.handle({
    state,
    raw: input.raw,
    body: parsed.value,
    bodyIsJson: parsed.ok,
    step,
    dialect,
    errorContext,
    seed: input.seed,
  });
  return { ...result, step };
}
