import type { Base64ImageSource, ImageBlockParam, TextBlockParam } from '@resayil/core';
import { base64ToText, bytesToBase64, parseDataUrl } from './decode-base64.ts';
import { isRecord } from '@resayil/core';
import { UnsupportedContentError } from './unsupported-content-error.ts';

const IMAGE_TYPES: ReadonlySet<string> = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp']);
const TEXT_FILE = /^text\/|^application\/(json|xml|x-yaml|yaml|csv)$/u;
const PDF = 'application/pdf';

/** Anthropic's document block, for PDFs (not among core's wire types: the gateway does not document it). */
export interface DocumentBlockParam {
  type: 'document';
  source: { type: 'base64'; media_type: 'application/pdf'; data: string } | { type: 'url'; url: string };
  title?: string;
}

/**
 * Converts an image or file block, in any of LangChain's forms, to what the gateway accepts:
 *
 * - `{ type: 'image_url', image_url }` (OpenAI style; a `data:` URL becomes base64);
 * - Anthropic's `{ type: 'image', source }`, passed through;
 * - standard blocks: `{ type: 'image', url | data + mimeType }` and the older
 *   `{ type: 'image', source_type: 'url' | 'base64', url | data, mime_type }`;
 * - text files (`text/plain`, JSON, CSV, … as base64, a `data:` URL or `source_type: 'text'`),
 *   sent as a text block headed by the file name;
 * - PDFs (base64, `data:` or https URL), sent as Anthropic `document` blocks: whether a model reads
 *   them is up to the gateway.
 *
 * Audio, video, other binary files and provider file ids are refused with `UnsupportedContentError`:
 * the gateway has no way to take them. Returns `undefined` for a block that is not an image, file,
 * audio or video block.
 */
export function convertMediaBlock(
  block: Record<string, unknown>,
  at: string,
): ImageBlockParam | TextBlockParam | DocumentBlockParam | undefined {
  switch (block.type) {
    case 'image_url':
      return imageFromUrl(readImageUrl(block.image_url), at);
    case 'image':
      return convertImage(block, at);
    case 'file':
      return convertFile(block, at);
    case 'audio':
    case 'video':
    case 'input_audio':
    case 'document':
      throw unsupported(
        at,
        `is ${article(block.type)} ${block.type} block`,
        'The gateway accepts text and images only.',
      );
    default:
      return undefined;
  }
}

function convertImage(block: Record<string, unknown>, at: string): ImageBlockParam {
  if (isRecord(block.source))
    return { type: 'image', source: block.source as unknown as ImageBlockParam['source'] };
  const mimeType = stringField(block, 'mimeType') ?? stringField(block, 'mime_type');
  if (block.source_type === 'id' || typeof block.fileId === 'string') {
    throw unsupported(
      at,
      'refers to an uploaded file id',
      'The gateway has no Files API: send the image as base64 or a URL.',
    );
  }
  if (typeof block.url === 'string') return imageFromUrl(block.url, at);
  if (typeof block.data === 'string' || block.data instanceof Uint8Array) {
    const data = typeof block.data === 'string' ? block.data : bytesToBase64(block.data);
    return { type: 'image', source: base64Source(mimeType, data, at) };
  }
  throw unsupported(
    at,
    'is an image block without a url or data',
    'Give the image as { url } or { data, mimeType }.',
  );
}

function convertFile(block: Record<string, unknown>, at: string): TextBlockParam | DocumentBlockParam {
  const mimeType = (stringField(block, 'mimeType') ?? stringField(block, 'mime_type'))?.toLowerCase();
  const document = pdfDocument(block, mimeType);
  if (document) return document;
  if (block.source_type === 'id' || typeof block.fileId === 'string') {
    throw unsupported(
      at,
      'refers to an uploaded file id',
      'The gateway has no Files API: send the file itself.',
    );
  }
  let text: string | undefined;
  if (block.source_type === 'text' && typeof block.text === 'string') text = block.text;
  else if (typeof block.url === 'string') {
    const dataUrl = parseDataUrl(block.url);
    if (dataUrl && TEXT_FILE.test(dataUrl.mediaType)) text = base64ToText(dataUrl.data);
  } else if (typeof block.data === 'string' && mimeType !== undefined && TEXT_FILE.test(mimeType)) {
    text = base64ToText(block.data);
  } else if (block.data instanceof Uint8Array && mimeType !== undefined && TEXT_FILE.test(mimeType)) {
    text = new TextDecoder().decode(block.data);
  }
  if (text === undefined) {
    throw unsupported(
      at,
      `is a file block${mimeType ? ` of type ${mimeType}` : ''} the gateway cannot read`,
      'Send text files (they go as text) or PDFs; extract the text of other documents first.',
    );
  }
  const name = fileName(block);
  return { type: 'text', text: name ? `File ${name}:\n${text}` : text };
}

function pdfDocument(
  block: Record<string, unknown>,
  mimeType: string | undefined,
): DocumentBlockParam | undefined {
  const name = fileName(block);
  const titled = (source: DocumentBlockParam['source']): DocumentBlockParam =>
    name ? { type: 'document', source, title: name } : { type: 'document', source };
  if (typeof block.url === 'string') {
    const dataUrl = parseDataUrl(block.url);
    if (dataUrl?.mediaType === PDF) return titled({ type: 'base64', media_type: PDF, data: dataUrl.data });
    if (!dataUrl && mimeType === PDF && /^https?:\/\//iu.test(block.url))
      return titled({ type: 'url', url: block.url });
    return undefined;
  }
  if (mimeType !== PDF) return undefined;
  if (typeof block.data === 'string') return titled({ type: 'base64', media_type: PDF, data: block.data });
  if (block.data instanceof Uint8Array)
    return titled({ type: 'base64', media_type: PDF, data: bytesToBase64(block.data) });
  return undefined;
}

function imageFromUrl(url: string, at: string): ImageBlockParam {
  const dataUrl = parseDataUrl(url);
  if (dataUrl) return { type: 'image', source: base64Source(dataUrl.mediaType, dataUrl.data, at) };
  if (/^https?:\/\//iu.test(url)) return { type: 'image', source: { type: 'url', url } };
  throw unsupported(
    at,
    'has an image URL that is neither http(s) nor data:',
    'Use an https:// URL or a data: URL.',
  );
}

function base64Source(mimeType: string | undefined, data: string, at: string): Base64ImageSource {
  const mediaType = mimeType?.toLowerCase();
  if (mediaType === undefined || !IMAGE_TYPES.has(mediaType)) {
    throw unsupported(
      at,
      `is an image of type ${mediaType ?? '(none given)'}`,
      'Send JPEG, PNG, GIF or WebP, and give its mime type.',
    );
  }
  return { type: 'base64', media_type: mediaType as Base64ImageSource['media_type'], data };
}

function readImageUrl(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isRecord(value) && typeof value.url === 'string') return value.url;
  return '';
}

function fileName(block: Record<string, unknown>): string | undefined {
  const metadata = isRecord(block.metadata) ? block.metadata : {};
  return stringField(metadata, 'filename') ?? stringField(metadata, 'name') ?? stringField(block, 'filename');
}

function stringField(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function article(word: unknown): string {
  return typeof word === 'string' && /^[aeiou]/iu.test(word) ? 'an' : 'a';
}

function unsupported(at: string, problem: string, fix: string): UnsupportedContentError {
  return new UnsupportedContentError(at, problem, fix);
}
