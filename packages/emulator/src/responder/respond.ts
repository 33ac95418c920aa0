import type { Conversation } from '../conversation/conversation.ts';
import { REDACTED_THINKING_TRIGGER, ThinkingSeals } from '../thinking/thinking-seals.ts';
import { applyLimits } from './apply-limits.ts';
import { composeJson } from './compose-json.ts';
import { composeAnswer, composeThinking, composeToolResultAnswer } from './compose-text.ts';
import { deterministicId } from './deterministic-id.ts';
import { detectScript, type Script } from './detect-script.ts';
import { outputTokens, tokensForChars } from './estimate-tokens.ts';
import { gatherInstructions, instructionTexts, type Instructions } from './gather-instructions.ts';
import { argumentHints } from './prompt-hints.ts';
import type { Reply, ReplyBlock } from './reply.ts';
import { requestedJson } from './requested-json.ts';
import { selectTools } from './select-tools.ts';
import { synthesizeArguments } from './synthesize-value.ts';

/** How ids are derived for one request. */
export interface RespondOptions {
  /** A hash of the request: the same request gives the same ids. */
  seed: string;
  /** `toolu_` (Anthropic) or `call_` (OpenAI). */
  toolIdPrefix: string;
}

/**
 * The deterministic responder, a model that follows instructions: it reads the whole prompt
 * (`gatherInstructions`), calls the tools the instructions or the request ask for
 * (`selectTools`, arguments from `synthesizeArguments`), answers tool results by quoting them,
 * answers in JSON when asked to (`requestedJson`), in the script of the request otherwise, and
 * honours `max_tokens` and stop sequences (`applyLimits`). Asked to think, it thinks first, signed
 * (`ThinkingSeals`); a prompt with Anthropic's test string gets its thinking redacted instead.
 */
export function respond(conversation: Conversation, options: RespondOptions): Reply {
  const instructions = gatherInstructions(conversation);
  const prompt = instructions.request || conversation.system;
  const script = detectScript(prompt);
  const content: ReplyBlock[] = [];
  if (conversation.thinking) {
    const thinking = composeThinking(script, prompt);
    content.push(
      instructionTexts(instructions).some((text) => text.includes(REDACTED_THINKING_TRIGGER))
        ? { type: 'redacted_thinking', data: ThinkingSeals.redact(thinking) }
        : { type: 'thinking', thinking, signature: ThinkingSeals.sign(thinking) },
    );
  }
  const usage = () => ({
    input_tokens: tokensForChars(conversation.size),
    output_tokens: outputTokens(content),
  });
  const tools = selectTools(conversation, instructions);
  if (tools.length > 0) {
    const hints = argumentHints(instructions);
    tools.forEach((tool, i) =>
      content.push({
        type: 'tool_use',
        id: deterministicId(options.toolIdPrefix, `${options.seed}:tool:${i}`),
        name: tool.name,
        input: synthesizeArguments(tool.schema, hints),
      }),
    );
    return { content, stopReason: 'tool_use', stopSequence: null, usage: usage() };
  }
  const text = replyText(conversation, instructions, script, prompt);
  const limited = applyLimits(text, conversation.stopSequences, conversation.maxTokens);
  content.push({ type: 'text', text: limited.text });
  return { content, stopReason: limited.stopReason, stopSequence: limited.stopSequence, usage: usage() };
}

/** The text answer: quoting tool results or the request, as JSON when the request wants JSON. */
function replyText(
  conversation: Conversation,
  instructions: Instructions,
  script: Script,
  prompt: string,
): string {
  const answer = instructions.answeringResults
    ? composeToolResultAnswer(script, instructions.resultsSinceRequest)
    : composeAnswer(script, prompt);
  const json = requestedJson(conversation.jsonFormat, instructions);
  return json ? composeJson(json, argumentHints(instructions), answer) : answer;
}
