import { describe, expect, it } from 'vitest';
import { runWithRetry, type ExcelRun } from '../../../addin/src/office/host.ts';

const failing = (codes: (string | null)[]): { run: ExcelRun; calls: () => number } => {
  let calls = 0;
  const run: ExcelRun = async <T>() => {
    const code = codes[calls++];
    if (code === undefined || code === null) return 'done' as T;
    throw Object.assign(new Error(`RichApi.Error: ${code}`), { code });
  };
  return { run, calls: () => calls };
};

describe('runWithRetry', () => {
  it('retries a busy host with backoff and succeeds', async () => {
    const slept: number[] = [];
    const { run, calls } = failing(['GeneralException', 'RequestAborted', null]);
    await expect(runWithRetry(run, '校验', async () => 'x', { sleep: async (ms) => void slept.push(ms) })).resolves.toBe('done');
    expect(calls()).toBe(3);
    expect(slept).toEqual([300, 1000]);
  });

  it('gives up after 4 attempts with a Chinese "busy" error', async () => {
    const { run, calls } = failing(['GeneralException', 'GeneralException', 'GeneralException', 'GeneralException', null]);
    await expect(runWithRetry(run, '校验', async () => 'x', { sleep: async () => {} })).rejects.toMatchObject({ code: 'busy', message: expect.stringContaining('Excel 正忙') });
    expect(calls()).toBe(4);
  });

  it('does not retry cell-edit mode and tells the user how to leave it', async () => {
    const { run, calls } = failing(['InvalidOperationInCellEditMode']);
    await expect(runWithRetry(run, '标出问题', async () => 'x', { sleep: async () => {} })).rejects.toMatchObject({
      code: 'cell-edit-mode',
      message: '请先退出单元格编辑状态（按 Enter 或 Esc），再点击“标出问题”。',
    });
    expect(calls()).toBe(1);
  });

  it('maps AccessDenied to the protected-sheet advice', async () => {
    const { run } = failing(['AccessDenied']);
    await expect(runWithRetry(run, '写入汇总表', async () => 'x')).rejects.toMatchObject({ code: 'protected' });
  });
});
