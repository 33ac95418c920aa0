import { ResayilError } from '../protocol/index.ts';
import type { RequestController } from './request-controller.ts';

/** Why a request was aborted, when the toolkit aborted it (a user abort, a timeout); else `undefined`. Internal. */
export function abortReason(controller: RequestController): ResayilError | undefined {
  const reason: unknown = controller.signal.aborted ? controller.signal.reason : undefined;
  return reason instanceof ResayilError ? reason : undefined;
}
