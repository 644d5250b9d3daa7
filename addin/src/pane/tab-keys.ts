/**
 * Which tab a key moves to in a horizontal tablist (WAI-ARIA tabs pattern):
 * ←/→ step and wrap around, Home/End jump to the ends; any other key is not ours (null).
 */
export function tabAfterKey(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight': return (current + 1) % count;
    case 'ArrowLeft': return (current - 1 + count) % count;
    case 'Home': return 0;
    case 'End': return count - 1;
    default: return null;
  }
}
