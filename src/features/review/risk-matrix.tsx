import { useTranslation } from 'react-i18next';

export interface PlacedScenario {
  id: string;
  label: string;
  hazard: string;
  likelihood: number;
  impact: number;
}

const CELL = 64;
const LEFT = 58;
const TOP = 10;

function colour(score: number): string {
  if (score >= 15) return '#e8a6a0';
  if (score >= 8) return '#f3d88b';
  return '#b9dfc0';
}

/** Likelihood × impact heat map with the rated scenarios placed in it, and the same as a table. */
export function RiskMatrix({ scenarios }: { scenarios: PlacedScenario[] }) {
  const { t } = useTranslation();
  const size = LEFT + CELL * 5 + 10;
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${size} ${size + 40}`}
        role="img"
        aria-labelledby="matrix-title matrix-desc"
        width="100%"
        style={{ maxWidth: 420 }}
      >
        <title id="matrix-title">{t('review.riskMatrix')}</title>
        <desc id="matrix-desc">{t('review.riskMatrixDesc', { count: scenarios.length })}</desc>
        {[1, 2, 3, 4, 5].map((likelihood) =>
          [1, 2, 3, 4, 5].map((impact) => (
            <rect
              key={`${likelihood}-${impact}`}
              x={LEFT + (impact - 1) * CELL}
              y={TOP + (5 - likelihood) * CELL}
              width={CELL}
              height={CELL}
              fill={colour(likelihood * impact)}
              stroke="#fff"
            />
          )),
        )}
        {[1, 2, 3, 4, 5].map((n) => (
          <g key={n} fontSize="11" fill="#1b1f24">
            <text x={LEFT - 8} y={TOP + (5 - n) * CELL + CELL / 2 + 4} textAnchor="end">
              {n}
            </text>
            <text x={LEFT + (n - 1) * CELL + CELL / 2} y={TOP + 5 * CELL + 14} textAnchor="middle">
              {n}
            </text>
          </g>
        ))}
        <text
          x={LEFT + (5 * CELL) / 2}
          y={TOP + 5 * CELL + 34}
          textAnchor="middle"
          fontSize="12"
          fill="#1b1f24"
        >
          {t('review.axisImpact')}
        </text>
        <text
          transform={`translate(14, ${TOP + (5 * CELL) / 2}) rotate(-90)`}
          textAnchor="middle"
          fontSize="12"
          fill="#1b1f24"
        >
          {t('review.axisLikelihood')}
        </text>
        {scenarios.map((s, i) => {
          const same = scenarios
            .slice(0, i)
            .filter((o) => o.likelihood === s.likelihood && o.impact === s.impact).length;
          const cx = LEFT + (s.impact - 1) * CELL + 14 + (same % 3) * 18;
          const cy = TOP + (5 - s.likelihood) * CELL + 16 + Math.floor(same / 3) * 18;
          return (
            <g key={s.id}>
              <circle cx={cx} cy={cy} r={8} fill="#1d3557" />
              <text x={cx} y={cy + 3.5} textAnchor="middle" fontSize="9" fill="#fff">
                {i + 1}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{t('review.riskAxes')}</figcaption>
      <ol className="scenario-key">
        {scenarios.map((s) => (
          <li key={s.id}>
            {s.label} — {t(`hazard.${s.hazard}`)},{' '}
            {t('review.lxi', { likelihood: s.likelihood, impact: s.impact, score: s.likelihood * s.impact })}
          </li>
        ))}
      </ol>
    </figure>
  );
}
