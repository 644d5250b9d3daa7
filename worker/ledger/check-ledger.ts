import { catalog } from '../../templates/catalog/index.ts';
import { validateGrid, type GridValidation, type ValidateOptions } from '../../templates/read/validate-grid.ts';
import { validateFile } from '../../templates/validate-file.ts';
import type { LedgerInput } from '../http/ledger-input.ts';

/** The same validation the CLI and the add-in run, on whichever input arrived. */
export function checkLedger(input: LedgerInput, options: ValidateOptions): GridValidation {
  return input.kind === 'file'
    ? validateFile(input.bytes, input.fileName, options)
    : validateGrid(input.grid, catalog, options);
}
