/** A span of time, e.g. a stream from its call to its end. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The most spans open at one moment. A span that ends exactly when another starts does not
 * overlap it.
 */
export function peakOverlap(spans: readonly Span[]): number {
  const edges = spans.flatMap((span) => [
    { at: span.start, step: 1 },
    { at: span.end, step: -1 },
  ]);
  edges.sort((a, b) => a.at - b.at || a.step - b.step);
  let open = 0;
  let peak = 0;
  for (const edge of edges) {
    open += edge.step;
    peak = Math.max(peak, open);
  }
  return peak;
}
