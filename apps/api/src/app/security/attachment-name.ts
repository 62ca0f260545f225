import { markBidiControls } from '@ogi/report-schema';

/**
 * A file name as sent in Content-Disposition: never a control character, whatever was stored
 * (names stored before bidi controls were marked on the way in keep them): bidi controls marked
 * as on the way in, every other control (C0, DEL, C1) removed.
 */
export function attachmentName(name: string, fallback: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = markBidiControls(name).replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
  return clean.trim() || fallback;
}
