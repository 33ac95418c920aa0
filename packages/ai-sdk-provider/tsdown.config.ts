import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsdown';
import { preset } from '../../tsdown.preset.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig(
  preset(
    { index: 'src/index.ts' },
    { define: { __RESAYIL_AI_SDK_PROVIDER_VERSION__: JSON.stringify(version) } },
  ),
);
