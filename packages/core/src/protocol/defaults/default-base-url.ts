/**
 * The gateway's API host, used when no base URL is given (and `RESAYIL_BASE_URL` is unset, where
 * the environment is read). Every adapter takes its default from here.
 */
export const DEFAULT_BASE_URL = 'https://llmapi.resayil.io';
