import { ModelCapabilityError } from '../errors/model-capability-error.ts';
import type { ModelCapabilities } from './model-capabilities.ts';
import { requiredCapabilities } from './required-capabilities.ts';

/** A catalog entry with its capabilities, as `client.models.retrieve()` returns it. */
export interface ModelWithCapabilities {
  id: string;
  capabilities: ModelCapabilities;
}

/**
 * Refuses a request before it is sent when it carries images or documents and the catalog knows
 * the model cannot read them (`false`, not `undefined`): throws `ModelCapabilityError` naming the
 * model and the catalog's models that can. A model missing from the catalog is left to the gateway.
 */
export function checkCapabilities(
  params: { model: string; messages?: unknown },
  catalog: readonly ModelWithCapabilities[],
): void {
  const needed = requiredCapabilities(params);
  if (needed.length === 0) return;
  const entry = catalog.find((model) => model.id === params.model);
  if (!entry) return;
  for (const capability of needed) {
    if (entry.capabilities[capability] !== false) continue;
    throw new ModelCapabilityError({
      model: params.model,
      capability,
      alternatives: modelsThat(catalog, capability),
    });
  }
}

/**
 * The gateway's refusal of an image or a document (a `ModelCapabilityError` from its HTTP 400),
 * completed with the catalog's models that can read it. Any other error is returned as it is.
 */
export function withAlternatives(error: unknown, catalog: readonly ModelWithCapabilities[]): unknown {
  if (!(error instanceof ModelCapabilityError) || error.alternatives.length > 0) return error;
  return new ModelCapabilityError({
    model: error.model,
    capability: error.capability,
    alternatives: modelsThat(catalog, error.capability),
    status: error.status,
    requestId: error.requestId,
    cause: error,
  });
}

function modelsThat(catalog: readonly ModelWithCapabilities[], capability: 'images' | 'documents'): string[] {
  return catalog.filter((model) => model.capabilities[capability] === true).map((model) => model.id);
}
