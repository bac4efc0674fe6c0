import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../api/client';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';

/** The cadence's name, renamed in place: Enter or leaving the field saves it, Escape puts it back. */
export function CadenceNameField({ cadenceId, name }: { cadenceId: string; name: string }) {
  const [value, setValue] = useState(name);
  const [saved, setSaved] = useState(name);
  const client = useQueryClient();
  const rename = useMutation({
    mutationFn: (next: string) => kairosApi.updateCadence(cadenceId, { name: next }),
    onSuccess: (c) => {
      setSaved(c.name);
      setValue(c.name);
      void client.invalidateQueries({ queryKey: queryKeys.allCadences });
    },
  });
  const commit = () => {
    const next = value.trim();
    if (!next) return setValue(saved);
    if (next !== saved) rename.mutate(next);
  };
  return (
    <div className="cadence-name">
      <input
        aria-label="Cadence name"
        value={value}
        maxLength={200}
        onChange={(e) => setValue(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur();
          if (e.key === 'Escape') setValue(saved);
        }}
      />
      {rename.isError && (
        <span role="alert" className="field-error">
          Not renamed: {errorMessage(rename.error)}
        </span>
      )}
    </div>
  );
}
