import type { ModelCapabilities } from './model-capabilities.ts';

type Row = [id: string, images: boolean, thinking: boolean, tools: boolean];

// The catalog's ids as seen on the live gateway (resayil-api.md §5). Images: checked live on
// 2026-08-10 for mistral-large-3:675b, qwen3.5:397b and kimi-k2.6 (read them), glm-5.1 and
// gemma4:31b (HTTP 400) and minimax-m3 (ignores them); the others by their vision family.
// Thinking: the models `/v1/models` files under the `thinking` category. Tools: every model but
// the smallest, whose tool calls are not usable.
const rows: Row[] = [
  ['qwen3.5:397b', true, true, true],
  ['qwen3.5', false, false, true],
  ['glm-5.1', false, true, true],
  ['glm-4.6', false, false, true],
  ['kimi-k2.6', true, true, true],
  ['kimi-k2:1t', false, false, true],
  ['gpt-oss:120b', false, true, true],
  ['gpt-oss:20b', false, true, true],
  ['mistral-large-3:675b', true, false, true],
  ['ministral-3:3b', true, false, true],
  ['ministral-3:8b', true, false, true],
  ['ministral-3:14b', true, false, true],
  ['mistral', false, false, true],
  ['mistral-small3.2:24b', true, false, true],
  ['devstral-2:123b', false, false, true],
  ['gemma4:31b', false, false, true],
  ['gemma3:12b', true, false, true],
  ['gemma3:4b', true, false, true],
  ['minimax-m3', false, false, true],
  ['qwen3-vl:235b', true, false, true],
  ['qwen3-vl:235b-instruct', true, false, true],
  ['hf.co/Qwen/Qwen3-VL-32B-Instruct-GGUF:Q4_K_M', true, false, true],
  ['qwen3-coder:480b', false, false, true],
  ['qwen3-coder-next', false, false, true],
  ['qwen3-next:80b', false, true, true],
  ['qwen3-30b-40k:latest', false, false, true],
  ['alibayram/Qwen3-30B-A3B-Instruct-2507:latest', false, false, true],
  ['qwen2.5-coder:14b', false, false, true],
  ['deepseek-v3.1:671b', false, true, true],
  ['deepseek-v3.2', false, true, true],
  ['cogito-2.1:671b', false, true, true],
  ['nemotron-3-nano:30b', false, true, true],
  ['rnj-1:8b', false, false, true],
  ['llama3.2:3b', false, false, true],
  ['llama3.2:latest', false, false, true],
  ['llama3.1:8b', false, false, true],
  ['smollm2:135m', false, false, false],
  ['phi4:14b', false, false, true],
  ['command-r:35b', false, false, true],
];

/**
 * The bundled snapshot of what each model of the gateway's catalog can do, by id: `/v1/models`
 * carries only a `category`, so this fills the gaps. A model that reads images reads documents.
 * Fields the gateway itself reports win over it (see `resolveCapabilities`).
 */
export const CAPABILITY_SNAPSHOT: Readonly<Record<string, ModelCapabilities>> = Object.freeze(
  Object.fromEntries(
    rows.map(([id, images, thinking, tools]) => [
      id,
      Object.freeze({ images, documents: images, thinking, tools }),
    ]),
  ),
);
