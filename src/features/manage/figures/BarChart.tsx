import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { layoutBars, ticks, type Bar, type Pivot } from './chart-scale';

interface BarChartProps {
  title: string;
  caption: string;
  bars: readonly Bar[];
  /** The full numbers behind the chart; defaults to the bars themselves. */
  table?: { pivot: Pivot; rowHeader: string; label: (key: string) => string };
  valueHeader: string;
  testId?: string;
}

const WIDTH = 640;
const LABEL = 200;
const ROW = 28;
const AXIS = 24;

/**
 * Horizontal SVG bars with a caption, and the same numbers as a table in a <details>: the table is the
 * accessible version, so the picture is hidden from assistive technology.
 */
export function BarChart({ title, caption, bars, table, valueHeader, testId }: BarChartProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const plot = WIDTH - LABEL - 48;
  const layout = layoutBars(bars, plot, ROW);
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`} data-testid={testId}>
      <figcaption id={`${id}-caption`}>
        <strong>{title}</strong> <span className="muted">{caption}</span>
      </figcaption>
      {bars.length === 0 ? (
        <p className="muted">{t('manage:figures.noData')}</p>
      ) : (
        <svg viewBox={`0 0 ${WIDTH} ${layout.height + AXIS}`} className="chart-svg" aria-hidden="true" focusable="false">
          {ticks(layout.end).map((tick) => {
            const x = LABEL + (tick / layout.end) * plot;
            return (
              <g key={tick}>
                <line x1={x} x2={x} y1={0} y2={layout.height} className="chart-grid" />
                <text x={x} y={layout.height + 16} textAnchor="middle" className="chart-tick">
                  {number.format(tick)}
                </text>
              </g>
            );
          })}
          {layout.bars.map((bar) => (
            <g key={bar.y} transform={`translate(0 ${bar.y})`}>
              <text x={LABEL - 8} y={ROW / 2 + 5} textAnchor="end" className="chart-label">
                {bar.label.length > 28 ? `${bar.label.slice(0, 27)}…` : bar.label}
              </text>
              <rect x={LABEL} y={4} width={Math.max(bar.length, bar.value > 0 ? 2 : 0)} height={ROW - 8} className="chart-bar" />
              <text x={LABEL + bar.length + 6} y={ROW / 2 + 5} className="chart-value">
                {number.format(bar.value)}
              </text>
            </g>
          ))}
        </svg>
      )}
      <details className="chart-table">
        <summary>{t('manage:figures.showTable', { title })}</summary>
        <div className="table-scroll">
          {table ? (
            <table className="data-table">
              <caption>{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{table.rowHeader}</th>
                  {table.pivot.columns.map((column) => (
                    <th scope="col" key={column}>
                      {column}
                    </th>
                  ))}
                  <th scope="col">{t('manage:figures.total')}</th>
                </tr>
              </thead>
              <tbody>
                {table.pivot.rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{table.label(row.key)}</th>
                    {row.cells.map((cell, index) => (
                      <td key={table.pivot.columns[index]}>{number.format(cell)}</td>
                    ))}
                    <td>{number.format(row.total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <table className="data-table">
              <caption>{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('manage:figures.category')}</th>
                  <th scope="col">{valueHeader}</th>
                </tr>
              </thead>
              <tbody>
                {bars.map((bar, index) => (
                  <tr key={index}>
                    <th scope="row">{bar.label}</th>
                    <td>{number.format(bar.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </details>
    </figure>
  );
}
