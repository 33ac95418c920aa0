import { Workflow, type IDataObject, type INodeTypes } from 'n8n-workflow';

const nodeTypes = {
  getByName: () => ({ description: { properties: [] } }),
  getByNameAndVersion: () => ({ description: { properties: [] } }),
  getKnownTypes: () => ({}),
} as unknown as INodeTypes;

const workflow = new Workflow({
  nodes: [{ id: '1', name: 'Node', type: 'test', typeVersion: 1, position: [0, 0], parameters: {} }],
  connections: {},
  active: false,
  nodeTypes,
});

/**
 * Resolves an n8n parameter value (`=…{{ … }}` expressions included) with n8n's own expression
 * engine, with `additionalKeys` such as `$credentials` in scope: what n8n does to a credential's
 * `authenticate` headers and `test` request.
 */
export function resolveExpression(value: string, additionalKeys: IDataObject): unknown {
  return workflow.expression.getParameterValue(value, null, 0, 0, 'Node', [], 'manual', additionalKeys);
}
