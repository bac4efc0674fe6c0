// A before/after text diff. In the app it is Monaco's diff editor, loaded on first use (it is large);
// until then, and where Monaco cannot run (component tests), the two texts side by side do the job.
import { createContext, lazy, Suspense, useContext, type ComponentType } from 'react';

export interface TextDiffProps {
  /** Accessible name of the diff, e.g. "Message of t1-pre-sms". */
  label: string;
  language: 'liquid' | 'json';
  before: string;
  after: string;
  height?: number;
}

export const BEFORE_CAPTION = 'Live version';
export const AFTER_CAPTION = 'Submitted';

/** The two texts in labelled columns. */
export function PlainTextDiff({ label, before, after }: TextDiffProps) {
  return (
    <div className="plain-diff" role="group" aria-label={label}>
      <figure>
        <figcaption>{BEFORE_CAPTION}</figcaption>
        <pre aria-label={`${label}: ${BEFORE_CAPTION.toLowerCase()}`}>{before || '(nothing)'}</pre>
      </figure>
      <figure>
        <figcaption>{AFTER_CAPTION}</figcaption>
        <pre aria-label={`${label}: ${AFTER_CAPTION.toLowerCase()}`}>{after || '(nothing)'}</pre>
      </figure>
    </div>
  );
}

const MonacoDiffEditor = lazy(() => import('./monaco-diff-editor'));

function LazyMonacoDiff(props: TextDiffProps) {
  return (
    <Suspense fallback={<PlainTextDiff {...props} />}>
      <MonacoDiffEditor {...props} />
    </Suspense>
  );
}

/** Which diff view the review screen uses; tests provide the plain one. */
export const TextDiffContext = createContext<ComponentType<TextDiffProps>>(LazyMonacoDiff);

export function TextDiff(props: TextDiffProps) {
  const View = useContext(TextDiffContext);
  return <View {...props} />;
}
