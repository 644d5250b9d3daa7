/** 「需催报 3 项（未报送 2、已退回 1），涉及 2 个单位」: what the office is about to chase. */
export function reminderCountText(lines: readonly { unitCode: string; label: string }[]): string {
  if (lines.length === 0) return '应报单位均已报送，无需催报。';
  const byLabel = ['未报送', '已退回', '已拒收'].map((label) => [label, lines.filter((l) => l.label === label).length] as const).filter(([, n]) => n > 0);
  const units = new Set(lines.map((l) => l.unitCode)).size;
  return `需催报 ${lines.length} 项（${byLabel.map(([label, n]) => `${label} ${n}`).join('、')}），涉及 ${units} 个单位。逾期报送的已报送，不列入。`;
}
