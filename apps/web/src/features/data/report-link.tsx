import type { ReactNode } from 'react';
import { navigate } from '../../app/navigation';

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
