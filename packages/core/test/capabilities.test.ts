import { defaultCatalog } from '@resayil/emulator';
import { describe, expect, it } from 'vitest';
import { CAPABILITY_SNAPSHOT, ModelCapabilityError, NotFoundError } from '../src/index.ts';
import { settled } from './support/settled.ts';
import { useGateway } from './support/use-gateway.ts';

const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const withImage = (model: string) => ({
  model,
  max_tokens: 128,
  messages: [
    {
      role: 'user' as const,
      content: [
        {
          type: 'image' as const,
          source: { type: 'base64' as const, media_type: 'image/png' as const, data: PNG },
        },
        { type: 'text' as const, text: 'What is in this picture?' },
      ],
    },
  ],
});

describe('the bundled capability snapshot', () => {
  it('agrees with the emulator catalog on which models read images and which think', () => {
    for (const model of defaultCatalog) {
      expect(CAPABILITY_SNAPSHOT[model.id]?.images, model.id).toBe(model.vision);
      if (model.category === 'thinking') expect(CAPABILITY_SNAPSHOT[model.id]?.thinking, model.id).toBe(true);
    }
  });
});

describe.each(['anthropic', 'resayil'] as const)('model capabilities against the %s profile', (profile) => {
  const env = useGateway({
    profile,
    catalog: [
      ...defaultCatalog,
      {
        ...defaultCatalog[1]!,
        id: 'newcomer:7b',
        backendName: 'newcomer:7b',
        vision: false,
        category: 'chat',
      },
    ],
  });
  const modelRequests = () => env.emulator.requests.filter((r) => !r.path.endsWith('/models')).length;

  it('models.retrieve(id) gives the catalog entry with its capabilities', async () => {
    const glm = await env.client.models.retrieve('glm-5.1');
    expect(glm).toMatchObject({ id: 'glm-5.1', category: 'thinking' });
    expect(glm.capabilities).toEqual({ images: false, documents: false, thinking: true, tools: true });
    expect((await env.client.models.retrieve('newcomer:7b')).capabilities.images).toBeUndefined();
    await expect(env.client.models.retrieve('nope:1b')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses an image for a model that cannot read it before sending, naming the ones that can', async () => {
    const before = modelRequests();
    const error = await settled(env.client.messages.create(withImage('glm-5.1')));
    expect(error).toBeInstanceOf(ModelCapabilityError);
    const refused = error as ModelCapabilityError;
    expect(refused.model).toBe('glm-5.1');
    expect(refused.alternatives).toContain('qwen3.5:397b');
    expect(refused.alternatives).not.toContain('glm-5.1');
    expect(modelRequests()).toBe(before);
    const streamed = env.client.messages.stream(withImage('gemma4:31b'));
    await expect(streamed.finalMessage()).rejects.toBeInstanceOf(ModelCapabilityError);
    expect(modelRequests()).toBe(before);
  });

  it("turns the gateway's own 400 into the same error, with the catalog's alternatives", async () => {
    const error = await settled(env.client.messages.create(withImage('newcomer:7b')));
    expect(error).toBeInstanceOf(ModelCapabilityError);
    expect(error).toMatchObject({ model: 'newcomer:7b', status: 400, capability: 'images' });
    expect((error as ModelCapabilityError).alternatives).toContain('kimi-k2.6');
  });

  it('sends the image to a model that reads it', async () => {
    const message = await env.client.messages.create(withImage('kimi-k2.6'));
    expect(message.content.some((block) => block.type === 'text')).toBe(true);
  });
});
