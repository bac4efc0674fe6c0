import { useId, type ReactNode } from 'react';

/** One section of the account page: a titled region, its empty state when there is nothing, and "Show more" when the list was cut. */
export function StorySection({ title, empty, isEmpty, more, onMore, children, actions }: {
  title: string;
  /** What an empty section says: why nothing is here and how something gets here. */
  empty: string;
  isEmpty: boolean;
  more?: boolean;
  onMore?: () => void;
  children?: ReactNode;
  actions?: ReactNode;
}) {
  const id = useId();
  return (
    <section className="story-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {actions}
      {isEmpty ? <p className="muted">{empty}</p> : children}
      {more && onMore && (
        <button type="button" className="small" onClick={onMore}>
          Show more {title.toLowerCase()}
        </button>
      )}
    </section>
  );
}
