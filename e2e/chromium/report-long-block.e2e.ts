/**
 * A focus block longer than a day (a 12-hour manual block extended twice by 12 hours, or
 * back-to-back schedule rules) still counts in the next week's first day. Working hours are all
 * day here, so the block's night hours are working time too.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Weekday } from '../../utils/model';
import { type BrowserHandle, launchBrowser } from '../harness';
import { on, ZONE } from './report-helpers/berlin';
import { ALL_DAY, expectedWeek } from './report-helpers/expected';
import { openReport, readTestIds, reportUrl, seed, waitReady } from './report-helpers/page';
import { block, interruption } from './report-helpers/seeded-week';

const savedTz = process.env.TZ;
let h: BrowserHandle;
beforeAll(async () => {
  process.env.TZ = ZONE;
  h = await launchBrowser({ fixtures: false });
});
afterAll(async () => {
  await h?.close();
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

it('counts a 36-hour block that began two days before the week on the week’s first day', async () => {
  const page = await openReport(h, { locale: 'en-GB' });
  const blocks = [block(on('2026-11-14', 20, 0), on('2026-11-16', 8, 0), on('2026-11-16', 8, 0), 'manual')];
  const interruptions = [
    interruption(on('2026-11-16', 3, 0), 'held', 'slack', 2, blocks),
    interruption(on('2026-11-16', 6, 0), 'breakthrough', 'slack', 1, blocks),
  ];
  const workHours = [
    {
      days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as Weekday[],
      start: '00:00',
      end: '00:00',
      zone: 'local',
    },
  ];
  await seed(page, { blocks, interruptions, workHours });
  await page.goto(reportUrl(h, '2026-11-16'));
  await waitReady(page, '2026-11-16');
  const want = expectedWeek({ interruptions, blocks }, '2026-11-16', ALL_DAY);
  const cells = await readTestIds(page);
  const monday = want.days[0]!;
  expect(monday.focus.minutes).toBe(480);
  expect(cells.get('day-2026-11-16-focus')?.value).toBe('480');
  expect(Number(cells.get('day-2026-11-16-longest')?.value)).toBe(monday.longest);
  expect(cells.get('day-2026-11-16-every-focus')?.value).toBe(String(monday.focus.mean));
  expect(cells.get('day-2026-11-16-every-focus')?.text).toBe('1 in 8 h');
});
