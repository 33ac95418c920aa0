import type { BodyResponse, Outgoing } from '../http/outgoing.ts';
import { jsonResponse } from '../http/outgoing.ts';
import type { ErrorContext } from '../profiles/error-context.ts';
import type { ErrorDialect } from '../profiles/error-dialect.ts';
import { errorForStatus, type StatusSubject } from '../profiles/gateway-error.ts';
import type { EmulatorFault } from '../scripting/emulator-step.ts';

type StatusFault = Extract<EmulatorFault, { type: 'status' }>;

/**
 * The response of a status fault: its body, else the dialect's real body for that status (whose
 * message echoes the key when `echoed` is given), with `Retry-After`, `retry-after-ms` and extra
 * headers as asked.
 */
export function statusFaultResponse(
  fault: StatusFault,
  dialect: ErrorDialect,
  context: ErrorContext,
  subject: StatusSubject,
  echoed?: string,
): Outgoing {
  let response: BodyResponse;
  if (echoed !== undefined && fault.body === undefined) {
    const rendered = dialect.render(
      { kind: 'status', status: fault.status, message: `Invalid API key: ${echoed}` },
      { ...context, acceptsJson: true },
    );
    response = rendered.kind === 'body' ? rendered : jsonResponse(fault.status, {});
  } else if (fault.body !== undefined) {
    response =
      typeof fault.body === 'string'
        ? {
            kind: 'body',
            status: fault.status,
            headers: { 'content-type': 'text/plain; charset=utf-8' },
            body: fault.body,
          }
        : jsonResponse(fault.status, fault.body);
  } else {
    const base = errorForStatus(fault.status, subject);
    const error =
      base.kind === 'status' && fault.bodyRetryAfter !== undefined
        ? { ...base, bodyRetryAfter: fault.bodyRetryAfter }
        : base;
    const rendered = dialect.render(error, { ...context, acceptsJson: true });
    response = rendered.kind === 'body' ? rendered : jsonResponse(fault.status, {});
  }
  const headers: Record<string, string> = { ...response.headers };
  if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
  if (fault.retryAfterMs !== undefined) headers['retry-after-ms'] = String(fault.retryAfterMs);
  Object.assign(headers, lowerKeys(fault.headers ?? {}));
  return { ...response, status: fault.status, headers };
}

function lowerKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
