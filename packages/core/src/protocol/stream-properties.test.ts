import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  STREAM_FIXTURES,
  lineEndingVariants,
  runStream,
  splitAt,
  terminalOffset,
  textOf,
} from './__fixtures__/stream-harness.ts';
import { TruncatedStreamError } from './errors/truncated-stream-error.ts';
import type { Message } from './wire/anthropic.ts';

// The properties of every recorded stream (`stream-fixtures.test.ts` has what each one yields).
// Thousands of decodes per run: the mutation run leaves this file out, as it does the fuzz suite.

function fixture(file: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`./__fixtures__/${file}`, import.meta.url)));
}

describe('chunking never changes the result (property)', () => {
  for (const { file, kind } of STREAM_FIXTURES) {
    describe(file, () => {
      const variants = lineEndingVariants(fixture(file));
      // Decoded inside each test, not while the suite is collected, so that mutation testing sees
      // which test covers which code (code run at collection counts as covered by every test).
      const reference = () => runStream(kind, [variants.lf]);

      it('one byte at a time, in every line-ending variant', () => {
        const { events, message } = reference();
        for (const [name, bytes] of Object.entries(variants)) {
          const run = runStream(kind, splitAt(bytes, [...bytes.keys()]));
          expect(run.events, name).toEqual(events);
          expect(run.message, name).toEqual(message);
        }
      });

      it('split in two at every position (inside multi-byte characters and CRLF pairs)', () => {
        const { events, message } = reference();
        const bytes = variants.crlf;
        for (let cut = 1; cut < bytes.length; cut++) {
          const run = runStream(kind, splitAt(bytes, [cut]));
          expect(run.message, `cut at ${cut}`).toEqual(message);
          expect(run.events.length, `cut at ${cut}`).toBe(events.length);
        }
      });

      it('any random chunking', () => {
        const { events, message } = reference();
        const variant = fc.constantFrom(...(Object.keys(variants) as Array<keyof typeof variants>));
        const cuts = fc.array(fc.integer({ min: 1, max: variants.crlf.length }), { maxLength: 60 });
        fc.assert(
          fc.property(variant, cuts, (name, positions) => {
            const run = runStream(kind, splitAt(variants[name], positions));
            expect(run.events).toEqual(events);
            expect(run.message).toEqual(message);
          }),
          { numRuns: 150 },
        );
      });
    });
  }
});

describe('truncation: a stream without its terminal event is an error, never a short answer (property)', () => {
  for (const { file, kind } of STREAM_FIXTURES) {
    const marker = kind === 'anthropic' ? '"type":"message_stop"' : '[DONE]';

    it(`${file}: every prefix`, () => {
      const variants = lineEndingVariants(fixture(file));
      const fullText = textOf(runStream(kind, [variants.lf]).message as Message);
      for (const [name, bytes] of Object.entries(variants)) {
        const complete = terminalOffset(bytes, marker);
        const reference = runStream(kind, [bytes]).message;
        for (let length = 0; length <= bytes.length; length++) {
          const run = runStream(kind, [bytes.subarray(0, length)]);
          const where = `${name} prefix ${length}/${bytes.length}`;
          if (length < complete) {
            expect(TruncatedStreamError.isInstance(run.error), where).toBe(true);
            const error = run.error as TruncatedStreamError;
            expect(error.partial, where).toEqual(run.accumulator.snapshot());
            expect(fullText.startsWith(textOf(error.partial)), where).toBe(true);
            expect(run.accumulator.ended, where).toBe(false);
          } else {
            expect(run.error, where).toBeUndefined();
            expect(run.message, where).toEqual(reference);
          }
        }
      }
    });

    it(`${file}: random prefixes in random chunks`, () => {
      const bytes = lineEndingVariants(fixture(file)).crlf;
      const complete = terminalOffset(bytes, marker);
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: complete - 1 }),
          fc.array(fc.integer({ min: 1, max: bytes.length }), { maxLength: 20 }),
          (length, cuts) => {
            const prefix = bytes.subarray(0, length);
            const run = runStream(kind, splitAt(prefix, cuts));
            expect(TruncatedStreamError.isInstance(run.error)).toBe(true);
            expect((run.error as TruncatedStreamError).partial).toEqual(
              runStream(kind, [prefix]).accumulator.snapshot(),
            );
          },
        ),
        { numRuns: 100 },
      );
    });
  }
});
