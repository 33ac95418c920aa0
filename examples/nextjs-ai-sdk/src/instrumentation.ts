/**
 * Runs once when the Next.js server starts: connects the backend right away, so the console says
 * at once whether LLM Resayil or the local emulator will answer.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { getBackend } = await import('./lib/get-backend.ts');
  await getBackend();
}
