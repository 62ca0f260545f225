import type { ReactNode } from 'react';
import { navigate } from '../../app/navigation';
import { useCan } from '../../app/session-context';

/**
 * A real link inside the app: a plain click moves without reloading, a middle or modified click
 * opens a tab (the href carries the page and its filters).
 */
export function AppLink({
  href,
  children,
  className,
  title,
  testId,
}: {
  href: string;
  children: ReactNode;
  className?: string;
  title?: string;
  testId?: string;
}) {
  return (
    <a
      href={href}
      className={className}
      title={title}
      data-testid={testId}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        const url = new URL(href, window.location.origin);
        navigate(url.pathname, url.search);
        if (url.hash) document.getElementById(url.hash.slice(1))?.scrollIntoView();
        else window.scrollTo(0, 0);
      }}
    >
      {children}
    </a>
  );
}

/** A link to the single-report page (filters kept, so 返回 comes back to the same view). */
export function ReportLink({ id, children }: { id: number; children?: ReactNode }) {
  return <AppLink href={`/reports/${id}${window.location.search}`}>{children ?? '查看'}</AppLink>;
}

/**
 * A link to 手工填报 from a report or a failed file, or (without an id) for a paper copy, for
 * editors (others cannot store it).
 */
export function ManualEntryLink({ id, children }: { id?: number; children?: ReactNode }) {
  const mayEnter = useCan('editor');
  if (!mayEnter) return null;
  const path = id === undefined ? '/manual' : `/manual/${id}`;
  return (
    <AppLink href={`${path}${window.location.search}`} testId={`manual-entry-${id ?? 'paper'}`}>
      {children ?? '手工填报'}
    </AppLink>
  );
}
