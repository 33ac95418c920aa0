import type { INode } from 'n8n-workflow';

import { ResayilApi } from '../../credentials/ResayilApi.credentials.ts';

/** The Resayil node as the fake contexts' `getNode()` returns it. */
export const RESAYIL_NODE: INode = {
	id: 'resayil-node',
	name: 'Resayil',
	type: 'n8n-nodes-resayil.resayil',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

/** The Resayil Chat Model sub-node as the fake supply context's `getNode()` returns it. */
export const CHAT_MODEL_NODE: INode = {
	...RESAYIL_NODE,
	id: 'resayil-chat-model',
	name: 'Resayil Chat Model',
	type: 'n8n-nodes-resayil.lmChatResayil',
};

/** The `Resayil API` credential type, whose `authenticate` headers n8n's helper applies. */
export const RESAYIL_API = new ResayilApi();
