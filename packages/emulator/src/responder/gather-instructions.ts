import type { Conversation, PastToolUse, ToolResult, Turn } from '../conversation/conversation.ts';

/** An earlier exchange: a user's words and the tools the assistant called in answer. */
export interface EarlierExchange {
  text: string;
  calls: PastToolUse[];
}

/** Everything in a conversation that tells the model what to do, gathered in one place. */
export interface Instructions {
  /** The system prompt (the `system` field, or OpenAI `system`/`developer` messages). */
  system: string;
  /** The request: the text of the latest user turn that has text. */
  request: string;
  /** The texts of the user turns before the request, oldest first, each with the calls made in answer. */
  earlier: EarlierExchange[];
  /** Tool calls made since the request (one entry per call, in order). */
  callsSinceRequest: PastToolUse[];
  /** Tool results sent back since the request, oldest first. */
  resultsSinceRequest: ToolResult[];
  /** How many assistant turns have called tools since the request. */
  toolRounds: number;
  /** Whether the conversation ends with tool results the model must now answer. */
  answeringResults: boolean;
}

/**
 * Reads a conversation the way a model does: the system prompt, every user turn (earlier ones
 * count as instructions too), and what happened since the latest request (tool calls, results).
 */
export function gatherInstructions(conversation: Conversation): Instructions {
  const { turns } = conversation;
  const requestAt = findLastIndex(turns, (turn) => turn.role === 'user' && turn.text.trim().length > 0);
  const since = requestAt >= 0 ? turns.slice(requestAt + 1) : turns;
  const earlier: EarlierExchange[] = [];
  turns.slice(0, Math.max(requestAt, 0)).forEach((turn, i, before) => {
    if (turn.role !== 'user' || turn.text.trim().length === 0) return;
    earlier.push({ text: turn.text, calls: callsAfter(before, i) });
  });
  const last = turns.at(-1);
  return {
    system: conversation.system,
    request: requestAt >= 0 ? (turns[requestAt]?.text ?? '') : '',
    earlier,
    callsSinceRequest: since.flatMap((turn) => turn.toolUses),
    // A request turn may carry results too (text beside tool_result blocks).
    resultsSinceRequest: turns.slice(Math.max(requestAt, 0)).flatMap((turn) => turn.toolResults),
    toolRounds: since.filter((turn) => turn.role === 'assistant' && turn.toolUses.length > 0).length,
    answeringResults: last?.role === 'user' && last.toolResults.length > 0,
  };
}

/** The instruction texts in the order a model weighs them: system prompt, earlier user turns, request. */
export function instructionTexts(instructions: Instructions): string[] {
  return [instructions.system, ...instructions.earlier.map((e) => e.text), instructions.request].filter(
    (text) => text.trim().length > 0,
  );
}

/** The calls the assistant made right after the user turn at `index`, before the next user text. */
function callsAfter(turns: Turn[], index: number): PastToolUse[] {
  const calls: PastToolUse[] = [];
  for (const turn of turns.slice(index + 1)) {
    if (turn.role === 'user' && turn.text.trim().length > 0) break;
    calls.push(...turn.toolUses);
  }
  return calls;
}

function findLastIndex<T>(items: T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i] as T)) return i;
  return -1;
}
