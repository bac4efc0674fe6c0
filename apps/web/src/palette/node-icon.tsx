// Icons named by node kinds (`icon` in defineNode). An unknown name draws a generic block.
const PATHS: Record<string, string> = {
  play: 'M8 5v14l11-7z',
  clock: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 5h-2v6l5 3 1-1.7-4-2.3z',
  hourglass: 'M6 2h12v4l-4 6 4 6v4H6v-4l4-6-4-6zm2 2v1.4L12 11l4-5.6V4z',
  message: 'M4 4h16v12H7l-3 3zm3 4v2h10V8zm0 3v2h7v-2z',
  split: 'M4 4h6v2H7.4l5 5H20v2h-7.6l-5 5H10v2H4v-6h2v2.6l4.6-4.6L6 7.4V10H4z',
  stop: 'M6 6h12v12H6z',
  block: 'M4 4h16v16H4zm2 2v12h12V6z',
};

export function NodeIcon({ name, className }: { name?: string; className?: string }) {
  return (
    <svg className={className ?? 'node-icon'} viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={PATHS[name ?? ''] ?? PATHS.block} fill="currentColor" />
    </svg>
  );
}
