import type { ReplyBlock } from './reply.ts';
import { splitIntoPieces } from './split-into-pieces.ts';

/** A plausible token count for some characters of request: about four characters per token. */
export function tokensForChars(chars: number): number {
  return Math.max(1, Math.ceil(chars / 4));
}

/** Output tokens of reply blocks: one per streamed piece of text or thinking, an estimate for
 * redacted thinking and tool input. */
export function outputTokens(content: readonly ReplyBlock[]): number {
  let total = 0;
  for (const block of content) {
    if (block.type === 'text') total += splitIntoPieces(block.text).length;
    else if (block.type === 'thinking') total += splitIntoPieces(block.thinking).length;
    else if (block.type === 'redacted_thinking') total += tokensForChars(block.data.length);
    else total += tokensForChars(block.name.length + JSON.stringify(block.input ?? {}).length);
  }
  return Math.max(1, total);
}
