import { useI18n } from '../i18n/i18n-context.js';

export interface Bar {
  readonly label: string;
  readonly value: number;
}

const BAR_HEIGHT = 22;
const BAR_GAP = 8;
const LABEL_WIDTH = 130;
const CHART_WIDTH = 480;
const VALUE_WIDTH = 50;

/** Horizontal bars as inline SVG, with the same figures as text for screen readers. */
export function BarChart({ title, bars }: { readonly title: string; readonly bars: readonly Bar[] }) {
  const { t, number } = useI18n();
  const largest = Math.max(1, ...bars.map((bar) => bar.value));
  const height = bars.length * (BAR_HEIGHT + BAR_GAP);
  const barSpace = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const summary = bars.map((bar) => `${bar.label} ${number(bar.value)}`).join(', ');
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      {bars.length === 0 ? (
        <p className="muted">{t('reports.noData')}</p>
      ) : (
        <svg
          viewBox={`0 0 ${CHART_WIDTH} ${height}`}
          role="img"
          aria-label={t('reports.chartLabel', { title, values: summary })}
          preserveAspectRatio="xMinYMin meet"
        >
          {bars.map((bar, index) => {
            const y = index * (BAR_HEIGHT + BAR_GAP);
            const width = Math.max(2, (bar.value / largest) * barSpace);
            return (
              <g key={bar.label} transform={`translate(0 ${y})`}>
                <text x={LABEL_WIDTH - 8} y={BAR_HEIGHT / 2} dominantBaseline="middle" textAnchor="end">
                  {bar.label}
                </text>
                <rect x={LABEL_WIDTH} y={0} width={width} height={BAR_HEIGHT} rx={3} className="chart-bar" />
                <text x={LABEL_WIDTH + width + 6} y={BAR_HEIGHT / 2} dominantBaseline="middle">
                  {number(bar.value)}
                </text>
              </g>
            );
          })}
        </svg>
      )}
    </figure>
  );
}
