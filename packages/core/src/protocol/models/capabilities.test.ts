import { describe, expect, it } from 'vitest';
import { createAPIError } from '../errors/create-api-error.ts';
import { ModelCapabilityError } from '../errors/model-capability-error.ts';
import { checkCapabilities } from './check-capabilities.ts';
import { requiredCapabilities } from './required-capabilities.ts';
import { resolveCapabilities } from './resolve-capabilities.ts';

const image = { type: 'image', source: { type: 'url', url: 'https://example.com/a.png' } };

describe('resolveCapabilities', () => {
  it('takes the bundled snapshot for a known id', () => {
    expect(resolveCapabilities({ id: 'glm-5.1', category: 'thinking' })).toEqual({
      images: false,
      documents: false,
      thinking: true,
      tools: true,
    });
    expect(resolveCapabilities({ id: 'qwen3.5:397b' }).images).toBe(true);
  });

  it("lets the gateway's own fields win, nested or as supports_*", () => {
    expect(resolveCapabilities({ id: 'glm-5.1', capabilities: { vision: true } }).images).toBe(true);
    expect(resolveCapabilities({ id: 'glm-5.1', supports_tools: false }).tools).toBe(false);
  });

  it('falls back to the category for an unknown id, and leaves the rest unknown', () => {
    expect(resolveCapabilities({ id: 'new-vl:9b', category: 'vision' })).toEqual({
      images: true,
      documents: true,
      thinking: undefined,
      tools: undefined,
    });
    expect(resolveCapabilities({ id: 'new-think', category: 'thinking' }).thinking).toBe(true);
    expect(resolveCapabilities({ id: 'new-chat', category: 'chat' }).images).toBeUndefined();
  });
});

describe('requiredCapabilities', () => {
  it("finds images and documents in both endpoints' shapes, also inside tool results", () => {
    expect(requiredCapabilities({ messages: [{ role: 'user', content: 'hi' }] })).toEqual([]);
    expect(requiredCapabilities({ messages: [{ role: 'user', content: [image] }] })).toEqual(['images']);
    expect(
      requiredCapabilities({
        messages: [
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't', content: [image] }] },
          { role: 'user', content: [{ type: 'document', source: { type: 'text', data: 'x' } }] },
        ],
      }),
    ).toEqual(['images', 'documents']);
    expect(
      requiredCapabilities({
        messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'data:' } }] }],
      }),
    ).toEqual(['images']);
  });
});

describe('checkCapabilities', () => {
  const catalog = [
    { id: 'glm-5.1', capabilities: resolveCapabilities({ id: 'glm-5.1' }) },
    { id: 'kimi-k2.6', capabilities: resolveCapabilities({ id: 'kimi-k2.6' }) },
    { id: 'qwen3.5:397b', capabilities: resolveCapabilities({ id: 'qwen3.5:397b' }) },
    { id: 'mystery', capabilities: resolveCapabilities({ id: 'mystery' }) },
  ];
  const withImage = (model: string) => ({ model, messages: [{ role: 'user', content: [image] }] });

  it('refuses an image for a model that cannot read it, naming the models that can', () => {
    let error: unknown;
    try {
      checkCapabilities(withImage('glm-5.1'), catalog);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ModelCapabilityError);
    expect(error).toMatchObject({
      model: 'glm-5.1',
      capability: 'images',
      alternatives: ['kimi-k2.6', 'qwen3.5:397b'],
    });
    expect((error as Error).message).toMatch(/"glm-5\.1" cannot read images.*kimi-k2\.6, qwen3\.5:397b/u);
  });

  it('lets through a model that reads images, one whose capability is unknown, and one not in the catalog', () => {
    expect(() => checkCapabilities(withImage('kimi-k2.6'), catalog)).not.toThrow();
    expect(() => checkCapabilities(withImage('mystery'), catalog)).not.toThrow();
    expect(() => checkCapabilities(withImage('elsewhere'), catalog)).not.toThrow();
  });
});

describe("the gateway's refusal", () => {
  it('maps its 400 "does not support image input" to ModelCapabilityError, in both body shapes', () => {
    for (const bodyText of [
      JSON.stringify({ error: { message: "Model 'GLM-5.1' does not support image input", code: 400 } }),
      JSON.stringify({
        type: 'error',
        error: { type: 'invalid_request_error', message: "Model 'glm-5.1' does not support image input" },
      }),
    ]) {
      const error = createAPIError({ status: 400, headers: {}, bodyText });
      expect(error).toBeInstanceOf(ModelCapabilityError);
      expect(error).toMatchObject({ capability: 'images', status: 400 });
      expect((error as ModelCapabilityError).model.toLowerCase()).toBe('glm-5.1');
    }
  });
});
