import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pyyamlAvailable, pyyamlLoad } from '../../test/support/pyyaml.ts';
import { expectedTyped } from '../../test/support/typed.ts';
import { litellmConfigSchema, type LiteLLMConfig } from '../schema/litellm-config-schema.ts';
import { parseConfigYaml } from './parse-config-yaml.ts';
import { stringifyConfig } from './stringify-config.ts';

function configWith(name: string, alias: string, price: number): LiteLLMConfig {
  return {
    model_list: [
      {
        model_name: name,
        litellm_params: {
          model: `openai/${name}`,
          api_base: 'https://llmapi.resayil.io/v1',
          timeout: 300,
          rpm: 10,
        },
        model_info: {
          id: name,
          input_cost_per_token: price,
          output_cost_per_token: 0,
          max_input_tokens: 4096,
        },
      },
    ],
    router_settings: { num_retries: 2, cooldown_time: 30, model_group_alias: { [alias]: name } },
  };
}

describe('stringifyConfig', () => {
  it('quotes strings PyYAML would read as something else, and writes float fields as floats', () => {
    const yaml = stringifyConfig(configWith('on', '1:30', 3e-7));
    expect(yaml).toContain('model_name: "on"');
    expect(yaml).toContain('"1:30": "on"');
    expect(yaml).toContain('input_cost_per_token: 3.0e-07');
    expect(yaml).toContain('output_cost_per_token: 0.0');
    expect(yaml).toContain('timeout: 300.0');
    expect(yaml).toContain('cooldown_time: 30.0');
    expect(yaml).toContain('rpm: 10\n');
    expect(yaml).toContain('max_input_tokens: 4096\n');
    expect(yaml).toContain('num_retries: 2\n');
  });

  it('writes the header as comment lines', () => {
    expect(stringifyConfig({}, { header: 'one\ntwo' })).toMatch(/^# one\n# two\n/);
  });

  it('round-trips any names and prices through a PyYAML-faithful reader', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.string({ minLength: 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (name, alias, price) => {
          const config = configWith(name, alias, price);
          expect(parseConfigYaml(stringifyConfig(config)).value).toEqual(config);
        },
      ),
      { numRuns: 500 },
    );
  });

  it.skipIf(!pyyamlAvailable)(
    'round-trips any characters through the real PyYAML',
    () => {
      const names = [
        ...fc.sample(fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }), { numRuns: 300 }),
        ...[
          'z\x7f',
          'a\x85b',
          'l\u2028s\u2029p',
          'x\ufffe',
          'lone\ud800',
          '\udc00x',
          'tab\tnl\n',
          '\u{1F600}',
        ],
      ];
      const configs = names.map((name, i) => configWith(name, `${name}!`, i * 1e-9));
      const loaded = pyyamlLoad(configs.map((config) => stringifyConfig(config)));
      configs.forEach((config, i) => {
        expect(parseConfigYaml(stringifyConfig(config)).value).toEqual(config);
        expect(loaded[i]).toEqual(expectedTyped(litellmConfigSchema, config));
      });
    },
    60_000,
  ); // 2.5 s alone; ten times that while every workspace's tests share the 2 cores

  it.skipIf(!pyyamlAvailable)(
    'round-trips tricky names and prices through the real PyYAML, types included',
    () => {
      const names = [
        'on',
        'yes',
        'y',
        'null',
        '~',
        '1:30',
        '017',
        '3e-7',
        '2026-11-24',
        '=',
        'qwen3.5:397b',
        'a: b',
        '#x',
        "it's",
        '- x',
        'ok ',
      ];
      const configs = names.map((name, i) =>
        configWith(name, `${name}-alias`, i === 0 ? 0 : 10 ** -(i % 12) * 1.5),
      );
      const loaded = pyyamlLoad(configs.map((config) => stringifyConfig(config)));
      configs.forEach((config, i) => expect(loaded[i]).toEqual(expectedTyped(litellmConfigSchema, config)));
    },
  );
});
