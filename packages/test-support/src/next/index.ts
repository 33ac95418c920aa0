export { ChatPage, type AnswerSnapshot } from './chat-page.ts';
export { ensureBuilt } from './ensure-built.ts';
export { freePort } from './free-port.ts';
export { nextBin } from './next-bin.ts';
export { startNext, type NextServer } from './start-next.ts';
