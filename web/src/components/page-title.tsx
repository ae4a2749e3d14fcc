import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's heading. It takes the focus when the page opens, so a keyboard or screen-reader user starts at the new
 * page's top after a link is followed, and it names the browser tab.
 */
export function PageTitle({ children, text }: { readonly children?: ReactNode; readonly text: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${text} · ordergate`;
    heading.current?.focus({ preventScroll: true });
  }, [text]);
  return (
    <h1 ref={heading} tabIndex={-1} className="page-title">
      {children ?? text}
    </h1>
  );
}
