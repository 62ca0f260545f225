/** Why a file could not be turned into a document. */
export type ExtractErrorCode =
  | 'unsupported_kind'
  | 'empty'
  | 'needs_ocr'
  | 'encrypted'
  | 'corrupt'
  | 'too_large'
  | 'timeout'
  | 'internal';

/**
 * The only error `extractDocument` throws. `message` is English and names the file; `messageZh` says
 * the same in Chinese for the web app.
 */
export class ExtractError extends Error {
  override readonly name = 'ExtractError';

  constructor(
    readonly code: ExtractErrorCode,
    message: string,
    readonly messageZh: string,
    readonly fileName = '',
    /** `needs_ocr`: the page images OCR will read. */
    readonly scanPages?: number,
  ) {
    super(message);
  }
}

/** Makes any thrown value an ExtractError (unexpected errors become `corrupt`). */
export function asExtractError(err: unknown, fileName: string, what = 'file'): ExtractError {
  if (err instanceof ExtractError) return err;
  if (err instanceof RangeError && /allocation|memory|size/i.test(err.message)) {
    return new ExtractError(
      'too_large',
      `${fileName}: the ${what} is too large to read (${err.message})`,
      `${fileName}：文件过大，无法读取`,
      fileName,
    );
  }
  const detail = err instanceof Error ? err.message : String(err);
  return new ExtractError(
    'corrupt',
    `${fileName}: the ${what} is damaged or malformed and could not be read (${detail.slice(0, 200)})`,
    `${fileName}：文件已损坏或格式错误，无法读取`,
    fileName,
  );
}
