/** Replaced with the package's version by the build (`tsdown.config.ts`); absent when running from source. */
declare const __RESAYIL_AI_SDK_PROVIDER_VERSION__: string | undefined;

/** This package's version, as built; `0.0.0-source` when running from source (tests). */
export const VERSION: string =
  typeof __RESAYIL_AI_SDK_PROVIDER_VERSION__ === 'string'
    ? __RESAYIL_AI_SDK_PROVIDER_VERSION__
    : '0.0.0-source';
