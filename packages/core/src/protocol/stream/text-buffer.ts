/** Characters gathered as pieces before they are joined into one flat segment. */
const SEGMENT_CHARS = 16_384;

/**
 * Text that grows by many small pieces (a reply's deltas) and is read rarely, kept at about the
 * size of the text itself. Appending `+=` would build a rope with one node and one small string
 * per piece (about five bytes of heap per character for word-sized deltas); here the pieces
 * are joined into flat segments of about 16 K characters as they come (a flat string costs one
 * byte per character when all its characters are Latin-1, two otherwise), and the segments into
 * one string when the text is read. Each character is copied twice in all, whatever the
 * number of reads at the end. Internal.
 */
export class TextBuffer {
  #segments: string[] = [];
  #pieces: string[] = [];
  #piecesLength = 0;
  #length = 0;

  constructor(initial = '') {
    if (initial !== '') this.#segments.push(initial);
    this.#length = initial.length;
  }

  /** The length of the text, in UTF-16 code units. */
  get length(): number {
    return this.#length;
  }

  /** Appends a piece of text. */
  append(piece: string): void {
    this.#pieces.push(piece);
    this.#piecesLength += piece.length;
    this.#length += piece.length;
    if (this.#piecesLength >= SEGMENT_CHARS) this.#seal();
  }

  /** The whole text, as one flat string (kept, so reading it again costs nothing until the next append). */
  toString(): string {
    if (this.#pieces.length > 0) this.#seal();
    if (this.#segments.length > 1) this.#segments = [this.#segments.join('')];
    return this.#segments[0] ?? '';
  }

  #seal(): void {
    this.#segments.push(this.#pieces.length === 1 ? (this.#pieces[0] as string) : this.#pieces.join(''));
    this.#pieces = [];
    this.#piecesLength = 0;
  }
}
