import { useQuery } from '@tanstack/react-query';
import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/client';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import type { CadenceWithIssues } from '../api/types';
import { ExportButton } from '../cadence-file/export-button';
import { Canvas } from '../canvas/canvas';
import { useCanvasCommands } from '../canvas/canvas-commands';
import { useEditorShortcuts } from '../canvas/use-editor-shortcuts';
import { Palette } from '../palette/palette';
import { ProblemsList } from '../problems/problems-list';
import { ReviewStatusPanel } from '../review/review-status-panel';
import { editorRegistry } from '../registry';
import { useRole } from '../shell/session-menu';
import { EmptyState, ErrorMessage, Loading } from '../shell/status';

/** Roles that change cadence designs (the API's DESIGNERS). */
const DESIGNER_ROLES: readonly string[] = ['strategist', 'admin'];
import { EditorStoreProvider, useEditor } from '../store/editor-context';
import { createEditorStore, type EditorStore } from '../store/editor-store';
import { createWorkerValidator } from '../store/worker-validator';
import { CadenceNameField } from './cadence-name-field';
import { EditorToolbar } from './editor-toolbar';
import { Inspector } from './inspector';
import { ReleaseControls } from './release-controls';
import { SaveStatus } from './save-status';
import { ShortcutsDialog } from './shortcuts-dialog';
import { useAutosave } from './use-autosave';
import { VersionsPanel } from './versions-panel';
import { PromiseHoldNotice } from '../review/promise-hold-notice';

/** `/cadences/:cadenceId`: the draft of a cadence on the canvas. */
export default function EditorPage() {
  const { cadenceId = '' } = useParams();
  // The editor owns the draft once loaded: no refetch may overwrite what is being drawn.
  const role = useRole();
  const cadence = useQuery({ queryKey: queryKeys.cadence(cadenceId), queryFn: () => kairosApi.getCadence(cadenceId), staleTime: Infinity, gcTime: 0 });
  if (cadence.isPending) return <Loading what="the cadence" />;
  if (cadence.isError) {
    if (cadence.error instanceof ApiError && cadence.error.status === 404) {
      return (
        <EmptyState title="This cadence does not exist">
          <p>
            It may have been removed, or the link is wrong. <Link to="/cadences">Go to the list of cadences</Link>.
          </p>
        </EmptyState>
      );
    }
    return <ErrorMessage error={cadence.error} retry={() => void cadence.refetch()} />;
  }
  if (!role) return <Loading what="your session" />;
  return <EditorWorkspace key={cadenceId} cadence={cadence.data} readOnly={!DESIGNER_ROLES.includes(role)} />;
}

function EditorWorkspace({ cadence, readOnly }: { cadence: CadenceWithIssues; readOnly: boolean }) {
  // Validation runs in a web worker: a 500-step cadence paints and answers while it is checked.
  const [validator] = useState(createWorkerValidator);
  useEffect(() => () => validator.dispose(), [validator]);
  const [opened] = useState<{ store: EditorStore } | { error: unknown }>(() => {
    try {
      return { store: createEditorStore({ registry: editorRegistry, graph: cadence.draftGraph, validator: validator.validate, readOnly }) };
    } catch (error) {
      return { error };
    }
  });
  if ('error' in opened) return <ErrorMessage title="This draft cannot be opened" error={opened.error} />;
  return (
    <EditorStoreProvider store={opened.store}>
      <ReactFlowProvider>
        <Editor cadence={cadence} store={opened.store} />
      </ReactFlowProvider>
    </EditorStoreProvider>
  );
}

function Editor({ cadence, store }: { cadence: CadenceWithIssues; store: EditorStore }) {
  const readOnly = useEditor((s) => s.readOnly);
  // The portfolios' allowed hosts: the lint then shows at a webhook's URL whether Kairos may call it.
  const outbound = useQuery({ queryKey: queryKeys.outboundPolicy, queryFn: kairosApi.getOutboundPolicy, staleTime: 60_000 });
  useEffect(() => {
    if (outbound.data) store.getState().setOutboundPolicies(outbound.data);
  }, [outbound.data, store]);
  const autosave = useAutosave(store, cadence);
  const commands = useCanvasCommands();
  const [help, setHelp] = useState(false);
  const openHelp = useCallback(() => setHelp(true), []);
  useEditorShortcuts({ commands, save: autosave.save, openHelp });

  return (
    <div className="editor">
      <header className="editor-header">
        <Link to="/cadences" className="back-link">
          Cadences
        </Link>
        <h1 className="visually-hidden">Editing {cadence.name}</h1>
        <CadenceNameField cadenceId={cadence.id} name={cadence.name} />
        <SaveStatus autosave={autosave} />
        <EditorToolbar commands={commands} onHelp={openHelp} />
        <ExportButton name={cadence.name} description={cadence.description} />
        {!readOnly && <ReleaseControls cadenceId={cadence.id} autosave={autosave} {...(cadence.lifecycle ? { initial: cadence.lifecycle } : {})} />}
        {readOnly && <span className="muted">Read only: your role may look at cadences but only strategists and admins change them.</span>}
      </header>
      <div className="editor-body">
        <Palette onAdd={commands.addFromPalette} disabled={readOnly} />
        <div className="editor-center">
          <PromiseHoldNotice />
          <Canvas label={`Canvas of ${cadence.name}`} />
          <ProblemsList onFocusNode={commands.focusNode} />
        </div>
        <Inspector>
          <ReviewStatusPanel cadenceId={cadence.id} onShowStep={commands.focusNode} />
          <VersionsPanel cadenceId={cadence.id} />
        </Inspector>
      </div>
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
    </div>
  );
}
