import { useQuery } from '@tanstack/react-query';
import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../api/client';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import type { CadenceVersion, EnrollmentDetail } from '../api/types';
import { Canvas } from '../canvas/canvas';
import { useCanvasCommands } from '../canvas/canvas-commands';
import { useEditorShortcuts } from '../canvas/use-editor-shortcuts';
import { Inspector } from '../editor/inspector';
import { ShortcutsDialog } from '../editor/shortcuts-dialog';
import { editorRegistry } from '../registry';
import { formatWhen } from '../shell/format';
import { EmptyState, ErrorMessage, Loading } from '../shell/status';
import { EditorStoreProvider } from '../store/editor-context';
import { createEditorStore, type EditorStore } from '../store/editor-store';
import { enrollmentPath } from './enrollment-path';
import { EnrollmentsPanel } from './enrollments-panel';
import { LiveTotals } from './live-totals';
import { ResultsControls } from './results-controls';
import { VersionPause } from './version-pause';
import { withParams } from '../analytics/date-range';

/** `/cadences/:cadenceId/versions/:versionId`: a published version, read-only, with live counts on every step. */
export default function VersionPage() {
  const { cadenceId = '', versionId = '' } = useParams();
  const version = useQuery({ queryKey: queryKeys.version(versionId), queryFn: () => kairosApi.getVersion(versionId), staleTime: Infinity });
  if (version.isPending) return <Loading what="the version" />;
  if (version.isError) {
    if (version.error instanceof ApiError && version.error.status === 404) {
      return (
        <EmptyState title="This version does not exist">
          <p>
            <Link to={`/cadences/${cadenceId}`}>Open the cadence</Link> to see its versions.
          </p>
        </EmptyState>
      );
    }
    return <ErrorMessage error={version.error} retry={() => void version.refetch()} />;
  }
  return <VersionView key={versionId} version={version.data} />;
}

function VersionView({ version }: { version: CadenceVersion }) {
  const [store] = useState<EditorStore>(() => createEditorStore({ registry: editorRegistry, graph: version.graph, readOnly: true }));
  return (
    <EditorStoreProvider store={store}>
      <ReactFlowProvider>
        <LiveVersion version={version} store={store} />
      </ReactFlowProvider>
    </EditorStoreProvider>
  );
}

function LiveVersion({ version, store }: { version: CadenceVersion; store: EditorStore }) {
  const [params, setParams] = useSearchParams();
  const openId = params.get('enrollment');
  const [detail, setDetail] = useState<EnrollmentDetail | null>(null);
  const [help, setHelp] = useState(false);
  const commands = useCanvasCommands();
  const openHelp = useCallback(() => setHelp(true), []);
  useEditorShortcuts({ commands, save: () => undefined, openHelp });
  const cadence = useQuery({ queryKey: queryKeys.cadence(version.cadenceId), queryFn: () => kairosApi.getCadence(version.cadenceId) });
  const live = useQuery({ queryKey: queryKeys.live(version.id), queryFn: () => kairosApi.versionLive(version.id), refetchInterval: 2_000 });

  useEffect(() => {
    const s = store.getState();
    const path = detail && detail.id === openId ? enrollmentPath(detail.timeline, s.edges, detail.status === 'active' ? detail.currentStepId : null) : undefined;
    s.setLive({ steps: live.data?.steps ?? {}, ...(path ? { path } : {}) });
  }, [store, live.data, detail, openId]);

  const stepName = useCallback(
    (id: string) => {
      const n = store.getState().nodes.find((x) => x.id === id);
      const title = n ? (editorRegistry.get(n.data.kind)?.title ?? n.data.kind) : id;
      return n?.data.label ? `${title} “${n.data.label}”` : `${title} (${id})`;
    },
    [store],
  );
  const name = cadence.data?.name ?? 'this cadence';

  return (
    <div className="editor version-view">
      <header className="editor-header">
        <Link to={`/cadences/${version.cadenceId}`} className="back-link">
          Draft of {name}
        </Link>
        <h1>
          Version {version.version} of {name}
        </h1>
        <span className="badge">Read-only</span>
        <span className="muted">
          Published by {version.publishedByName ?? version.publishedBy}{version.approvedBy && `, approved by ${version.approvedByName ?? version.approvedBy}`}, {formatWhen(version.publishedAt)} · <code title={version.hash}>{version.hash.slice(0, 12)}</code>
        </span>
        <button type="button" onClick={commands.fitView}>
          Zoom to fit
        </button>
        <p className="muted version-how-to-edit">
          A published version cannot be changed. To change the cadence, <Link to={`/cadences/${version.cadenceId}`}>edit its draft</Link>, then submit it for review and publish it as a new version.
        </p>
      </header>
      {live.isError && <ErrorMessage error={live.error} title="Live counts are not available" />}
      {live.data && (
        <div className="live-bar">
          <LiveTotals live={live.data} />
          <VersionPause versionId={version.id} live={live.data} />
        </div>
      )}
      <ResultsControls versionId={version.id} store={store} />
      <div className="editor-body">
        <div className="editor-center">
          <Canvas label={`Version ${version.version} of ${name}, with live counts`} />
        </div>
        <Inspector>
          <EnrollmentsPanel
            cadenceId={version.cadenceId}
            versionId={version.id}
            openId={openId}
            stepName={stepName}
            onDetail={setDetail}
            onOpen={(id) => setParams(withParams(params, { enrollment: id ?? undefined }))}
          />
        </Inspector>
      </div>
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
    </div>
  );
}
