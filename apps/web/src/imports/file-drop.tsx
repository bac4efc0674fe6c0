import { useId, useRef, useState, type DragEvent } from 'react';

/** A place to drop a CSV file, with a button that opens the file chooser for those who do not drag. */
export function FileDrop({ onFile, disabled }: { onFile(file: File): void; disabled?: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const hintId = useId();
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file && !disabled) onFile(file);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    take(e.dataTransfer.files);
  };
  return (
    <div
      className={`file-drop${over ? ' file-drop-over' : ''}`}
      aria-disabled={disabled || undefined}
      onDragOver={(e) => {
        e.preventDefault();
        if (!over) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p id={hintId}>Drop a CSV file here, or</p>
      <button type="button" className="primary" disabled={disabled} aria-describedby={hintId} onClick={() => input.current?.click()}>
        Choose a CSV file
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv,text/plain"
        className="visually-hidden"
        aria-label="CSV file of accounts"
        tabIndex={-1}
        onChange={(e) => {
          take(e.target.files);
          // The same file chosen again (after fixing it) is a new choice.
          e.target.value = '';
        }}
      />
      <p className="muted">The first row names the columns. Nothing is imported until you start the import.</p>
    </div>
  );
}
