import { useEffect, useRef, type ReactNode } from 'react';

let firstPage = true;

/**
 * A page: sets the document title and, after a navigation, moves focus to the page's heading so
 * a screen reader announces the new page and the keyboard starts from the top of it.
 */
export function Page(props: {
  title: string;
  children: ReactNode;
  /** Extra class for the page's wrapper (e.g. `wide` for the chat's two columns). */
  className?: string;
  /** Set false when the page focuses something itself (the chat focuses its message box). */
  focusHeading?: boolean;
  /** The visible heading, when it differs from the title. */
  heading?: ReactNode;
}): ReactNode {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${props.title} · Alliance`;
    if (firstPage) {
      firstPage = false;
      return;
    }
    if (props.focusHeading !== false) heading.current?.focus();
  }, [props.title, props.focusHeading]);
  return (
    <div className={`page ${props.className ?? ''}`.trim()}>
      <h1 ref={heading} tabIndex={-1}>
        {props.heading ?? props.title}
      </h1>
      {props.children}
    </div>
  );
}

/** A message for the person: an error (announced at once) or a quiet status. */
export function Notice(props: { kind: 'error' | 'status'; children: ReactNode }): ReactNode {
  return (
    <p className={`notice notice-${props.kind}`} role={props.kind === 'error' ? 'alert' : 'status'}>
      {props.children}
    </p>
  );
}
