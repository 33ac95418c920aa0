import { getToolName, type DynamicToolUIPart, type ToolUIPart } from 'ai';

/** A server-side tool call inside an answer: its name, its input, and the result once it ran. */
export function ToolCallView({ part }: { part: ToolUIPart | DynamicToolUIPart }) {
  const state =
    part.state === 'output-available' ? 'done' : part.state === 'output-error' ? 'failed' : 'running';
  const name = getToolName(part);
  return (
    <div className="tool-call" data-tool-name={name} data-tool-state={state}>
      <div className="tool-call-head">
        <span className="tool-call-label">Tool call</span>{' '}
        <code dir="ltr">
          {name}({JSON.stringify(part.input ?? {})})
        </code>
      </div>
      {state === 'running' ? (
        <div className="tool-call-result">running…</div>
      ) : (
        <pre className="tool-call-result" dir="ltr">
          {part.state === 'output-error' ? `Error: ${part.errorText}` : `→ ${JSON.stringify(part.output)}`}
        </pre>
      )}
    </div>
  );
}
