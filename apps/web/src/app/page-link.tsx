import type { MouseEvent, ReactNode } from 'react';
import { useSearch } from '../data-access/use-url-filters';
import { navigate } from './navigation';

/**
 * A link to another page of the app: a real href (open in a new tab, copy the address) that
 * moves without reloading on a plain click, keeping the filters in the query string.
 */
export function PageLink({
  to,
  children,
  className,
  current = false,
}: {
  to: string;
  children: ReactNode;
  className?: string;
  /** The link to the page on screen (aria-current="page"). */
  current?: boolean;
}) {
  const href = `${to}${useSearch()}`;
  function follow(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    navigate(to);
  }
  return (
    <a
      href={href}
      onClick={follow}
      className={className}
      aria-current={current ? 'page' : undefined}
    >
      {children}
    </a>
  );
}
