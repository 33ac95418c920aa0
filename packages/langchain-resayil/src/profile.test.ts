import { describe, expect, it } from 'vitest';
import { resayilProfile } from './profile.ts';

describe('resayilProfile', () => {
  it('reports tool calling and no native structured output, so agents use the tool strategy', () => {
    expect(resayilProfile('glm-5.1')).toMatchObject({
      toolCalling: true,
      toolChoice: true,
      structuredOutput: false,
      midConversationSystemMessages: false,
      audioInputs: false,
    });
    expect(resayilProfile('smollm2:135m').toolCalling).toBe(false);
  });

  it("takes images, PDFs and reasoning from core's capabilities, and vision from model names", () => {
    expect(resayilProfile('qwen3.5:397b')).toMatchObject({
      imageInputs: true,
      pdfInputs: true,
      reasoningOutput: true,
    });
    expect(resayilProfile('glm-5.1')).toMatchObject({
      imageInputs: false,
      pdfInputs: false,
      reasoningOutput: true,
    });
    expect(resayilProfile('mistral').reasoningOutput).toBe(false);
    expect(resayilProfile('acme-vl:9b').imageInputs).toBe(true);
    expect(resayilProfile('some-new-model')).not.toHaveProperty('imageInputs');
    expect(resayilProfile('some-new-model')).not.toHaveProperty('reasoningOutput');
  });

  it('lets overrides win', () => {
    expect(resayilProfile('glm-5.1', { maxInputTokens: 202752, imageInputs: true })).toMatchObject({
      maxInputTokens: 202752,
      imageInputs: true,
    });
  });
});
