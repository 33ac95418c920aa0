/** What a promise rejected with, or `undefined` when it resolved (assert the error's class next). */
export function settled(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}
