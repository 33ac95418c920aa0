import { UnsupportedFunctionalityError, type LanguageModelV4FilePart } from '@ai-sdk/provider';
import { convertToBase64, resolveFullMediaType } from '@ai-sdk/provider-utils';
import type { Base64ImageSource, DocumentBlockParam, ImageBlockParam } from '@resayil/core';

type ImageMediaType = Base64ImageSource['media_type'];
const IMAGE_TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'];

/**
 * A file part of a prompt as a Messages content block: an image (JPEG, PNG, GIF or WebP, as bytes,
 * base64 or a URL) or a PDF document (bytes, base64 or a URL), or a plain-text document. Anything
 * else throws `UnsupportedFunctionalityError` naming the media type.
 */
export function convertFilePart(part: LanguageModelV4FilePart): ImageBlockParam | DocumentBlockParam {
  const mediaType = part.data.type === 'text' ? 'text/plain' : resolveFullMediaType({ part });
  if (mediaType.startsWith('image/')) {
    if (!IMAGE_TYPES.includes(mediaType)) throw unsupported(mediaType);
    if (part.data.type === 'url') return { type: 'image', source: { type: 'url', url: part.data.url.href } };
    if (part.data.type !== 'data') throw unsupported(mediaType);
    return {
      type: 'image',
      source: {
        type: 'base64',
        media_type: mediaType as ImageMediaType,
        data: convertToBase64(part.data.data),
      },
    };
  }
  const title = part.filename === undefined ? {} : { title: part.filename };
  if (mediaType === 'application/pdf') {
    if (part.data.type === 'url')
      return { type: 'document', source: { type: 'url', url: part.data.url.href }, ...title };
    if (part.data.type !== 'data') throw unsupported(mediaType);
    return {
      type: 'document',
      source: { type: 'base64', media_type: 'application/pdf', data: convertToBase64(part.data.data) },
      ...title,
    };
  }
  if (mediaType === 'text/plain') {
    const text =
      part.data.type === 'text'
        ? part.data.text
        : part.data.type === 'data'
          ? decodeText(part.data.data)
          : undefined;
    if (text === undefined) throw unsupported(mediaType);
    return { type: 'document', source: { type: 'text', media_type: 'text/plain', data: text }, ...title };
  }
  throw unsupported(mediaType);
}

function decodeText(data: string | Uint8Array): string {
  if (typeof data !== 'string') return new TextDecoder().decode(data);
  const binary = atob(data);
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

function unsupported(mediaType: string): UnsupportedFunctionalityError {
  return new UnsupportedFunctionalityError({
    functionality: `file part of media type ${mediaType}`,
    message: `Resayil takes images (JPEG, PNG, GIF, WebP), PDFs and plain text as files, not ${mediaType}. Convert the file, or send its content as text.`,
  });
}
