// Controls for single values: text, templates, numbers, choices, switches and free JSON values.
import { describedBy, FieldFrame } from './field-frame';
import { fieldId, hintFor, issuesAt, useForm, type Path } from './form-context';
import { conditionProblems } from '../code-languages/condition-markers';
import { templateProblems } from '../code-languages/liquid-markers';
import { CodeField } from './code-field';
import { JsonObjectEditor } from './json-object-editor';
import { humanize, isType, type JsonSchema } from './json-schema';

export interface FieldProps {
  path: Path;
  schema: JsonSchema;
  value: unknown;
  /** Label used when no hint names the field. */
  fallbackLabel: string;
}

function useFieldBasics(path: Path, fallbackLabel: string) {
  const ctx = useForm();
  const hint = hintFor(ctx, path);
  const id = fieldId(ctx, path);
  const issues = issuesAt(ctx, path);
  return { ctx, hint, id, issues, label: hint?.label ?? fallbackLabel, help: hint?.help };
}

export function EnumField({ path, schema, value, fallbackLabel }: FieldProps) {
  const { ctx, id, issues, label, help } = useFieldBasics(path, fallbackLabel);
  const options = schema.enum ?? [];
  // A field left out takes the schema's default: show that choice.
  const shown = value === undefined ? schema.default : value;
  const known = options.some((o) => o === shown);
  return (
    <FieldFrame id={id} label={label} help={help} issues={issues}>
      <select id={id} value={known ? String(shown) : ''} disabled={ctx.disabled} onChange={(e) => ctx.change(path, options.find((o) => String(o) === e.target.value))} {...describedBy(id, help, issues)}>
        {!known && <option value="">Choose…</option>}
        {options.map((o) => (
          <option key={String(o)} value={String(o)}>
            {typeof o === 'string' ? humanize(o) : String(o)}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** Code editors of string fields: the language, and what marks their problems in place. */
const CODE_WIDGETS = {
  template: { language: 'liquid', check: templateProblems },
  expression: { language: 'condition', check: conditionProblems },
  json: { language: 'json', check: undefined },
} as const;

export function StringField({ path, schema, value, fallbackLabel }: FieldProps) {
  const { ctx, hint, id, issues, label, help } = useFieldBasics(path, fallbackLabel);
  const text = typeof value === 'string' ? value : '';
  const aria = describedBy(id, help, issues);
  const set = (v: string) => ctx.change(path, v === '' && !(schema.minLength ?? 0) ? undefined : v);
  let control;
  if (hint?.widget === 'template' || hint?.widget === 'json' || hint?.widget === 'expression') {
    const code = CODE_WIDGETS[hint.widget];
    control = (
      <CodeField
        id={id}
        label={label}
        language={code.language}
        {...(code.check ? { check: code.check } : {})}
        value={text}
        readOnly={ctx.disabled}
        invalid={issues.length > 0}
        {...(aria['aria-describedby'] ? { describedBy: aria['aria-describedby'] } : {})}
        // An expression emptied is left out (the rule then needs conditions), as a plain text field does.
        onChange={(v) => (hint.widget === 'expression' ? set(v) : ctx.change(path, v))}
      />
    );
  } else if (hint?.widget === 'textarea') {
    control = <textarea id={id} value={text} rows={4} disabled={ctx.disabled} maxLength={schema.maxLength} onChange={(e) => set(e.target.value)} {...aria} />;
  } else {
    control = (
      <input id={id} type={hint?.widget === 'time' ? 'time' : 'text'} value={text} disabled={ctx.disabled} maxLength={schema.maxLength} onChange={(e) => set(e.target.value)} {...aria} />
    );
  }
  return (
    <FieldFrame id={id} label={label} help={help} issues={issues}>
      {control}
    </FieldFrame>
  );
}

export function NumberField({ path, schema, value, fallbackLabel }: FieldProps) {
  const { ctx, id, issues, label, help } = useFieldBasics(path, fallbackLabel);
  return (
    <FieldFrame id={id} label={label} help={help} issues={issues}>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        value={typeof value === 'number' ? value : ''}
        placeholder={typeof schema.default === 'number' ? `${schema.default} (default)` : undefined}
        min={schema.minimum}
        max={schema.maximum}
        step={isType(schema, 'integer') ? 1 : 'any'}
        disabled={ctx.disabled}
        onChange={(e) => ctx.change(path, e.target.value === '' ? undefined : Number(e.target.value))}
        {...describedBy(id, help, issues)}
      />
    </FieldFrame>
  );
}

export function BooleanField({ path, value, fallbackLabel }: FieldProps) {
  const { ctx, id, issues, label, help } = useFieldBasics(path, fallbackLabel);
  return (
    <div className={`field field-check${issues.length ? ' field-invalid' : ''}`}>
      <input id={id} type="checkbox" checked={value === true} disabled={ctx.disabled} onChange={(e) => ctx.change(path, e.target.checked)} {...describedBy(id, help, issues)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** Any other value (numbers, text, true/false or lists): typed as JSON, plain text when it is not JSON. */
export function JsonValueField({ path, value, fallbackLabel }: FieldProps) {
  const { ctx, id, issues, label, help } = useFieldBasics(path, fallbackLabel);
  const helpText = help ?? 'A number, text, true/false, or a list such as ["es", "pt"].';
  const shown = value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  const parse = (text: string): unknown => {
    if (text.trim() === '') return undefined;
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  };
  return (
    <FieldFrame id={id} label={label} help={helpText} issues={issues}>
      <input id={id} type="text" value={shown} disabled={ctx.disabled} onChange={(e) => ctx.change(path, parse(e.target.value))} {...describedBy(id, helpText, issues)} />
    </FieldFrame>
  );
}

/** An open-ended object (e.g. attributes to set): edited as JSON, applied once it is a JSON object. */
export function ObjectJsonField({ path, value, fallbackLabel }: FieldProps) {
  const { ctx, id, issues, label, help } = useFieldBasics(path, fallbackLabel);
  return (
    <FieldFrame id={id} label={label} help={help ?? 'A JSON object, e.g. { "tier": "late" }.'} issues={issues}>
      <JsonObjectEditor id={id} label={label} value={value} readOnly={ctx.disabled} invalid={issues.length > 0} height={90} onChange={(v) => ctx.change(path, v)} />
    </FieldFrame>
  );
}
