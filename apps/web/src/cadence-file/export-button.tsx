import { useEditorStoreApi } from '../store/editor-context';
import { graphOf } from '../store/editor-store';
import { cadenceFileName, downloadCadenceFile } from './cadence-export';

/** Download the cadence as drawn now (saved or not) as a `kairos.cadence/1` file. */
export function ExportButton({ name, description }: { name: string; description: string }) {
  const store = useEditorStoreApi();
  return (
    <button type="button" onClick={() => downloadCadenceFile(name, graphOf(store.getState()), description)} title={`Download ${cadenceFileName(name)}: keep it in git, check it with pnpm kairos validate, import it elsewhere`}>
      Export
    </button>
  );
}
