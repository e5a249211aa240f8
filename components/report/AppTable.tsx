/** The week per app: held, reached, breakthroughs, peeks and messages. */
import { t } from '@/utils/browser-i18n';
import type { WeekReport } from '@/utils/week';

interface Props {
  week: WeekReport;
  appName: (appId: string) => string;
}

/** One row per app that interrupted (or was peeked at) this week, busiest first. */
export function AppTable({ week, appName }: Props) {
  if (week.perApp.length === 0) return <p class="muted">{t('report_apps_empty')}</p>;
  return (
    <table class="figures" aria-labelledby="apps-heading">
      <thead>
        <tr>
          <th scope="col">{t('report_col_app')}</th>
          <th scope="col">{t('report_col_held')}</th>
          <th scope="col">{t('report_col_reached')}</th>
          <th scope="col">{t('report_col_breakthroughs')}</th>
          <th scope="col">{t('report_col_peeks')}</th>
          <th scope="col">{t('report_col_messages')}</th>
        </tr>
      </thead>
      <tbody>
        {week.perApp.map((a) => (
          <tr key={a.appId}>
            <th scope="row" data-testid={`app-${a.appId}-name`}>
              {appName(a.appId)}
            </th>
            <td data-testid={`app-${a.appId}-held`}>{a.held}</td>
            <td data-testid={`app-${a.appId}-reached`}>{a.reached}</td>
            <td data-testid={`app-${a.appId}-breakthroughs`}>{a.breakthroughs}</td>
            <td data-testid={`app-${a.appId}-peeks`}>{a.peeks}</td>
            <td data-testid={`app-${a.appId}-messages`}>{a.messages}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
