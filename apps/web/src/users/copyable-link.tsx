import { useId, useState, type ReactNode } from 'react';

/**
 * A one-time link to pass on by hand (Kairos sends no email in the embedded setup): shown in a
 * read-only field, with a button that copies it. `children` says who it is for and until when.
 */
export function CopyableLink({ link, label, children }: { link: string; label: string; children: ReactNode }) {
  const id = useId();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };
  return (
    <div className="copyable-link">
      <div className="muted">{children}</div>
      <label htmlFor={id}>{label}</label>
      <div className="copyable-link-row">
        <input id={id} type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
        <button type="button" onClick={() => void copy()}>
          Copy link
        </button>
      </div>
      {copied && (
        <p role="status" className={copied === 'yes' ? 'ok' : 'field-error'}>
          {copied === 'yes' ? 'Copied: paste it into a message to them.' : 'The browser did not let Kairos copy: select the link and copy it yourself.'}
        </p>
      )}
    </div>
  );
}
