import { useTranslation } from 'react-i18next';
import { useId } from 'react';
import { formatDecimal } from '../i18n/format';

export interface AreaBar {
  code: string;
  title: string;
  /** The dark bar (the current level). */
  current?: number;
  /** The dashed box behind it (the target, or the level at an earlier assessment). */
  target?: number;
}

/** What the chart says, in the UI's language: its title, description, legend and the table's column heads. */
export interface AreaChartWords {
  title: string;
  desc: string;
  legend: string;
  current: string;
  target: string;
}

const ROW = 26;
const LEFT = 280;
const WIDTH = 720;
const scale = (level: number) => LEFT + ((level - 0) / 5) * (WIDTH - LEFT - 16);

/** "GOV Governance and coordination", shortened to fit beside the bars (the full name in its tooltip and the table). */
function label(b: AreaBar): string {
  const full = `${b.code} ${b.title}`;
  return full.length > 36 ? `${full.slice(0, 35)}…` : full;
}

/**
 * Two mean levels per area on the 1–5 scale (current against target, or now against then), as an
 * SVG with its figures in a table for screen readers and print.
 */
export function AreaLevelsChart({ bars, words }: { bars: AreaBar[]; words: AreaChartWords }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const number = (n?: number) => (n === undefined ? '—' : formatDecimal(n, i18n.resolvedLanguage ?? 'en'));
  const height = bars.length * ROW + 48;
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        width="100%"
      >
        <title id={`${id}-title`}>{words.title}</title>
        <desc id={`${id}-desc`}>{words.desc}</desc>
        {[1, 2, 3, 4, 5].map((level) => (
          <g key={level}>
            <line x1={scale(level)} x2={scale(level)} y1={8} y2={height - 28} stroke="#d5dbe3" />
            <text x={scale(level)} y={height - 14} textAnchor="middle" fontSize="11" fill="#5b6470">
              {level}
            </text>
          </g>
        ))}
        <text x={(LEFT + WIDTH) / 2} y={height - 2} textAnchor="middle" fontSize="11" fill="#1b1f24">
          {t('review.capacityAxis')}
        </text>
        {bars.map((b, i) => {
          const y = 12 + i * ROW;
          return (
            <g key={b.code}>
              <text x={LEFT - 8} y={y + 13} textAnchor="end" fontSize="12" fill="#1b1f24">
                {label(b)}
                <title>{`${b.code} ${b.title}`}</title>
              </text>
              {b.target !== undefined && (
                <rect
                  x={LEFT}
                  y={y + 2}
                  width={scale(b.target) - LEFT}
                  height={16}
                  fill="#e9edf3"
                  stroke="#9aa7b8"
                  strokeDasharray="3 2"
                />
              )}
              {b.current !== undefined && (
                <rect x={LEFT} y={y + 5} width={scale(b.current) - LEFT} height={10} fill="#1d3557" />
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>{words.legend}</figcaption>
      <details>
        <summary>{t('review.showTable')}</summary>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('review.area')}</th>
              <th scope="col">{words.current}</th>
              <th scope="col">{words.target}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.code}>
                <th scope="row">
                  {b.code} {b.title}
                </th>
                <td>{number(b.current)}</td>
                <td>{number(b.target)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
