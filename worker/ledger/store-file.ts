/**
 * Originals are content-addressed: the same bytes uploaded twice (a resubmission
 * of an unchanged file, two units sharing a blank) are stored once.
 */
export const originalKey = (sha256: string): string => `files/${sha256}`;

export async function storeOriginal(bucket: R2Bucket, sha256: string, bytes: Uint8Array): Promise<string> {
  const key = originalKey(sha256);
  if (!(await bucket.head(key))) {
    await bucket.put(key, bytes, {
      httpMetadata: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      sha256,
    });
  }
  return key;
}
