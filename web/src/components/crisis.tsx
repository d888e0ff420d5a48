import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { api } from '../api.ts';
import type { CrisisLine, CrisisResources } from '../api-types.ts';

/**
 * Crisis resources, reachable from every page: the "Get help now" button in the header opens them
 * in one tap, and the chat shows them inline when the safety protocol is active. They load from
 * the server's directory for the browser's locale; until then (or if the server cannot be
 * reached) a fallback that is never wrong is shown, so the panel is never empty.
 */

/** Shown before the server's directory arrives or when it cannot be fetched. */
const FALLBACK: CrisisResources = {
  emergency: 'your local emergency number',
  lines: [
    {
      name: 'Find A Helpline, a worldwide directory of free, confidential crisis lines',
      contact: 'findahelpline.com',
      source: 'https://findahelpline.com',
    },
  ],
};

interface Crisis {
  resources: CrisisResources;
  /** Opens the "Get help now" panel. */
  open(): void;
  /** Replaces the resources with the ones a reply carried (they follow the conversation's locale). */
  use(resources: CrisisResources): void;
}

const CrisisContext = createContext<Crisis | null>(null);

/** The crisis context; use inside CrisisProvider. */
export function useCrisis(): Crisis {
  const crisis = useContext(CrisisContext);
  if (!crisis) throw new Error('useCrisis needs a CrisisProvider above it');
  return crisis;
}

/** A phone number becomes a `tel:` link, a web address an https link; anything else stays text. */
export function ContactLink(props: { contact: string }): ReactNode {
  const { contact } = props;
  if (/^\+?[\d][\d\s-]{1,20}$/u.test(contact)) {
    return <a href={`tel:${contact.replace(/[\s-]/gu, '')}`}>{contact}</a>;
  }
  if (/^[\w-]+(\.[\w-]+)+(\/\S*)?$/u.test(contact)) {
    return (
      <a href={`https://${contact}`} target="_blank" rel="noreferrer">
        {contact}
      </a>
    );
  }
  return <>{contact}</>;
}

function Lines(props: { lines: readonly CrisisLine[] }): ReactNode {
  return (
    <ul className="crisis-lines">
      {props.lines.map((line) => (
        <li key={`${line.name}|${line.contact}`}>
          <span className="crisis-line-name">{line.name}</span>{' '}
          <strong className="crisis-line-contact">
            <ContactLink contact={line.contact} />
          </strong>
        </li>
      ))}
    </ul>
  );
}

/** The emergency number and crisis lines, as a list (used in the panel and in the chat). */
export function CrisisResourceList(props: { resources: CrisisResources }): ReactNode {
  const { resources } = props;
  const emergencyIsNumber = /^\+?\d[\d\s-]*$/u.test(resources.emergency);
  return (
    <div className="crisis-resources">
      <p className="crisis-emergency">
        If you are in danger or might act on thoughts of harming yourself, call{' '}
        <strong>
          {emergencyIsNumber ? <ContactLink contact={resources.emergency} /> : resources.emergency}
        </strong>{' '}
        now.
      </p>
      <p>Free, confidential support you can reach any time:</p>
      <Lines lines={resources.lines} />
      {resources.abuse && resources.abuse.length > 0 ? (
        <>
          <p>If you are not safe at home:</p>
          <Lines lines={resources.abuse} />
        </>
      ) : null}
    </div>
  );
}

/** Provides the resources and the "Get help now" panel to the whole app. */
export function CrisisProvider(props: { children: ReactNode }): ReactNode {
  const [resources, setResources] = useState<CrisisResources>(FALLBACK);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const locale = navigator.language || '';
    api<CrisisResources>(
      'GET',
      `/api/support/crisis-resources?locale=${encodeURIComponent(locale)}`,
    )
      .then(setResources)
      .catch(() => {
        // Keep the fallback: it is always true.
      });
  }, []);

  const open = useCallback(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const value = useMemo(() => ({ resources, open, use: setResources }), [resources, open]);

  return (
    <CrisisContext.Provider value={value}>
      {props.children}
      <dialog
        ref={dialog}
        className="crisis-dialog"
        aria-labelledby="crisis-dialog-title"
        onClick={(event) => {
          // A click on the backdrop (outside the panel) closes it.
          if (event.target === dialog.current) dialog.current?.close();
        }}
      >
        <div className="crisis-dialog-body">
          <h2 id="crisis-dialog-title">Get help now</h2>
          <CrisisResourceList resources={resources} />
          <p className="muted">
            Alliance is an AI and cannot call anyone for you. It is not an emergency service.
          </p>
          <form method="dialog">
            <button type="submit" className="button" autoFocus>
              Close
            </button>
          </form>
        </div>
      </dialog>
    </CrisisContext.Provider>
  );
}

/** The "Get help now" button: in the header of every page, one tap from the resources. */
export function GetHelpButton(): ReactNode {
  const { open } = useCrisis();
  return (
    <button type="button" className="get-help" onClick={open} aria-haspopup="dialog">
      Get help now
    </button>
  );
}
