import { deterministicId, digest } from '../responder/deterministic-id.ts';
import type { ReplyBlock } from '../responder/reply.ts';

/**
 * Anthropic's documented test prompt: a request containing it, with thinking on, gets its thinking
 * back as a `redacted_thinking` block. The emulator honours the same string.
 */
export const REDACTED_THINKING_TRIGGER =
  'ANTHROPIC_MAGIC_STRING_TRIGGER_REDACTED_THINKING_46C9A13E193C177646C7398A98432ECCCE4C1253D5E2D82641AC0E52CC2876CB';

const MAC_LENGTH = 32;

/**
 * The emulator's stand-in for Anthropic's thinking signatures and encrypted redacted thinking: a
 * signature is derived from the thinking text and redacted data carries a check of its own, so a
 * block sent back altered (text, signature or data) is told apart from one sent back unchanged,
 * without remembering anything. Signatures and data that scripted replies chose are remembered.
 */
export class ThinkingSeals {
  private readonly scripted = new Set<string>();

  /** The signature of a thinking block with this text. */
  static sign(thinking: string): string {
    return deterministicId('sig_', `thinking-signature\u0000${thinking}`, 48);
  }

  /** The opaque `data` of a redacted thinking block hiding this text. */
  static redact(thinking: string): string {
    return Buffer.from(`${mac(thinking)}:${thinking}`, 'utf8').toString('base64');
  }

  /** Accepts the thinking of a scripted reply back as sent, whatever signature or data the script chose. */
  remember(content: readonly ReplyBlock[]): void {
    for (const block of content) {
      if (block.type === 'thinking') this.scripted.add(signed(block.thinking, block.signature));
      else if (block.type === 'redacted_thinking') this.scripted.add(block.data);
    }
  }

  /** Whether a thinking block comes back as it was sent: its text and signature unchanged. */
  signatureHolds(thinking: string, signature: string): boolean {
    return signature === ThinkingSeals.sign(thinking) || this.scripted.has(signed(thinking, signature));
  }

  /** Whether a redacted thinking block's data comes back as it was sent. */
  dataHolds(data: string): boolean {
    if (this.scripted.has(data)) return true;
    const thinking = Buffer.from(data, 'base64')
      .toString('utf8')
      .slice(MAC_LENGTH + 1);
    return ThinkingSeals.redact(thinking) === data;
  }

  /** Forgets the scripted signatures and data. */
  clear(): void {
    this.scripted.clear();
  }
}

function mac(thinking: string): string {
  return digest('redacted-thinking', thinking).slice(0, MAC_LENGTH);
}

function signed(thinking: string, signature: string): string {
  return `${signature}\u0000${thinking}`;
}
