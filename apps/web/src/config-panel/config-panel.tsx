import { useCallback, useEffect, useId, useState } from 'react';
import type { CadenceFlowNode } from '../graph/flow-graph';
import { NodeIcon } from '../palette/node-icon';
import { editorRegistry } from '../registry';
import { useEditor, useEditorStoreApi } from '../store/editor-context';
import { CodeField } from './code-field';
import { configJsonSchema } from './json-schema';
import { MessagePreview } from './message-preview';
import { OutcomeWiring } from './outcome-wiring';
import { SchemaForm } from './schema-form';

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
  const templates = Object.entries(kind?.ui ?? {})
    .filter(([, hint]) => hint.widget === 'template')
    .map(([key, hint]) => ({ label: hint.label ?? key, source: String(node.data.config[key] ?? '') }))
    .concat(typeof node.data.config.subject === 'string' && node.data.config.subject && node.data.config.channel === 'email' ? [{ label: 'Subject', source: node.data.config.subject }] : []);

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
        <label htmlFor={labelId}>Label</label>
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

/** The config as JSON in Monaco; text that is not a JSON object is kept here, with what is wrong, and not applied. */
function JsonConfig({ config, readOnly, onChange }: { config: Record<string, unknown>; readOnly: boolean; onChange(c: Record<string, unknown>): void }) {
  const [text, setText] = useState(() => JSON.stringify(config, null, 2));
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  useEffect(() => {
    // Follow changes made elsewhere (undo, the form), unless the text here is mid-edit and invalid.
    setText((current) => {
      try {
        return JSON.stringify(JSON.parse(current)) === JSON.stringify(config) ? current : JSON.stringify(config, null, 2);
      } catch {
        return current;
      }
    });
  }, [config]);
  const apply = (next: string) => {
    setText(next);
    try {
      const parsed: unknown = JSON.parse(next);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('settings must be a JSON object { … }');
      setProblem(null);
      onChange(parsed as Record<string, unknown>);
    } catch (err) {
      setProblem((err as Error).message);
    }
  };
  return (
    <div className="field">
      <label htmlFor={id}>Settings (JSON)</label>
      <CodeField id={id} label="Settings (JSON)" language="json" value={text} readOnly={readOnly} invalid={problem !== null} onChange={apply} height={220} />
      {problem && (
        <p className="field-error" role="alert">
          Not applied: {problem}
        </p>
      )}
    </div>
  );
}
