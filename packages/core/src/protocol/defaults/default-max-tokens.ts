/**
 * The `max_tokens` sent when the caller gives none, the same in every adapter (client CLI, route
 * helper, ChatResayil, both n8n nodes). 4096 leaves room for a full answer with a tool call or two
 * (1024 cut ordinary answers short with `stop_reason: 'max_tokens'`), and every model of the Resayil
 * catalog accepts it; ask for more for long documents.
 */
export const DEFAULT_MAX_TOKENS = 4096;
