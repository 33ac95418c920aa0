import type { Conversation, ToolSpec } from '../conversation/conversation.ts';
import { instructionTexts, type Instructions } from './gather-instructions.ts';
import { promptHints } from './prompt-hints.ts';
import { toolDirectives } from './tool-directives.ts';
import { asksForTool, wordsOf } from './tool-mentions.ts';

/**
 * The most rounds of tool calls the responder makes for one request before it answers in text
 * (unless `tool_choice` forces a call, as the real API does).
 */
export const MAX_TOOL_ROUNDS = 5;

/**
 * The tools to call in this turn, or none (then the model answers in text).
 *
 * A tool is wanted when the instructions order it (system prompt, earlier user turns or the
 * request, see `toolDirectives`), when the request asks for it (its name, a word of its name or a
 * keyword of its description), or when an earlier request of the same shape was answered with it
 * (few-shot examples). Wanted tools not called yet for this request are called: all at once
 * (parallel calls), or one per round for a chain or when parallel calls are off. After
 * `MAX_TOOL_ROUNDS` rounds the model answers.
 *
 * `tool_choice`: `none` forbids calls; a named tool is always called; `any` (`required`) calls
 * the wanted tools, else the first offered tool (after results: the last one not called yet,
 * where a structured-output tool usually sits).
 */
export function selectTools(conversation: Conversation, instructions: Instructions): ToolSpec[] {
  const { tools, toolChoice } = conversation;
  if (toolChoice.type === 'none' || tools.length === 0) return [];
  if (toolChoice.type === 'tool') return tools.filter((tool) => tool.name === toolChoice.name).slice(0, 1);
  const { wanted, chain } = wantedTools(tools, instructions);
  const called = new Set(instructions.callsSinceRequest.map((call) => call.name));
  const pending = wanted.filter((tool) => !called.has(tool.name));
  const oneAtATime = chain || !conversation.parallelToolCalls;
  const chosen = oneAtATime ? pending.slice(0, 1) : pending;
  if (toolChoice.type === 'any') {
    if (chosen.length > 0) return chosen;
    return instructions.answeringResults ? forcedFollowUp(conversation) : tools.slice(0, 1);
  }
  if (instructions.answeringResults && instructions.toolRounds >= MAX_TOOL_ROUNDS) return [];
  return chosen;
}

/** The tools wanted for the current request, and whether they form a chain. */
function wantedTools(
  tools: readonly ToolSpec[],
  instructions: Instructions,
): { wanted: ToolSpec[]; chain: boolean } {
  const directives = toolDirectives(instructionTexts(instructions), instructions.request, tools);
  const allowed = tools.filter((tool) => !directives.forbidden.has(tool.name));
  const hints = promptHints(instructions.request);
  const asked = allowed.filter((tool) => asksForTool(hints, tool));
  const imitated = imitatedTools(allowed, instructions);
  if (directives.chain) {
    const rest = [...asked, ...imitated].filter((tool) => !directives.ordered.includes(tool));
    return { wanted: [...directives.ordered, ...new Set(rest)], chain: true };
  }
  const names = new Set([...directives.ordered, ...asked, ...imitated].map((tool) => tool.name));
  return { wanted: allowed.filter((tool) => names.has(tool.name)), chain: false };
}

/** Tools called in answer to an earlier request worded like this one but for its numbers. */
function imitatedTools(allowed: readonly ToolSpec[], instructions: Instructions): ToolSpec[] {
  const shape = shapeOf(instructions.request);
  const names = new Set(
    instructions.earlier
      .filter((exchange) => exchange.calls.length > 0 && shapeOf(exchange.text) === shape)
      .flatMap((exchange) => exchange.calls.map((call) => call.name)),
  );
  return allowed.filter((tool) => names.has(tool.name));
}

function shapeOf(text: string): string {
  return wordsOf(text)
    .map((word) => (/^\d+$/u.test(word) ? '#' : word))
    .join(' ');
}

/**
 * After results, when `tool_choice: any` still forces a call and nothing is pending: the last
 * offered tool not called yet in the conversation (a structured-output tool is usually offered
 * last), else the last tool.
 */
function forcedFollowUp(conversation: Conversation): ToolSpec[] {
  const { tools } = conversation;
  const called = new Set(conversation.turns.flatMap((turn) => turn.toolUses.map((use) => use.name)));
  const chosen = tools.filter((tool) => !called.has(tool.name)).at(-1) ?? tools.at(-1);
  return chosen ? [chosen] : [];
}
