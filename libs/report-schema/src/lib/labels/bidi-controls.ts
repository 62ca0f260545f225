/**
 * Unicode's bidirectional controls: embeddings and overrides (U+202A–U+202E), isolates
 * (U+2066–U+2069), the left-to-right, right-to-left and Arabic letter marks (U+200E, U+200F,
 * U+061C). Invisible, they reorder what follows: `report\u202Etxt.exe` shows as `reportexe.txt`.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]+/g;

/**
 * What stands where a run of bidi controls was removed: one visible character, so that the name
 * reads in stored order and a reader sees that something was there (`report▯txt.exe`). Not a
 * letter, not a control, unchanged by NFKC, and rare enough in names that it says "removed".
 */
export const BIDI_MARKER = '\u25af';

/**
 * A name (file, office, region) as it is stored: each run of bidi controls replaced by
 * BIDI_MARKER. Every place that takes such a name in uses this one function.
 */
export function markBidiControls(name: string): string {
  return name.replace(BIDI_CONTROLS, BIDI_MARKER);
}
