import { Problems, type Raw } from '../params/problems';

/**
 * Reads query parameters one by one, collecting every problem, so a 400 names all bad parameters
 * at once. Only checked values come out; nothing raw reaches a query.
 */
export class QueryReader {
  private readonly problems = new Problems();
  /** The parameters asked for: any other one is unknown. */
  private readonly read = new Set<string>();

  constructor(private readonly raw: Raw) {}

  problem(message: string): void {
    this.problems.list.push(message);
  }

  text(name: string): string | undefined {
    this.read.add(name);
    return this.problems.single(this.raw, name);
  }

  int(name: string, min: number, max: number): number | undefined {
    const value = this.text(name);
    return value === undefined ? undefined : this.problems.wholeNumber(name, value, min, max);
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const value = this.text(name);
    if (value === undefined || (allowed as readonly string[]).includes(value)) {
      return value as T | undefined;
    }
    this.problem(`${name} must be one of ${allowed.join(', ')} (got "${value}")`);
    return undefined;
  }

  /** A comma list of whole numbers, each in range; duplicates dropped. `hint` follows "too many". */
  intList(
    name: string,
    min: number,
    max: number,
    maxItems: number,
    hint?: string,
  ): number[] | undefined {
    const items = this.list(name, maxItems, hint);
    if (!items) return undefined;
    const values = items.map((item) => this.problems.wholeNumber(name, item, min, max));
    return values.every((value) => value !== undefined) ? [...new Set(values)] : undefined;
  }

  /** A comma list of allowed words; unknown ones are named in the message. */
  wordList<T extends string>(
    name: string,
    allowed: readonly T[],
    maxItems: number,
  ): T[] | undefined {
    const items = this.list(name, maxItems);
    if (!items) return undefined;
    const unknown = items.filter((item) => !(allowed as readonly string[]).includes(item));
    if (unknown.length > 0) {
      this.problem(
        `${name}: unknown ${unknown.map((item) => `"${item}"`).join(', ')} (allowed: ${allowed.join(', ')})`,
      );
      return undefined;
    }
    return [...new Set(items)] as T[];
  }

  /** Fails on parameters no reader asked for. Call after reading everything. */
  done(): void {
    this.problems.unknown(this.raw, [...this.read]);
    this.problems.throwIfAny();
  }

  private list(name: string, maxItems: number, hint?: string): string[] | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    const items = value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');
    if (items.length > maxItems) {
      this.problem(
        `${name} takes at most ${maxItems} values (got ${items.length})${hint ? `: ${hint}` : ''}`,
      );
      return undefined;
    }
    return items;
  }
}
