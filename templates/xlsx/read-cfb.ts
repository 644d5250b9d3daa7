/**
 * Minimal reader for the OLE/CFB container (D0 CF 11 E0): only the directory
 * stream names, to tell a password-protected .xlsx (Excel wraps it in CFB
 * with an "EncryptedPackage" stream) from an old binary .xls. Every loop is
 * bounded by the number of sectors in the file, so a cyclic or lying chain
 * costs at most one pass over the bytes.
 */

export type CfbContent = 'encrypted' | 'xls' | 'doc' | 'ppt' | 'unknown';

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const HEADER_DIFAT_ENTRIES = 109;
const DIR_ENTRY_BYTES = 128;

const u16 = (b: Uint8Array, o: number): number => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number): number => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;

/** Stream and storage names in the CFB directory; empty when the header is unreadable. */
export function cfbEntryNames(b: Uint8Array): string[] {
  if (b.length < 512) return [];
  const shift = u16(b, 0x1e);
  if (shift !== 9 && shift !== 12) return [];
  const size = 1 << shift;
  const sectorCount = Math.max(0, Math.floor((b.length - size) / size));
  const sectorAt = (s: number): number => (s + 1) * size;
  const valid = (s: number): boolean => s < sectorCount;
  const perSector = size / 4;

  const fatSectors: number[] = [];
  const fatCount = Math.min(u32(b, 0x2c), sectorCount);
  for (let i = 0; i < HEADER_DIFAT_ENTRIES && fatSectors.length < fatCount; i++) {
    const s = u32(b, 0x4c + i * 4);
    if (s === FREE) break;
    fatSectors.push(s);
  }
  let difat = u32(b, 0x44);
  for (let hops = 0; fatSectors.length < fatCount && valid(difat) && hops < sectorCount; hops++) {
    const at = sectorAt(difat);
    for (let i = 0; i < perSector - 1 && fatSectors.length < fatCount; i++) fatSectors.push(u32(b, at + i * 4));
    difat = u32(b, at + size - 4);
  }

  const next = (s: number): number => {
    const fat = fatSectors[Math.floor(s / perSector)];
    return fat !== undefined && valid(fat) ? u32(b, sectorAt(fat) + (s % perSector) * 4) : END_OF_CHAIN;
  };

  const names: string[] = [];
  let dir = u32(b, 0x30);
  for (let hops = 0; valid(dir) && hops < sectorCount; hops++) {
    const at = sectorAt(dir);
    for (let e = 0; e < size / DIR_ENTRY_BYTES; e++) {
      const entry = at + e * DIR_ENTRY_BYTES;
      const type = b[entry + 66];
      const nameBytes = Math.min(u16(b, entry + 64), 64);
      if (!type || nameBytes < 2) continue;
      let name = '';
      for (let i = 0; i < nameBytes - 2; i += 2) name += String.fromCharCode(u16(b, entry + i));
      names.push(name);
    }
    dir = next(dir);
  }
  return names;
}

export function cfbContent(bytes: Uint8Array): CfbContent {
  const names = new Set(cfbEntryNames(bytes));
  if (names.has('EncryptedPackage')) return 'encrypted';
  if (names.has('Workbook') || names.has('Book')) return 'xls';
  if (names.has('WordDocument')) return 'doc';
  if (names.has('PowerPoint Document')) return 'ppt';
  return 'unknown';
}
