/**
 * What a model can do. `true` and `false` are known (from the gateway's own fields, the bundled
 * snapshot or the model's category); `undefined` means nobody knows, and nothing is refused for it.
 */
export interface ModelCapabilities {
  /** Reads images (`image` blocks, `image_url` parts). */
  images: boolean | undefined;
  /** Reads documents (PDF or text `document` blocks). */
  documents: boolean | undefined;
  /** Thinks (streams reasoning) when asked with `thinking` or `reasoning_effort`. */
  thinking: boolean | undefined;
  /** Calls tools. */
  tools: boolean | undefined;
}

/** One capability, by name. */
export type ModelCapability = keyof ModelCapabilities;
