import { catalog } from './catalog/index.ts';
import type { TemplateDefinition } from './model/definition.ts';
import { internalError, refused, validateGrid, type GridValidation, type ValidateOptions } from './read/validate-grid.ts';
import { readWorkbook, type ReadLimits } from './xlsx/read-workbook.ts';

export interface ValidateFileOptions extends ValidateOptions {
  limits?: Partial<ReadLimits>;
  templates?: readonly TemplateDefinition[];
}

/** File bytes → report: the reader's refusal, or the grid validation every other path shares. */
export function validateFile(bytes: Uint8Array, fileName: string, options: ValidateFileOptions = {}): GridValidation {
  // A reader bug on one odd file must end as that file's refusal, not take the batch or the request down.
  try {
    const read = readWorkbook(bytes, { fileName, ...(options.limits ? { limits: options.limits } : {}) });
    if (!read.ok) return refused(read.issue);
    return validateGrid(read.grid, options.templates ?? catalog, options);
  } catch (error) {
    return internalError(fileName, error);
  }
}
