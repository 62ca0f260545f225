import * as OpenCC from 'opencc-js/cn2t';

let converter: ((text: string) => string) | null = null;

/**
 * Simplified text as a mirror site serves it (the 武汉 wiki mirror): traditional characters, and
 * 文件 in the Taiwan word 檔案 (規範性檔案), while 信息 and the rest keep their mainland words.
 * Built on first use; the dictionaries are large.
 */
export function toTraditional(text: string): string {
  converter ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  return converter(text).replace(/文件/g, '檔案');
}
