import { useCallback, useId, useMemo } from 'react';
import type { NodeKind } from '@kairos/cadence';
import { configJsonProblems } from '../code-languages/config-json-problems';
import type { CadenceFlowNode } from '../graph/flow-graph';
import { NodeIcon } from '../palette/node-icon';
import { editorRegistry } from '../registry';
import { useEditor, useEditorStoreApi } from '../store/editor-context';
import { JsonObjectEditor } from './json-object-editor';
import { useConfigView } from './config-view';
import { configJsonSchema, type JsonSchema } from './json-schema';
import { MessagePreview } from './message-preview';
import { OutcomeWiring } from './outcome-wiring';
import { SchemaForm } from './schema-form';
import { previewTexts } from './template-sources';

const NO_ISSUES: never[] = [];

/** Settings of the selected step: label, a form generated from its kind's schema (or JSON), wiring and a preview. */
export function ConfigPanel({ node }: { node: CadenceFlowNode }) {
  const store = useEditorStoreApi();
  const readOnly = useEditor((s) => s.readOnly);
  const issues = useEditor((s) => s.issuesByNode.get(node.id)) ?? NO_ISSUES;
  const kind = editorRegistry.get(node.data.kind);
  const schema = kind ? configJsonSchema(kind) : null;
  const { view, setView } = useConfigView();
  const mode = schema ? view : 'json';
  const labelId = useId();
  const onChange = useCallback((config: Record<string, unknown>, field: string) => store.getState().updateConfig(node.id, config, field), [store, node.id]);
  const previewable = kind ? previewTexts(kind.ui, node.data.config, 'en').length > 0 : false;

  return (
    <aside className="config-panel" aria-label={`Settings of ${kind?.title ?? node.data.kind} ${node.id}`}>
      <header>
        <h2>
          <NodeIcon name={kind?.icon} /> {kind?.title ?? `Unknown kind “${node.data.kind}”`}
        </h2>
        <span className="muted">Step id: {node.id}</span>
        {kind && <p className="muted">{kind.description}</p>}
        {!kind && <p className="field-error">This kind is not installed in this editor. Install its package, or delete the step. Its settings can still be edited as JSON.</p>}
      </header>
      {issues.length > 0 && (
        <div className="node-problems" role="group" aria-label="Problems with this step">
          <ul>
            {issues.map((i, n) => (
              <li key={n} className={i.severity}>
                {i.severity === 'error' ? 'Error' : 'Warning'}: {i.message}
                {i.field ? ` (${i.field})` : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="field">
        <label htmlFor={labelId}>Step label</label>
        <input id={labelId} value={node.data.label ?? ''} placeholder="e.g. Friendly reminder" disabled={readOnly} maxLength={80} onChange={(e) => store.getState().updateLabel(node.id, e.target.value)} />
      </div>
      {schema && (
        <div className="mode-switch">
          <button type="button" role="switch" aria-checked={mode === 'json'} onClick={() => setView(mode === 'json' ? 'form' : 'json')} title="Edit the settings as JSON, checked against the kind's schema">
            <span className="switch-track" aria-hidden="true" />
            Edit as JSON
          </button>
        </div>
      )}
      {mode === 'form' && schema ? (
        <SchemaForm id={`cfg-${node.id}`} schema={schema} value={node.data.config} hints={kind!.ui} issues={issues} disabled={readOnly} onChange={onChange} />
      ) : (
        <JsonConfig key={node.id} nodeId={node.id} kind={kind} schema={schema} config={node.data.config} readOnly={readOnly} onChange={(c) => onChange(c, 'json')} />
      )}
      <OutcomeWiring node={node} disabled={readOnly} />
      {previewable && <MessagePreview ui={kind!.ui} config={node.data.config} />}
      {!readOnly && (
        <button type="button" className="danger" onClick={() => (store.getState().selectOnly(node.id), store.getState().deleteSelection())}>
          Delete this step
        </button>
      )}
    </aside>
  );
}

/** The settings as JSON: Monaco completes field names from the kind's JSON Schema, and the kind's own schema and checks mark each problem at its field. */
function JsonConfig(props: { nodeId: string; kind: NodeKind | undefined; schema: JsonSchema | null; config: Record<string, unknown>; readOnly: boolean; onChange(c: Record<string, unknown>): void }) {
  const { nodeId, kind, schema, config, readOnly, onChange } = props;
  const id = useId();
  const check = useMemo(() => (kind ? (text: string) => configJsonProblems(text, kind, nodeId) : undefined), [kind, nodeId]);
  const problems = useMemo(() => (kind ? configJsonProblems(JSON.stringify(config, null, 2), kind, nodeId).filter((p) => p.field !== '' || !p.message.startsWith('not JSON')) : []), [config, kind, nodeId]);
  return (
    <div className={`field${problems.length ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>Settings (JSON)</label>
      <JsonObjectEditor
        id={id}
        label="Settings (JSON)"
        value={config}
        readOnly={readOnly}
        height={220}
        {...(check ? { check } : {})}
        {...(schema ? { jsonSchema: schema } : {})}
        {...(problems.length ? { describedBy: `${id}-problems` } : {})}
        onChange={onChange}
      />
      {problems.length > 0 && (
        <ul className="field-error" id={`${id}-problems`} aria-label="Problems in these settings">
          {problems.map((p, n) => (
            <li key={n}>
              {p.field ? <code>{p.field}</code> : 'Settings'}: {p.field ? p.message.slice(p.field.length + 2) : p.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
