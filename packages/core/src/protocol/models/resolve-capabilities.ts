import { isRecord } from '../json/is-record.ts';
import type { Model } from '../wire/openai.ts';
import { CAPABILITY_SNAPSHOT } from './capability-snapshot.ts';
import type { ModelCapabilities, ModelCapability } from './model-capabilities.ts';

/** The names a gateway might use for each capability, in a `capabilities` object or as `supports_*`. */
const FIELD_NAMES: Record<ModelCapability, readonly string[]> = {
  images: ['images', 'image', 'vision', 'image_input'],
  documents: ['documents', 'document', 'pdf', 'pdf_input'],
  thinking: ['thinking', 'reasoning'],
  tools: ['tools', 'tool_use', 'function_calling', 'tool_calling'],
};

/** What each category says for sure. */
const CATEGORY: Record<string, Partial<ModelCapabilities>> = {
  vision: { images: true, documents: true },
  thinking: { thinking: true },
  tools: { tools: true },
};

/**
 * A catalog entry's capabilities: the gateway's own fields win (`capabilities: { vision: true }`,
 * `supports_vision: true`, …), then the bundled snapshot for the id, then what the `category`
 * says (`vision` reads images, `thinking` thinks, `tools` calls tools). What none of them says is
 * `undefined`.
 */
export function resolveCapabilities(
  model: Pick<Model, 'id' | 'category'> & { [key: string]: unknown },
  snapshot: Readonly<Record<string, ModelCapabilities>> = CAPABILITY_SNAPSHOT,
): ModelCapabilities {
  const fromCategory = typeof model.category === 'string' ? (CATEGORY[model.category] ?? {}) : {};
  const fromSnapshot = snapshot[model.id];
  const resolved = {} as ModelCapabilities;
  for (const capability of Object.keys(FIELD_NAMES) as ModelCapability[]) {
    resolved[capability] =
      explicit(model, capability) ?? fromSnapshot?.[capability] ?? fromCategory[capability];
  }
  return resolved;
}

function explicit(model: Record<string, unknown>, capability: ModelCapability): boolean | undefined {
  const nested = isRecord(model.capabilities) ? model.capabilities : {};
  for (const name of FIELD_NAMES[capability]) {
    const value = nested[name] ?? model[`supports_${name}`];
    if (typeof value === 'boolean') return value;
  }
  return undefined;
}
