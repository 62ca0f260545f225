import type { ReactNode } from 'react';
import { navigate } from '../../app/navigation';

/** A link to the single-report page; a plain click stays in the app, other clicks open a tab. */
export function ReportLink({ id, children }: { id: number; children?: ReactNode }) {
  const href = `/reports/${id}`;
  return (
    <a
      href={href}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        navigate(href, '');
      }}
    >
      {children ?? '查看'}
    </a>
  );
}
