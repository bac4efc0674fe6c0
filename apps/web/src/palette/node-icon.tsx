// Icons named by node kinds (`icon` in defineNode). An unknown name draws a generic block.
const PATHS: Record<string, string> = {
  play: 'M8 5v14l11-7z',
  clock: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 5h-2v6l5 3 1-1.7-4-2.3z',
  hourglass: 'M6 2h12v4l-4 6 4 6v4H6v-4l4-6-4-6zm2 2v1.4L12 11l4-5.6V4z',
  message: 'M4 4h16v12H7l-3 3zm3 4v2h10V8zm0 3v2h7v-2z',
  split: 'M4 4h6v2H7.4l5 5H20v2h-7.6l-5 5H10v2H4v-6h2v2.6l4.6-4.6L6 7.4V10H4z',
  stop: 'M6 6h12v12H6z',
  block: 'M4 4h16v16H4zm2 2v12h12V6z',
  link: 'M10 14a4 4 0 0 1 0-5.7l3-3a4 4 0 0 1 5.7 5.7l-1.5 1.5-1.4-1.4 1.5-1.5a2 2 0 0 0-2.9-2.9l-3 3a2 2 0 0 0 0 2.9zm4-4a4 4 0 0 1 0 5.7l-3 3a4 4 0 0 1-5.7-5.7l1.5-1.5 1.4 1.4-1.5 1.5a2 2 0 0 0 2.9 2.9l3-3a2 2 0 0 0 0-2.9z',
  calendar: 'M7 2h2v2h6V2h2v2h3v18H4V4h3zm-1 8v10h12V10z',
  'calendar-plus': 'M7 2h2v2h6V2h2v2h3v18H4V4h3zm-1 8v10h12V10zm5 1h2v2h2v2h-2v2h-2v-2H9v-2h2z',
  percent: 'M7 4a3 3 0 1 1 0 6 3 3 0 0 1 0-6zm10 10a3 3 0 1 1 0 6 3 3 0 0 1 0-6zM18 4l1.4 1.4-13 13L5 17z',
  handshake: 'M2 12l5-5 4 2 3-2 5 5-7 7z',
  layers: 'M12 2l10 5-10 5L2 7zm-8 9l8 4 8-4 2 1-10 5L2 12z',
  flask: 'M9 2h6v2h-1v5l6 10a2 2 0 0 1-2 3H6a2 2 0 0 1-2-3l6-10V4H9z',
  repeat: 'M7 7h10V4l4 4-4 4V9H7v4H5V7zm10 10H7v3l-4-4 4-4v3h10v-4h2v6z',
  headset: 'M12 2a9 9 0 0 1 9 9v7a3 3 0 0 1-3 3h-3v-2h3a1 1 0 0 0 1-1h-3v-7h3a7 7 0 0 0-14 0h3v7H5a2 2 0 0 1-2-2v-5a9 9 0 0 1 9-9z',
  pause: 'M6 4h4v16H6zm8 0h4v16h-4z',
  gavel: 'M14 2l6 6-3 3-6-6zM9 7l6 6-2 2-6-6zM3 19l7-7 2 2-7 7zm10 1h9v2h-9z',
  tag: 'M2 12V2h10l10 10-10 10zm5-7a2 2 0 1 0 0 4 2 2 0 0 0 0-4z',
  plug: 'M8 2h2v5h4V2h2v5h2v4a6 6 0 0 1-5 5.9V22h-2v-5.1A6 6 0 0 1 6 11V7h2z',
};

export function NodeIcon({ name, className }: { name?: string; className?: string }) {
  return (
    <svg className={className ?? 'node-icon'} viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={PATHS[name ?? ''] ?? PATHS.block} fill="currentColor" />
    </svg>
  );
}
