import { writeFile } from 'node:fs/promises';
import { bundledCatalog } from '../catalog/bundled-catalog.ts';
import { fetchCatalog } from '../catalog/fetch-catalog.ts';
import { readCatalogFile } from '../catalog/read-catalog-file.ts';
import type { ResayilCatalog } from '../catalog/resayil-catalog.ts';
import { InvalidOptionError } from '../errors/invalid-option-error.ts';
import { LiteLLMConfigError } from '../errors/litellm-config-error.ts';
import { UnknownModelError } from '../errors/unknown-model-error.ts';
import { generateConfig } from '../generate/generate-config.ts';
import { validateConfig } from '../validate/validate-config.ts';
import { EXIT, type CliIO } from './cli-io.ts';
import { parseGenerateArgs } from './parse-generate-args.ts';
import { UsageError } from './usage-error.ts';

function loadCatalog(
  source: string | undefined,
  baseURL: string | undefined,
  io: CliIO,
): Promise<ResayilCatalog> {
  if (source === 'bundled') return Promise.resolve(bundledCatalog);
  if (source !== undefined) return readCatalogFile(source);
  const apiKey = io.env['RESAYIL_API_KEY']?.trim() || undefined;
  if (apiKey === undefined && baseURL === undefined) {
    // The offline default, as with the `resayil` CLI: nothing points at a gateway, so use the snapshot and say so.
    io.stderr(
      'RESAYIL_API_KEY is not set: using the catalog snapshot bundled with this package. ' +
        'Set RESAYIL_API_KEY to read the live catalog.\n',
    );
    return Promise.resolve(bundledCatalog);
  }
  return fetchCatalog({ apiKey, baseURL });
}

/** `resayil-litellm generate`: catalog → config.yaml. Returns the exit code. */
export async function generateCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseGenerateArgs(argv, io.env);
  let catalog: ResayilCatalog;
  try {
    catalog = await loadCatalog(args.catalog, args.baseURL, io);
  } catch (error) {
    if (!(error instanceof LiteLLMConfigError)) throw error;
    io.stderr(`resayil-litellm: ${error.message}\n`);
    return EXIT.failed;
  }
  let generated;
  try {
    generated = generateConfig({ ...args.options, catalog });
  } catch (error) {
    if (error instanceof InvalidOptionError || error instanceof UnknownModelError)
      throw new UsageError(error.message);
    throw error;
  }
  for (const warning of generated.warnings) io.stderr(`warning: ${warning}\n`);
  const check = validateConfig(generated.yaml);
  if (!check.valid) {
    for (const error of check.errors) io.stderr(`error: ${error.pathText}: ${error.message}\n`);
    io.stderr('resayil-litellm: the generated config did not pass validation (a bug: please report it).\n');
    return EXIT.failed;
  }
  if (args.out === undefined) {
    io.stdout(generated.yaml);
  } else {
    try {
      await writeFile(args.out, generated.yaml);
    } catch (error) {
      io.stderr(
        `resayil-litellm: could not write ${args.out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`,
      );
      return EXIT.failed;
    }
    const routes = [...new Set(generated.groups.map((g) => g.route))].join(' + ');
    const models = new Set(generated.groups.map((g) => g.id)).size;
    io.stderr(
      `Wrote ${args.out}: ${models} models, ${generated.groups.length} groups (${routes}) from ${catalog.source}.\n` +
        `Run it with RESAYIL_API_KEY and LITELLM_MASTER_KEY (sk-…) set: litellm --config ${args.out}\n`,
    );
  }
  return EXIT.ok;
}
