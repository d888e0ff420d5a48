import {
  createContext,
  useContext,
  useEffect,
  useState,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';

/**
 * A small history-API router: the app has a handful of pages, so a dependency would be more
 * than it needs. Paths are matched against patterns such as `/staff/clients/:id`.
 */

const listeners = new Set<() => void>();

/** Goes to a path inside the app (pushes a history entry unless `replace`). */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  for (const listener of listeners) listener();
}

function usePathname(): string {
  const [pathname, setPathname] = useState(() => window.location.pathname);
  useEffect(() => {
    const update = () => setPathname(window.location.pathname);
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return pathname;
}

/** The parameters of a pattern matched against a path, or null when it does not match. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = pathname.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i += 1) {
    const part = want[i] as string;
    const value = have[i] as string;
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(value);
    else if (part !== value) return null;
  }
  return params;
}

interface Location {
  pathname: string;
  params: Record<string, string>;
}

const LocationContext = createContext<Location>({ pathname: '/', params: {} });

/** The current path and the parameters of the route that matched it. */
export function useLocation(): Location {
  return useContext(LocationContext);
}

/** Renders the first route whose pattern matches the current path (`fallback` otherwise). */
export function Router<R extends { path: string }>(props: {
  routes: readonly R[];
  render(route: R, params: Record<string, string>): ReactNode;
  fallback: ReactNode;
}): ReactNode {
  const pathname = usePathname();
  for (const route of props.routes) {
    const params = matchPath(route.path, pathname);
    if (params) {
      return (
        <LocationContext.Provider value={{ pathname, params }}>
          {props.render(route, params)}
        </LocationContext.Provider>
      );
    }
  }
  return (
    <LocationContext.Provider value={{ pathname, params: {} }}>
      {props.fallback}
    </LocationContext.Provider>
  );
}

/** A link that changes page without reloading (ordinary links for modified clicks). */
export function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }): ReactNode {
  const { to, onClick, ...rest } = props;
  const pathname = usePathname();
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a
      href={to}
      onClick={follow}
      {...(pathname === to ? { 'aria-current': 'page' as const } : {})}
      {...rest}
    />
  );
}
