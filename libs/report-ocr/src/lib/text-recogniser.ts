import { InferenceSession, Tensor } from 'onnxruntime-node';
import type { GreyImage } from './grey-image';
import type { PixelBox } from './ink-words';
import { loadAlphabet, modelFiles } from './model-files';

/** The recognition model's input height; crops are scaled to it. */
const INPUT_HEIGHT = 48;
/** Widest input (pixels after scaling); wider crops are squeezed (long prose lines). */
const MAX_INPUT_WIDTH = 2400;
/** Crops wider than this many times their height hold words, not a lone figure. */
const WIDE_CROP = 2.5;
/** Width kept of a line of characters (measured: same readings of the fixtures' labels at 0.5, a fifth less time per page). */
const LINE_SQUEEZE = 0.5;
/** Crops per model run, and how much wider than the narrowest the widest of a batch may be. */
const BATCH = { size: 32, widthRatio: 1.35, widthSlack: 16 };

/** What a figure cell may hold; value cells are decoded with these characters only. */
export const NUMBER_CHARACTERS = '0123456789,.-—/无 ';

export interface Recognition {
  text: string;
  /** The lowest probability among the characters chosen (0 when nothing was read). */
  confidence: number;
  /** The text when decoded with the number characters only, and its confidence. */
  asNumber: { text: string; confidence: number };
}

/** A crop to read: a box of the page image, plus a margin of paper around it. */
export interface CropRequest {
  box: PixelBox;
  /** Paper added on each side, pixels. */
  margin: number;
  /** Least crop height (a dash or a dot is padded to a line's height). */
  minHeight: number;
}

/** Runs PP-OCRv4's recognition model over word crops, greedy CTC decoding. */
export class TextRecogniser {
  private constructor(
    private readonly session: InferenceSession,
    private readonly alphabet: string[],
    private readonly numberClasses: NumberGroup[],
  ) {}

  static async load(): Promise<TextRecogniser> {
    const files = modelFiles();
    const session = await InferenceSession.create(files.recognition, {
      intraOpNumThreads: 1,
      interOpNumThreads: 1,
      graphOptimizationLevel: 'all',
    });
    const alphabet = loadAlphabet(files.dictionary);
    return new TextRecogniser(session, alphabet, numberGroups(alphabet));
  }

  async close(): Promise<void> {
    await this.session.release();
  }

  /** Reads each crop of the image; results in the order of the requests. */
  async recognise(image: GreyImage, crops: CropRequest[]): Promise<Recognition[]> {
    const inputs = crops.map((c) => scaledCrop(image, c));
    const order = inputs.map((_, i) => i).sort((a, b) => inputs[a].width - inputs[b].width);
    const results: Recognition[] = new Array(crops.length);
    let at = 0;
    while (at < order.length) {
      const first = inputs[order[at]].width;
      let end = at + 1;
      while (
        end < order.length &&
        end - at < BATCH.size &&
        inputs[order[end]].width <= first * BATCH.widthRatio + BATCH.widthSlack
      )
        end++;
      const batch = order.slice(at, end);
      const decoded = await this.run(batch.map((i) => inputs[i]));
      batch.forEach((i, k) => (results[i] = decoded[k]));
      at = end;
    }
    return results;
  }

  private async run(crops: ScaledCrop[]): Promise<Recognition[]> {
    const width = Math.max(...crops.map((c) => c.width));
    const plane = INPUT_HEIGHT * width;
    // Paper (white) is 1 after normalisation: the padding on the right reads as blank.
    const input = new Float32Array(crops.length * 3 * plane).fill(1);
    crops.forEach((crop, n) => {
      for (let y = 0; y < INPUT_HEIGHT; y++) {
        for (let x = 0; x < crop.width; x++) {
          const v = crop.data[y * crop.width + x] / 127.5 - 1;
          const at = n * 3 * plane + y * width + x;
          input[at] = v;
          input[at + plane] = v;
          input[at + 2 * plane] = v;
        }
      }
    });
    const feeds = {
      [this.session.inputNames[0]]: new Tensor('float32', input, [
        crops.length,
        3,
        INPUT_HEIGHT,
        width,
      ]),
    };
    const output = (await this.session.run(feeds))[this.session.outputNames[0]];
    const [, steps, classes] = output.dims as number[];
    const probs = output.data as Float32Array;
    return crops.map((crop, n) => {
      // Time steps beyond the crop's own width saw only padding.
      const used = Math.min(steps, Math.ceil((crop.width / width) * steps) + 1);
      return this.decode(probs, n * steps * classes, used, classes);
    });
  }

  /** Greedy CTC: best class per step, repeats collapsed, blanks dropped; both alphabets. */
  private decode(probs: Float32Array, offset: number, steps: number, classes: number): Recognition {
    const full = { text: '', confidence: 1, last: 0 };
    const num = { text: '', confidence: 1, last: -1 };
    for (let t = 0; t < steps; t++) {
      const row = offset + t * classes;
      let best = 0;
      for (let k = 1; k < classes; k++) if (probs[row + k] > probs[row + best]) best = k;
      if (best !== 0 && best !== full.last) {
        full.text += this.alphabet[best] ?? '';
        full.confidence = Math.min(full.confidence, probs[row + best]);
      }
      full.last = best;
      // Restricted to figures: each figure character with its look-alikes (0 with O and 〇), the
      // group's probability summed; -1 stands for the blank.
      let bestGroup = -1;
      let bestP = probs[row];
      this.numberClasses.forEach((group, g) => {
        let p = 0;
        for (const k of group.classes) p += probs[row + k];
        if (p > bestP) [bestGroup, bestP] = [g, p];
      });
      if (bestGroup !== -1 && bestGroup !== num.last) {
        num.text += this.numberClasses[bestGroup].char;
        num.confidence = Math.min(num.confidence, bestP);
      }
      num.last = bestGroup;
    }
    return {
      text: full.text.trim(),
      confidence: full.text.trim() ? full.confidence : 0,
      asNumber: { text: num.text.trim(), confidence: num.text.trim() ? num.confidence : 0 },
    };
  }
}

/** A figure character and the classes that print it (itself, full-width and look-alike forms). */
interface NumberGroup {
  char: string;
  classes: number[];
}

/** What else the model may call a figure character in a figure cell: the same mark. */
const LOOK_ALIKES: Record<string, string> = {
  '0': 'OoＯ〇０',
  '1': 'lI|１丨',
  '2': '２',
  '3': '３',
  '4': '４',
  '5': '５',
  '6': '６',
  '7': '７',
  '8': '８',
  '9': '９',
  ',': '，',
  '.': '．',
  '-': '－–',
  '—': '一─',
  '/': '／',
};

function numberGroups(alphabet: string[]): NumberGroup[] {
  const index = new Map<string, number>();
  alphabet.forEach((ch, k) => {
    if (k > 0 && !index.has(ch)) index.set(ch, k);
  });
  return [...NUMBER_CHARACTERS].flatMap((char) => {
    const classes = [char, ...(LOOK_ALIKES[char] ?? '')]
      .map((c) => index.get(c))
      .filter((k): k is number => k !== undefined);
    return classes.length ? [{ char, classes }] : [];
  });
}

interface ScaledCrop {
  data: Uint8Array;
  width: number;
}

/** The crop of the image around `box` (paper beyond the page), scaled to the model's height. */
function scaledCrop(image: GreyImage, req: CropRequest): ScaledCrop {
  const { box, margin } = req;
  const h = box.y1 - box.y0 + 1;
  const extra = Math.max(0, req.minHeight - h) / 2;
  const y0 = box.y0 - margin - extra;
  const y1 = box.y1 + margin + extra;
  // A lone narrow glyph ("0", "-") is read more surely with paper either side of it.
  const extraX = Math.max(0, 0.8 * (y1 - y0 + 1) - (box.x1 - box.x0 + 1 + 2 * margin)) / 2;
  const x0 = box.x0 - margin - extraX;
  const x1 = box.x1 + margin + extraX;
  const srcW = x1 - x0 + 1;
  const srcH = y1 - y0 + 1;
  const scale = INPUT_HEIGHT / srcH;
  // Lines of characters (wider than a figure) are squeezed along the line: the model reads square
  // Chinese characters from about half their width, and its cost grows with the input width.
  const squeeze = srcW > WIDE_CROP * srcH ? LINE_SQUEEZE : 1;
  const width = Math.max(8, Math.min(MAX_INPUT_WIDTH, Math.round(srcW * scale * squeeze)));
  const sx = srcW / width;
  const sy = srcH / INPUT_HEIGHT;
  const data = new Uint8Array(width * INPUT_HEIGHT);
  // Area-averaging (box filter) when shrinking, bilinear-free sampling when growing.
  for (let y = 0; y < INPUT_HEIGHT; y++) {
    const fy0 = y0 + y * sy;
    const fy1 = fy0 + sy;
    for (let x = 0; x < width; x++) {
      const fx0 = x0 + x * sx;
      const fx1 = fx0 + sx;
      let sum = 0;
      let n = 0;
      for (let py = Math.floor(fy0); py < Math.max(Math.floor(fy0) + 1, Math.ceil(fy1)); py++) {
        for (let px = Math.floor(fx0); px < Math.max(Math.floor(fx0) + 1, Math.ceil(fx1)); px++) {
          sum +=
            px >= 0 && py >= 0 && px < image.width && py < image.height
              ? image.data[py * image.width + px]
              : 255;
          n++;
        }
      }
      data[y * width + x] = sum / n;
    }
  }
  return { data, width };
}
