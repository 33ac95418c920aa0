import { resetEmulatorState, type EmulatorState } from '../emulator-state.ts';
import { type BodyResponse, jsonResponse } from '../http/outgoing.ts';
import { InvalidStepError } from '../scripting/invalid-step-error.ts';
import { parseSteps } from '../scripting/parse-step.ts';

/** The path prefix of the control endpoints. */
export const CONTROL_PREFIX = '/_emulator/';

/**
 * The control endpoints, for tests in other processes:
 * `POST /_emulator/queue` (one step or an array), `POST /_emulator/reset`, `GET /_emulator/requests`.
 */
export function handleControl(method: string, path: string, raw: string, state: EmulatorState): BodyResponse {
  const route = `${method} ${path}`;
  if (route === 'POST /_emulator/queue') {
    try {
      const steps = parseSteps(JSON.parse(raw));
      state.queue.push(...steps);
      return jsonResponse(200, { queued: steps.length, pending: state.queue.size });
    } catch (error) {
      const message =
        error instanceof InvalidStepError
          ? error.message
          : 'The body must be a JSON step or an array of steps.';
      return jsonResponse(400, { error: { type: 'invalid_step', message } });
    }
  }
  if (route === 'POST /_emulator/reset') {
    resetEmulatorState(state);
    return jsonResponse(200, { ok: true });
  }
  if (route === 'GET /_emulator/requests') return jsonResponse(200, state.log.entries);
  return jsonResponse(404, { error: { type: 'not_found', message: `No control endpoint ${route}` } });
}
