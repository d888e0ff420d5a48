import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

/** A labelled input with an optional hint, tied together for screen readers. */
export function Field(
  props: InputHTMLAttributes<HTMLInputElement> & { label: string; hint?: string },
): ReactNode {
  const { label, hint, ...input } = props;
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <input id={id} {...(hint ? { 'aria-describedby': hintId } : {})} {...input} />
    </div>
  );
}
