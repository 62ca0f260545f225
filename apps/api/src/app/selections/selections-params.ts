import { BadRequestException } from '@nestjs/common';
import { SELECTION_ID_PATTERN } from '@ogi/api-params';

/** A selection id from the path or a query (400 when it cannot be one). */
export function parseSelectionId(value: string): string {
  if (!SELECTION_ID_PATTERN.test(value)) {
    throw new BadRequestException(
      `selection must be an id from POST /api/selections (22 letters, digits, - or _; got "${value.slice(0, 40)}")`,
    );
  }
  return value;
}
