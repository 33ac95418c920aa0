/** The block types of tool calls whose input streams as JSON fragments and that carry an id. */
export const TOOL_BLOCK_TYPES: ReadonlySet<string> = new Set(['tool_use', 'server_tool_use', 'mcp_tool_use']);
