import type { FormatVersion } from '@ogi/report-schema';
import { useMemo, useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { LayoutTable } from '../report-tables/report-tables';
import { cellName } from '../report-tables/cell-names';
import { cellMoves, rowFrom, type Move } from './cell-moves';
import { entryLayouts, typedKeys, type EntryCheck, type EntryTexts } from './entry-values';
import { pastedRows } from './pasted-rows';

export interface EntryGridProps {
  format: FormatVersion;
  texts: EntryTexts;
  /** Texts typed or pasted, by key (a paste changes several at once). */
  onChange: (changes: Record<string, string>) => void;
  check: EntryCheck;
  /** Cells a failing rule involves. */
  failingKeys: ReadonlySet<string>;
  /** Cells to point out (the rule under the pointer). */
  highlightKeys: ReadonlySet<string>;
}

const ARROWS: Readonly<Record<string, Move>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** Whether an arrow key should leave the input rather than move its caret. */
function leaves(input: HTMLInputElement, move: Move): boolean {
  if (move === 'up' || move === 'down') return true;
  const { selectionStart, selectionEnd, value } = input;
  if (selectionStart !== selectionEnd) return false;
  return move === 'left' ? selectionStart === 0 : selectionEnd === value.length;
}

/**
 * The three official tables of a format with an input in every cell a person types: laid out by
 * report-tables' LayoutTable from report-schema's rows (a cell the format derives is not laid out:
 * never typed). Tab and
 * the arrow keys move between cells; a row pasted from Excel or a PDF fills the row from the cell.
 */
export function EntryGrid(props: EntryGridProps) {
  const { format, texts, onChange, check } = props;
  const layouts = useMemo(() => entryLayouts(format), [format]);
  const order = useMemo(() => typedKeys(format), [format]);
  const move = useMemo(() => cellMoves(layouts, order), [layouts, order]);
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const versions = { active: format, applications: format, appeals: format };

  function focus(key: string | null) {
    const input = key ? inputs.current.get(key) : undefined;
    input?.focus();
    input?.select();
  }

  function keyDown(key: string, event: KeyboardEvent<HTMLInputElement>) {
    const direction = ARROWS[event.key];
    if (!direction || !leaves(event.currentTarget, direction)) return;
    const next = move(key, direction);
    if (!next) return;
    event.preventDefault();
    focus(next);
  }

  function paste(key: string, event: ClipboardEvent<HTMLInputElement>) {
    const rows = pastedRows(event.clipboardData.getData('text/plain'));
    if (!rows) return;
    event.preventDefault();
    const changes: Record<string, string> = {};
    let last: string | null = null;
    rows.forEach((cells, down) => {
      const keys = rowFrom(layouts, order, key, down);
      cells.slice(0, keys.length).forEach((text, at) => {
        changes[keys[at]] = text;
        last = keys[at];
      });
    });
    onChange(changes);
    focus(last);
  }

  return (
    <div className="report-tables entry-grid">
      {layouts.map((layout) => (
        <LayoutTable
          key={layout.table}
          layout={layout}
          renderValue={(key, colSpan, at) => {
            const name = cellName(key, versions);
            const problem = check.problems.get(key);
            const classes = [
              'report-value',
              problem ? 'entry-problem' : '',
              props.failingKeys.has(key) ? 'report-value-failing' : '',
              props.highlightKeys.has(key) ? 'report-value-highlight' : '',
            ].filter(Boolean);
            return (
              <td key={at} colSpan={colSpan} className={classes.join(' ')} data-key={key}>
                <input
                  ref={(input) => {
                    if (input) inputs.current.set(key, input);
                    else inputs.current.delete(key);
                  }}
                  className="entry-input"
                  aria-label={name}
                  aria-invalid={problem || props.failingKeys.has(key) ? true : undefined}
                  title={problem ?? undefined}
                  inputMode="decimal"
                  autoComplete="off"
                  value={texts[key] ?? ''}
                  onChange={(event) => onChange({ [key]: event.target.value })}
                  onKeyDown={(event) => keyDown(key, event)}
                  onPaste={(event) => paste(key, event)}
                />
              </td>
            );
          }}
        />
      ))}
    </div>
  );
}
