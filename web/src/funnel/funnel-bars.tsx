import type { ApiFunnelCounts } from '../api/sales-types.js';
import { useI18n } from '../i18n/i18n-context.js';
import { stageFigures } from './funnel-rows.js';

const WIDTH = 160;
const BAR_HEIGHT = 7;
const BAR_GAP = 3;

/**
 * One row of the funnel as four thin inline SVG bars, leads to verified, on a scale shared by the table's rows so
 * rows compare at a glance; the figures are in the label for screen readers and in the table's own cells.
 */
export function FunnelBars({
  counts,
  scale,
  label,
}: {
  readonly counts: ApiFunnelCounts;
  readonly scale: number;
  readonly label: string;
}) {
  const { t, number } = useI18n();
  const stages = stageFigures(counts);
  const summary = stages.map((figure) => `${t(`funnel.stage.${figure.stage}`)} ${number(figure.count)}`).join(', ');
  const height = stages.length * (BAR_HEIGHT + BAR_GAP);
  return (
    <svg
      className="funnel-bars"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH}
      height={height}
      role="img"
      aria-label={t('reports.chartLabel', { title: label, values: summary })}
    >
      {stages.map((figure, index) => (
        <rect
          key={figure.stage}
          x={0}
          y={index * (BAR_HEIGHT + BAR_GAP)}
          width={Math.max(figure.count > 0 ? 2 : 0, (figure.count / Math.max(1, scale)) * WIDTH)}
          height={BAR_HEIGHT}
          rx={2}
          className={`funnel-bar funnel-bar-${figure.stage}`}
        />
      ))}
    </svg>
  );
}
