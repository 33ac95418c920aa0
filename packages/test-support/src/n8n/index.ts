/**
 * `@resayil-internal/test-support/n8n`: fake n8n contexts whose HTTP helper is n8n-core's real
 * `httpRequestWithAuthentication` (axios, its Node stream, its `NodeApiError`), for the n8n
 * package's tests and the reliability suite.
 */
export type { N8nConnection, TestCredentials } from './n8n-connection.ts';
export {
  performHttpRequest,
  type BodyObserver,
  type PerformedRequest,
  type RequestExtras,
} from './perform-http-request.ts';
export { createRequestHelper } from './create-request-helper.ts';
export {
  createExecuteContext,
  type ExecuteContextOptions,
  type ExecuteContextRecording,
  type SentChunk,
} from './create-execute-context.ts';
export { getParameter, nodeParameterGetter } from './get-parameter.ts';
export { resolveExpression } from './resolve-expression.ts';
