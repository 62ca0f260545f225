import { ExtractError } from './errors';

/**
 * Deepest element nesting read from HTML or WordprocessingML. htmlparser2 keeps its open elements
 * in an array it unshifts and searches, so each tag costs the depth: 200,000 nested <div>s, or a
 * Word document whose closing tags were damaged, take minutes. Real files stay far below.
 */
export const MAX_MARKUP_DEPTH = 2000;

/**
 * Counts open elements as the parser reports them (implied and void closes included); throws out
 * of `parser.write` once past the limit, before the parser slows down.
 */
export function markupDepthGuard(what: { en: string; zh: string }) {
  let depth = 0;
  return {
    open(): void {
      if (++depth > MAX_MARKUP_DEPTH) {
        throw new ExtractError(
          'too_large',
          `the ${what.en} nests elements more than ${MAX_MARKUP_DEPTH} levels deep; refused`,
          `${what.zh}元素嵌套超过 ${MAX_MARKUP_DEPTH} 层，已拒绝`,
        );
      }
    },
    close(): void {
      depth--;
    },
  };
}
