/** The key of this provider's options and metadata: `providerOptions.resayil`, `providerMetadata.resayil`. */
export const PROVIDER_OPTIONS_KEY = 'resayil';
