import { Chat } from '../components/chat.tsx';
import { getBackend } from '../lib/get-backend.ts';

// The banner depends on the server's environment, so render on each request.
export const dynamic = 'force-dynamic';

/** The chat page; the banner says whether the real gateway or the local emulator answers. */
export default async function Page() {
  const backend = await getBackend();
  return (
    <main>
      <header>
        <h1>Resayil chat on the AI SDK</h1>
        {backend.emulated ? (
          <p className="banner banner-emulator" data-backend="emulator">
            No <code>RESAYIL_API_KEY</code> is set, so the local Resayil emulator answers (canned,
            deterministic replies). Set the key in <code>.env.local</code> to talk to LLM Resayil.
          </p>
        ) : (
          <p className="banner" data-backend="gateway">
            Model <code>{backend.model}</code> through <code>{backend.baseURL}</code>.
          </p>
        )}
      </header>
      <Chat />
    </main>
  );
}
