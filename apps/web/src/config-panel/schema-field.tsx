// Picks the control for a piece of a JSON Schema, recursing into objects, lists and variants. Lists live
// here too: their items are fields again, so the two recurse into each other within one module.
import { describedBy, FieldIssues } from './field-frame';
import { fieldId, hintFor, issuesAt, useForm, type Path } from './form-context';
import { CheckListField } from './check-list';
import { PortfolioPickerField } from './portfolio-picker-field';
import { defaultValue, discriminatorOf, humanize, isType, type JsonSchema } from './json-schema';
import { BooleanField, EnumField, JsonValueField, NumberField, ObjectJsonField, StringField, type FieldProps } from './scalar-fields';

export function SchemaField(props: FieldProps) {
  const { schema } = props;
  const widget = hintFor(useForm(), props.path)?.widget;
  if (schema.const !== undefined) return null; // fixed by the kind: nothing to choose
  if (schema.oneOf && discriminatorOf(schema.oneOf)) return <VariantField {...props} />;
  if (isType(schema, 'object') && schema.properties) return <ObjectField {...props} />;
  if (isType(schema, 'object')) return <ObjectJsonField {...props} />;
  if (isType(schema, 'array') && widget === 'portfolios') return <PortfolioPickerField {...props} />;
  if (isType(schema, 'array') && schema.items?.enum) return <ChoiceListField {...props} />;
  if (isType(schema, 'array') && schema.items && isType(schema.items, 'object')) return <ItemListField {...props} />;
  if (schema.enum) return <EnumField {...props} />;
  if (isType(schema, 'string')) return <StringField {...props} />;
  if (isType(schema, 'integer') || isType(schema, 'number')) return <NumberField {...props} />;
  if (isType(schema, 'boolean')) return <BooleanField {...props} />;
  return <JsonValueField {...props} />;
}

export function Properties({ path, schema, value }: { path: Path; schema: JsonSchema; value: unknown }) {
  const obj = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const required = new Set(schema.required ?? []);
  return (
    <>
      {Object.entries(schema.properties ?? {}).map(([key, prop]) =>
        // An optional group (a voice setup on a message) stays out of the way until it is added.
        !required.has(key) && prop.default === undefined && isType(prop, 'object') && prop.properties ? (
          <OptionalGroup key={key} path={[...path, key]} schema={prop} value={obj[key]} fallbackLabel={humanize(key)} />
        ) : (
          <SchemaField key={key} path={[...path, key]} schema={prop} value={obj[key]} fallbackLabel={humanize(key)} />
        ),
      )}
    </>
  );
}

function OptionalGroup(props: FieldProps) {
  const ctx = useForm();
  const label = hintFor(ctx, props.path)?.label ?? props.fallbackLabel;
  if (props.value === undefined) {
    return (
      <div className="field">
        <button type="button" className="small" disabled={ctx.disabled} onClick={() => ctx.change(props.path, defaultValue(props.schema))}>
          Add {label.toLowerCase()} settings
        </button>
      </div>
    );
  }
  return (
    <>
      <ObjectField {...props} />
      <button type="button" className="small" disabled={ctx.disabled} onClick={() => ctx.change(props.path, undefined)}>
        Remove {label.toLowerCase()} settings
      </button>
    </>
  );
}

function ObjectField({ path, schema, value, fallbackLabel }: FieldProps) {
  const ctx = useForm();
  const issues = issuesAt(ctx, path);
  // The config itself needs no frame; nested objects (a duration, a condition) are grouped under their name.
  if (path.length === 0) return <Properties path={path} schema={schema} value={value} />;
  const id = fieldId(ctx, path);
  return (
    <fieldset className={`field group${issues.length ? ' field-invalid' : ''}`} aria-describedby={issues.length ? `${id}-issues` : undefined}>
      <legend>{hintFor(ctx, path)?.label ?? fallbackLabel}</legend>
      <Properties path={path} schema={schema} value={value} />
      <FieldIssues id={id} issues={issues} />
    </fieldset>
  );
}

/** One of several shapes chosen by a constant (a Wait is either "duration" or "due date"). */
function VariantField({ path, schema, value, fallbackLabel }: FieldProps) {
  const ctx = useForm();
  const options = schema.oneOf!;
  const key = discriminatorOf(options)!;
  const obj = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const current = options.find((o) => o.properties![key]!.const === obj[key]);
  const keyPath = [...path, key];
  const id = fieldId(ctx, keyPath);
  const hint = hintFor(ctx, keyPath);
  const choose = (constant: string) => {
    const option = options.find((o) => String(o.properties![key]!.const) === constant);
    if (option) ctx.change(path, { ...(defaultValue(option) as object), [key]: option.properties![key]!.const });
  };
  const rest: JsonSchema | undefined = current && {
    ...current,
    properties: Object.fromEntries(Object.entries(current.properties!).filter(([k]) => k !== key)),
  };
  return (
    <>
      <div className="field">
        <label htmlFor={id}>{hint?.label ?? (path.length ? `${fallbackLabel}: ${humanize(key)}` : humanize(key))}</label>
        <select id={id} value={current ? String(obj[key]) : ''} disabled={ctx.disabled} onChange={(e) => choose(e.target.value)}>
          {!current && <option value="">Choose…</option>}
          {options.map((o) => {
            const c = String(o.properties![key]!.const);
            return (
              <option key={c} value={c}>
                {humanize(c)}
              </option>
            );
          })}
        </select>
      </div>
      {rest && <Properties path={path} schema={rest} value={value} />}
    </>
  );
}

// Lists in a config: several choices from a fixed set (checkboxes), or a list of items (add/remove).
export function ChoiceListField({ path, schema, value, fallbackLabel }: FieldProps) {
  const options = (schema.items?.enum ?? []).map((o) => ({ value: o, label: typeof o === 'string' ? humanize(o) : String(o) }));
  return <CheckListField path={path} value={value} fallbackLabel={fallbackLabel} options={options} />;
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
