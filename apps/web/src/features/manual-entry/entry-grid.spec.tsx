import { fireEvent, render, screen } from '@testing-library/react';
import { useMemo, useState } from 'react';
import { EntryGrid } from './entry-grid';
import { checkEntry, type EntryTexts } from './entry-values';

// Three tables of inputs render slowly on a loaded machine.
jest.setTimeout(30_000);

const NEW = (column: string) => `表三 一、本年新收政府信息公开申请数量 · ${column}`;

/** The grid as the page holds it: texts in state, checked on every change. */
function Grid() {
  const [texts, setTexts] = useState<EntryTexts>({});
  const check = useMemo(() => checkEntry(texts, '2021'), [texts]);
  const failing = new Set(check.findings.flatMap((finding) => finding.keys));
  return (
    <EntryGrid
      format="2021"
      texts={texts}
      onChange={(changes) => setTexts((current) => ({ ...current, ...changes }))}
      check={check}
      failingKeys={failing}
      highlightKeys={new Set()}
    />
  );
}

function pasteInto(input: HTMLElement, text: string) {
  fireEvent.paste(input, { clipboardData: { getData: () => text } });
}

describe('EntryGrid', () => {
  it('fills a row from the cell a row of numbers is pasted into, and marks a broken total', () => {
    render(<Grid />);
    pasteInto(screen.getByRole('textbox', { name: NEW('自然人') }), '3\t2\t0\t0\t0\t0\t6');
    expect(screen.getByRole('textbox', { name: NEW('商业企业') })).toHaveProperty('value', '2');
    const total = screen.getByRole('textbox', { name: NEW('总计') });
    expect(total).toHaveProperty('value', '6');
    expect(total.getAttribute('aria-invalid')).toBe('true');
  });

  it('moves down the column with the arrow key; a cell the format derives is not typed', () => {
    const { container } = render(<Grid />);
    const natural = screen.getByRole('textbox', { name: NEW('自然人') });
    natural.focus();
    fireEvent.keyDown(natural, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('aria-label')).toBe(
      '表三 二、上年结转政府信息公开申请数量 · 自然人',
    );
    expect(
      container.querySelector(
        'input[data-key], [data-key="applications.other_handling.total.total"] input',
      ),
    ).toBeNull();
  });
});
