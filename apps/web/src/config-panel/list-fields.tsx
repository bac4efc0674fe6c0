// Lists in a config: several choices from a fixed set (checkboxes), or a list of items (add/remove).
import { describedBy, FieldIssues } from './field-frame';
import { fieldId, hintFor, issuesAt, useForm } from './form-context';
import { defaultValue, humanize, isType } from './json-schema';
import type { FieldProps } from './scalar-fields';
import { Properties, SchemaField } from './schema-field';

export function ChoiceListField({ path, schema, value, fallbackLabel }: FieldProps) {
  const ctx = useForm();
  const id = fieldId(ctx, path);
  const hint = hintFor(ctx, path);
  const issues = issuesAt(ctx, path);
  const chosen = Array.isArray(value) ? value : [];
  const options = schema.items?.enum ?? [];
  const toggle = (option: unknown, on: boolean) => {
    const next = on ? [...chosen.filter((c) => c !== option), option] : chosen.filter((c) => c !== option);
    // Keep the schema's order so the stored config does not depend on click order.
    ctx.change(path, options.filter((o) => next.includes(o)));
  };
  return (
    <fieldset className={`field choice-list${issues.length ? ' field-invalid' : ''}`} {...describedBy(id, hint?.help, issues)}>
      <legend>{hint?.label ?? fallbackLabel}</legend>
      {options.map((o) => {
        const optionId = `${id}-${String(o)}`;
        return (
          <div className="field-check" key={String(o)}>
            <input id={optionId} type="checkbox" checked={chosen.includes(o)} disabled={ctx.disabled} onChange={(e) => toggle(o, e.target.checked)} />
            <label htmlFor={optionId}>{typeof o === 'string' ? humanize(o) : String(o)}</label>
          </div>
        );
      })}
      {hint?.help && (
        <p className="help" id={`${id}-help`}>
          {hint.help}
        </p>
      )}
      <FieldIssues id={id} issues={issues} />
    </fieldset>
  );
}

/** "Rules, checked in order" → "Rule", "Conditions" → "Condition": the name of one item of a list. */
function itemName(label: string): string {
  const head = label.split(/[,(:]/)[0]!.trim();
  return head.endsWith('s') && head.length > 3 ? head.slice(0, -1) : head;
}

export function ItemListField({ path, schema, value, fallbackLabel }: FieldProps) {
  const ctx = useForm();
  const id = fieldId(ctx, path);
  const hint = hintFor(ctx, path);
  const issues = issuesAt(ctx, path);
  const items = Array.isArray(value) ? value : [];
  const label = hint?.label ?? fallbackLabel;
  const one = itemName(label);
  const itemSchema = schema.items ?? {};
  const canRemove = items.length > (schema.minItems ?? 0);
  const canAdd = schema.maxItems === undefined || items.length < schema.maxItems;
  return (
    <fieldset className={`field item-list${issues.length ? ' field-invalid' : ''}`} {...describedBy(id, hint?.help, issues)}>
      <legend>{label}</legend>
      {items.map((item, i) => (
        <fieldset className="list-item" key={i}>
          <legend>
            {one} {i + 1}
          </legend>
          {isType(itemSchema, 'object') ? (
            <Properties path={[...path, i]} schema={itemSchema} value={item} />
          ) : (
            <SchemaField path={[...path, i]} schema={itemSchema} value={item} fallbackLabel={`${one} ${i + 1}`} />
          )}
          <button type="button" className="small" disabled={ctx.disabled || !canRemove} onClick={() => ctx.change(path, items.filter((_, j) => j !== i))}>
            Remove {one.toLowerCase()} {i + 1}
          </button>
        </fieldset>
      ))}
      <button type="button" className="small" disabled={ctx.disabled || !canAdd} onClick={() => ctx.change(path, [...items, defaultValue(itemSchema)])}>
        Add {one.toLowerCase()}
      </button>
      <FieldIssues id={id} issues={issues} />
    </fieldset>
  );
}
