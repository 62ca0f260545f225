import { markBidiControls } from '@ogi/report-schema';

/**
 * A name of a file, office, region or alias as the repositories store and look it up: trimmed,
 * bidi controls marked (markBidiControls). Applied in the repositories, so every way in (api,
 * CLI, region import, uploads, names read from reports) stores the same form, and a name is
 * looked up in the form it was stored in.
 */
export function storedName(name: string): string {
  return markBidiControls(name.trim());
}
