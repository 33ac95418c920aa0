/**
 * The id of a tool call: the gateway's when it sent a non-empty one, else one derived from the
 * message id and the block's position in `content` (`toolu_<message id>_<index>`, or
 * `toolu_<index>` when the message has no id either). Some gateways (Ollama-backed ones) send tool
 * calls without ids; agents need one to answer each call.
 *
 * The only place such an id is made: both accumulators and both non-streamed parsers use it, so the
 * same reply gets the same ids streamed or not, through either API, in every adapter.
 */
export function toolUseId(id: unknown, messageId: string, index: number): string {
  if (typeof id === 'string' && id !== '') return id;
  // Tool ids may hold only letters, digits, `_` and `-` (the Messages API's pattern).
  const base = messageId.replace(/[^A-Za-z0-9_-]/g, '');
  return base === '' ? `toolu_${index}` : `toolu_${base}_${index}`;
}
