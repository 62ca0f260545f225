import { BadRequestException } from '@nestjs/common';
import { ID_MAX } from '@ogi/report-schema';

export type Raw = Record<string, unknown>;

// Passed on: every endpoint's parameters take the bound from here.
export { ID_MAX };

/** A 400 whose message names every problem (also listed one by one). */
export function badRequest(problems: readonly string[]): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: problems.join('; '),
    problems,
  });
}

/**
 * Collects what is wrong with a request's query or JSON body, so that one 400 names every bad
 * parameter. Only checked values come out: nothing from the request reaches SQL as text.
 */
export class Problems {
  readonly list: string[] = [];

  single(raw: Raw, name: string): string | undefined {
    const value = raw[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      this.list.push(`${name} must be given once`);
      return undefined;
    }
    return value.trim() === '' ? undefined : value.trim();
  }

  integer(raw: Raw, name: string, min: number, max: number): number | undefined {
    const value = this.single(raw, name);
    return value === undefined ? undefined : this.wholeNumber(name, value, min, max);
  }

  /** A text of digits read as a whole number in range (a query value, an item of a list). */
  wholeNumber(name: string, value: string, min: number, max: number): number | undefined {
    const parsed = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
      this.list.push(`${name} must be a whole number from ${min} to ${max} (got "${value}")`);
      return undefined;
    }
    return parsed;
  }

  /** One of `allowed`, from a query string or a JSON body. */
  choice<T extends string>(raw: Raw, name: string, allowed: readonly T[]): T | undefined {
    const value = raw[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      this.list.push(`${name} must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`);
      return undefined;
    }
    return value as T;
  }

  /** A JSON string of 1 to `maxLength` characters (trimmed); null only where allowed. */
  text(raw: Raw, name: string, maxLength: number): string | undefined {
    const value = raw[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || value.trim() === '' || value.trim().length > maxLength) {
      this.list.push(`${name} must be a text of 1 to ${maxLength} characters`);
      return undefined;
    }
    return value.trim();
  }

  /** A JSON id (positive integer); `null` passes through when `nullable`. */
  id(raw: Raw, name: string, nullable = false): number | null | undefined {
    const value = raw[name];
    if (value === undefined) return undefined;
    if (value === null && nullable) return null;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1 || value > ID_MAX) {
      this.list.push(
        `${name} must be a positive whole number${nullable ? ' or null' : ''} (got ${JSON.stringify(value)})`,
      );
      return undefined;
    }
    return value;
  }

  /** A JSON array of texts, each 1 to `maxLength` characters. */
  texts(raw: Raw, name: string, maxLength: number): string[] | undefined {
    const value = raw[name];
    if (value === undefined) return undefined;
    const valid =
      Array.isArray(value) &&
      value.every(
        (item) => typeof item === 'string' && item.trim() !== '' && item.trim().length <= maxLength,
      );
    if (!valid) {
      this.list.push(`${name} must be a list of texts of 1 to ${maxLength} characters`);
      return undefined;
    }
    return (value as string[]).map((item) => item.trim());
  }

  required<T>(value: T | undefined, name: string): T | undefined {
    if (value === undefined && !this.list.some((problem) => problem.startsWith(`${name} `)))
      this.list.push(`${name} is required`);
    return value;
  }

  unknown(raw: Raw, known: readonly string[]): void {
    const extra = Object.keys(raw).filter((name) => !known.includes(name));
    if (extra.length > 0) {
      this.list.push(
        `unknown parameter${extra.length > 1 ? 's' : ''} ${extra.join(', ')} (allowed: ${known.join(', ')})`,
      );
    }
  }

  throwIfAny(): void {
    if (this.list.length > 0) throw badRequest(this.list);
  }
}

/** A JSON body as an object (400 otherwise). */
export function bodyObject(body: unknown): Raw {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new BadRequestException('send a JSON object as the body');
  }
  return body as Raw;
}

/** An id from the path, e.g. `parsePathId('region', '12')`. */
export function parsePathId(what: string, value: string): number {
  const id = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(id) || id < 1 || id > ID_MAX) {
    throw new BadRequestException(`${what} id must be a positive whole number (got "${value}")`);
  }
  return id;
}
