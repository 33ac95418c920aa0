import type { ChatStreamErrorInfo } from '@resayil/core/web';

/**
 * A failed answer: core's message, which names the cause and what to do (top up, check the key,
 * wait), and a link to the top-up page when the account is out of credits.
 */
export function ErrorNotice({ error }: { error: ChatStreamErrorInfo }) {
  return (
    <div className="error-notice" role="alert" data-error-name={error.name}>
      <span dir="ltr">{error.message}</span>
      {error.topUpUrl ? (
        <>
          {' '}
          <a href={error.topUpUrl} target="_blank" rel="noreferrer">
            Top up credits
          </a>
        </>
      ) : null}
    </div>
  );
}
