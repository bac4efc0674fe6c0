import { useCallback, useId, useState } from 'react';
import type { CadenceFlowNode } from '../graph/flow-graph';
import { NodeIcon } from '../palette/node-icon';
import { editorRegistry } from '../registry';
import { useEditor, useEditorStoreApi } from '../store/editor-context';
import { JsonObjectEditor } from './json-object-editor';
import { configJsonSchema } from './json-schema';
import { MessagePreview } from './message-preview';
import { OutcomeWiring } from './outcome-wiring';
import { SchemaForm } from './schema-form';
import { templateSources } from './template-sources';

const NO_ISSUES: never[] = [];

/** Settings of the selected step: label, a form generated from its kind's schema (or JSON), wiring and a preview. */
export function ConfigPanel({ node }: { node: CadenceFlowNode }) {
  const store = useEditorStoreApi();
  const readOnly = useEditor((s) => s.readOnly);
  const issues = useEditor((s) => s.issuesByNode.get(node.id)) ?? NO_ISSUES;
  const kind = editorRegistry.get(node.data.kind);
  const schema = kind ? configJsonSchema(kind) : null;
  const [mode, setMode] = useState<'form' | 'json'>(schema ? 'form' : 'json');
  const labelId = useId();
  const onChange = useCallback((config: Record<string, unknown>, field: string) => store.getState().updateConfig(node.id, config, field), [store, node.id]);
  const templates = kind ? templateSources(kind.ui, node.data.config) : [];
  const subject = node.data.config.subject;
  if (typeof subject === 'string' && subject && node.data.config.channel === 'email') templates.push({ key: 'subject', label: 'Subject', source: subject });

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
        <div className="mode-switch" role="group" aria-label="Edit settings as">
          <button type="button" aria-pressed={mode === 'form'} onClick={() => setMode('form')}>
            Form
          </button>
          <button type="button" aria-pressed={mode === 'json'} onClick={() => setMode('json')}>
            JSON
          </button>
        </div>
      )}
      {mode === 'form' && schema ? (
        <SchemaForm id={`cfg-${node.id}`} schema={schema} value={node.data.config} hints={kind!.ui} issues={issues} disabled={readOnly} onChange={onChange} />
      ) : (
        <JsonConfig key={node.id} config={node.data.config} readOnly={readOnly} onChange={(c) => onChange(c, 'json')} />
      )}
      <OutcomeWiring node={node} disabled={readOnly} />
      {templates.length > 0 && <MessagePreview templates={templates} />}
      {!readOnly && (
        <button type="button" className="danger" onClick={() => (store.getState().selectOnly(node.id), store.getState().deleteSelection())}>
          Delete this step
        </button>
      )}
    </aside>
  );
}

function JsonConfig({ config, readOnly, onChange }: { config: Record<string, unknown>; readOnly: boolean; onChange(c: Record<string, unknown>): void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Settings (JSON)</label>
      <JsonObjectEditor id={id} label="Settings (JSON)" value={config} readOnly={readOnly} height={220} onChange={onChange} />
    </div>
  );
}
