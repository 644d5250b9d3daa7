import { unzipSync } from 'fflate';
import { inflateEntry, InflateBudget, readZipDirectory } from '../templates/xlsx/zip.ts';

/**
 * The floor any .xlsx reader stands on: inflate every part of the package
 * (fflate in one shot, faster than our bounded streaming), decode it as UTF-8
 * and visit every tag once. Nothing is parsed or kept. Reading + validating
 * is measured against this, so the ratio says how much our own work costs on
 * top of what no reader can avoid.
 */
export function unzipAndScan(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8');
  let tags = 0;
  for (const data of Object.values(unzipSync(bytes))) tags += countTags(decoder.decode(data));
  return tags;
}

/**
 * The same work through the reader's own bounded inflation (templates/xlsx/zip.ts:
 * small compressed pushes, every piece charged to the budget and decoded as a
 * stream): what reading costs before any cell is looked at, given the memory
 * limits. The gap to unzipAndScan is the price of those limits.
 */
export function streamedUnzipAndScan(bytes: Uint8Array): number {
  const zip = readZipDirectory(bytes);
  const budget = new InflateBudget(Number.MAX_SAFE_INTEGER);
  let tags = 0;
  for (const entry of zip.entries.values()) {
    const decoder = new TextDecoder('utf-8');
    inflateEntry(zip, entry, budget, (piece) => {
      tags += countTags(decoder.decode(piece, { stream: true }));
    });
  }
  return tags;
}

function countTags(text: string): number {
  let tags = 0;
  for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) tags++;
  return tags;
}
