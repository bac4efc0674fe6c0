import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { ROLES, type Role } from '@kairos/review';
import { ApiError, errorMessage } from '../api/client';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { sentence } from '../shell/format';
import { ROLE_NAMES } from '../shell/session-menu';

const EMPTY = { name: '', email: '', role: 'strategist' as Role, password: '' };

/** Add a person who signs in with email and password; the server checks the fields and says which is wrong. */
export function NewUserForm() {
  const [f, setF] = useState(EMPTY);
  const id = useId();
  const client = useQueryClient();
  const create = useMutation({
    mutationFn: () => kairosApi.createUser({ ...f, name: f.name.trim(), email: f.email.trim() }),
    onSuccess: async () => {
      setF(EMPTY);
      await client.invalidateQueries({ queryKey: queryKeys.users });
    },
  });
  const fieldErrors = new Map(
    create.error instanceof ApiError ? create.error.issues.map((i) => [String(i.field), String(i.message)] as const) : [],
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const input = (k: 'name' | 'email' | 'password', label: string, type: string, hint?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${k}`}>{label}</label>
      <input
        id={`${id}-${k}`}
        type={type}
        value={f[k]}
        required
        autoComplete={k === 'password' ? 'new-password' : 'off'}
        aria-invalid={fieldErrors.has(k) || undefined}
        aria-describedby={`${id}-${k}-help`}
        onChange={(e) => setF((prev) => ({ ...prev, [k]: e.target.value }))}
      />
      <span id={`${id}-${k}-help`} className={fieldErrors.has(k) ? 'field-error' : 'help'}>
        {fieldErrors.get(k) ?? hint ?? ''}
      </span>
    </div>
  );
  return (
    <form className="new-user" aria-label="Add a person" onSubmit={submit}>
      <h2>Add a person</h2>
      <div className="new-user-fields">
        {input('name', 'Name', 'text')}
        {input('email', 'Email', 'email')}
        <div className="field">
          <label htmlFor={`${id}-role`}>Role</label>
          <select id={`${id}-role`} value={f.role} onChange={(e) => setF((prev) => ({ ...prev, role: e.target.value as Role }))}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_NAMES[r]}
              </option>
            ))}
          </select>
        </div>
        {input('password', 'First password', 'password', 'At least 12 characters; tell it to them in person.')}
      </div>
      <button type="submit" className="primary" disabled={create.isPending || !f.name.trim() || !f.email.trim() || !f.password}>
        {create.isPending ? 'Adding…' : 'Add person'}
      </button>
      {create.isSuccess && (
        <p role="status" className="ok">
          {create.data.name} can sign in now as {ROLE_NAMES[create.data.role]}.
        </p>
      )}
      {create.isError && fieldErrors.size === 0 && (
        <p role="alert" className="field-error">
          Not added: {sentence(errorMessage(create.error))}
        </p>
      )}
      {create.isError && fieldErrors.size > 0 && (
        <p role="alert" className="field-error">
          Not added: check the fields marked above.
        </p>
      )}
    </form>
  );
}
