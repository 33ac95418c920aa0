import type { ICredentialType, INode } from 'n8n-workflow';

/** The decrypted `Resayil API` credential. */
export interface TestCredentials {
  apiKey: string;
  url: string;
  /** The credential's Spending Limit (USD). */
  spendingLimitUsd?: number;
}

/** Who makes a request through n8n's helper: which node, with which credential. */
export interface N8nConnection {
  /** The credential type whose `authenticate` headers n8n applies (e.g. `new ResayilApi()`). */
  credentialType: ICredentialType;
  /** The decrypted credential. */
  credentials: TestCredentials;
  /** The node the helper is called for (`getNode()`). */
  node: INode;
}
