import { labelBody } from './normalise-label';

/**
 * What a parser needs to recognise one printed label: the exact label of the template, the
 * variants seen in real reports, and short keywords that identify it after normalisation.
 */
export interface LabelSpec {
  /** Exactly as the template prints it (full-width punctuation). */
  label: string;
  /** Other printed forms seen in real reports (typos, truncations, older wording). */
  variants: readonly string[];
  /**
   * Normalised fragments (see labelBody) that identify the label by containment. A keyword that is
   * ambiguous on its own (其他) is marked positional by the owner of the label.
   */
  keywords: readonly string[];
}

export function labelSpec(
  label: string,
  variants: readonly string[] = [],
  keywords: readonly string[] = [],
): LabelSpec {
  return { label, variants, keywords: keywords.length > 0 ? keywords : [labelBody(label)] };
}

/** True when a printed label is the label, one of its variants, or contains one of its keywords. */
export function matchesLabel(spec: LabelSpec, printed: string): boolean {
  const body = labelBody(printed);
  if (body.length === 0) return false;
  if ([spec.label, ...spec.variants].some((candidate) => labelBody(candidate) === body))
    return true;
  return spec.keywords.some((keyword) => body.includes(keyword));
}
