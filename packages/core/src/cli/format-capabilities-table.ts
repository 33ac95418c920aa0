import type { ModelInfo } from '../client/models.ts';
import type { ModelCapabilities } from '../protocol/index.ts';

const COLUMNS: Array<[title: string, capability: keyof ModelCapabilities]> = [
  ['IMAGES', 'images'],
  ['DOCUMENTS', 'documents'],
  ['THINKING', 'thinking'],
  ['TOOLS', 'tools'],
];

/** The catalog as a plain-text table: id, category, then yes / no / ? (unknown) per capability. */
export function formatCapabilitiesTable(models: readonly ModelInfo[]): string {
  const rows = models.map((model) => [
    model.id,
    typeof model.category === 'string' ? model.category : '',
    ...COLUMNS.map(([, capability]) => mark(model.capabilities[capability])),
  ]);
  const header = ['MODEL', 'CATEGORY', ...COLUMNS.map(([title]) => title)];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]?.length ?? 0)));
  return [header, ...rows]
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function mark(value: boolean | undefined): string {
  return value === undefined ? '?' : value ? 'yes' : 'no';
}
