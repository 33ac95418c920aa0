export { ChatPage, type AnswerSnapshot } from './chat-page.ts';
export {
  itAnswersFromTheEmulatorWithoutAKey,
  itBehavesLikeTheExampleChat,
  type ChatPageUnderTest,
  type OfflineExample,
} from './chat-page-contract.ts';
export { ensureBuilt } from './ensure-built.ts';
export { freePort } from './free-port.ts';
export { nextBin } from './next-bin.ts';
export { startNext, type NextServer } from './start-next.ts';
export { useExampleChat, type ExampleChat, type ExampleChatOptions } from './use-example-chat.ts';
