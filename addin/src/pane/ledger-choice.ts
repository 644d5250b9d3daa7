import { needsAction, type OwedFacts } from './owed-text.ts';

/** Where one ledger stands for the unit (an item of GET /api/my/ledgers). */
export interface OwedSlot {
  periodCode: string;
  templateId: string;
  state: OwedFacts['state'];
}

export interface LedgerChoiceInput {
  /** The period's ledgers as the picker lists them: the catalog's order (GET /api/me gives it). */
  options: readonly string[];
  /** What the picker holds now: remembered from an earlier session, or the last default. */
  current: string;
  /** The user picked `current` in this session (the select, or the offered switch). */
  chosen: boolean;
  period: string;
  /** The unit's ledgers and their states; null until loaded (or when loading failed). */
  owed: readonly OwedSlot[] | null;
}

/**
 * The ledger the picker shows. A choice the user made is kept while the
 * period offers it. Otherwise the pane points at work still to do: the
 * remembered ledger if it is still owed, else the first ledger owed this
 * period (未报送, 已退回, 已拒收), else what it held, else the catalog's first.
 */
export function chooseLedger({ options, current, chosen, period, owed }: LedgerChoiceInput): string {
  const offered = options.includes(current);
  if (offered && (chosen || owed === null)) return current;
  const owes = (id: string) => owed?.some((o) => o.periodCode === period && o.templateId === id && needsAction(o)) ?? false;
  if (offered && owes(current)) return current;
  return options.find(owes) ?? (offered ? current : options[0] ?? '');
}
