import { describe, expect, it } from 'vitest';
import { backupDue, WEEK_MS } from '../../../../src/domain/exchange/backup-reminder';

const NOW = Date.UTC(2026, 10, 24);
const DAY = 24 * 60 * 60 * 1000;

describe('backupDue: a reminder when a week of work is in no backup', () => {
  it.each<[string, number[], number[], number | undefined, number | undefined]>([
    ['nothing on the device', [], [], undefined, undefined],
    ['a new assessment, no backup, two days old', [NOW - DAY], [NOW - 2 * DAY], undefined, undefined],
    ['no backup, work started eight days ago', [NOW - DAY], [NOW - 8 * DAY], undefined, NOW - 8 * DAY],
    ['a backup eight days ago and edits since', [NOW - DAY], [NOW - 30 * DAY], NOW - 8 * DAY, NOW - 8 * DAY],
    [
      'a backup eight days ago and no edit since',
      [NOW - 9 * DAY],
      [NOW - 30 * DAY],
      NOW - 8 * DAY,
      undefined,
    ],
    ['a backup three days ago and edits since', [NOW - DAY], [NOW - 30 * DAY], NOW - 3 * DAY, undefined],
    ['exactly a week', [NOW - DAY], [NOW - 30 * DAY], NOW - WEEK_MS, NOW - WEEK_MS],
  ])('%s', (_name, edited, created, last, expected) => {
    expect(backupDue(edited, created, last, NOW)).toBe(expected);
  });
});
