/** The parts of a validation report the decision reads. */
interface ReportIssues {
  issues: readonly { code: string; params?: Record<string, unknown> | undefined }[];
}

export interface LedgerSwitch {
  templateId: string;
  name: string;
  /** The button's words: 切换到《…》并重新校验. */
  label: string;
}

/**
 * A file recognised as another ledger than the one picked is refused with
 * template/mismatch. When the period asks for that other ledger too, the pane
 * offers to switch to it and check again, rather than only saying the file
 * is the wrong one; a ledger the office did not set for the period is not
 * offered (it could not be sent).
 */
export function ledgerSwitch(report: ReportIssues | null, options: readonly { value: string; text: string }[]): LedgerSwitch | null {
  const mismatch = report?.issues.find((i) => i.code === 'template/mismatch');
  const detected = mismatch?.params?.detectedId;
  const option = typeof detected === 'string' ? options.find((o) => o.value === detected) : undefined;
  return option ? { templateId: option.value, name: option.text, label: `切换到《${option.text}》并重新校验` } : null;
}
