export { ChromiumUnavailableError } from './chromium-unavailable-error.ts';
export { CHROMIUM_ARGS, launchChromium, type Chromium } from './launch-chromium.ts';
export {
  resolveChromium,
  SYSTEM_CHROMIUM_PATHS,
  type ChromiumHost,
  type ChromiumSource,
} from './resolve-chromium.ts';
