import { ResayilError, type ResayilErrorOptions } from './resayil-error.ts';

/** What a {@link ModelCapabilityError} is made from. */
export interface ModelCapabilityErrorInit extends ResayilErrorOptions {
  /** The model the request was for. */
  model: string;
  /** What it cannot read: `images` or `documents`. */
  capability: 'images' | 'documents';
  /** The catalog's models that can, when known. */
  alternatives?: readonly string[] | undefined;
}

const NOUN = { images: 'image', documents: 'document' } as const;

/**
 * Thrown when a request sends an image or a document to a model that cannot read it: before the
 * request, from the model's capabilities, or from the gateway's HTTP 400 ("Model '…' does not
 * support image input"). It names the model and, when the catalog is known, the models that can.
 */
export class ModelCapabilityError extends ResayilError {
  static override readonly errorName: string = 'ModelCapabilityError';

  /** The model the request was for. */
  readonly model: string;
  /** What it cannot read. */
  readonly capability: 'images' | 'documents';
  /** The catalog's models that can (empty when unknown). */
  readonly alternatives: readonly string[];

  constructor(init: ModelCapabilityErrorInit) {
    const alternatives = init.alternatives ?? [];
    const noun = NOUN[init.capability];
    const choices =
      alternatives.length > 0
        ? ` Models in the catalog that read ${init.capability}: ${list(alternatives)}.`
        : ` List the models that read ${init.capability} with \`resayil models\`.`;
    super(
      `Model "${init.model}" cannot read ${init.capability}, and the request contains ${noun} input.${choices} Send the ${noun} to one of them, or remove it.`,
      { ...init, retryable: false },
    );
    this.model = init.model;
    this.capability = init.capability;
    this.alternatives = alternatives;
  }
}

function list(ids: readonly string[]): string {
  const shown = ids.slice(0, 8).join(', ');
  return ids.length > 8 ? `${shown} and ${ids.length - 8} more` : shown;
}
