import type { NextConfig } from 'next';

/**
 * The emulator is a plain Node HTTP server: load it from node_modules at run time instead of
 * bundling it, so the route handler and `instrumentation.ts` share one instance.
 */
const config: NextConfig = {
  serverExternalPackages: ['@resayil/emulator'],
  devIndicators: false,
  poweredByHeader: false,
};

export default config;
