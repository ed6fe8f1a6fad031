import { useTranslation } from 'react-i18next';
import { TIERS, type Tier } from '../../domain/scoring/config';

export interface AreaTiers {
  areaId: string;
  label: string;
  byTier: Record<Tier, number>;
}

const ROW = 24;
const LEFT = 280;
const WIDTH = 720;
const COLOUR: Record<Tier, string> = { high: '#b23a48', medium: '#e0a030', low: '#8fa9c4' };

/** Recommended actions per area by tier, as stacked bars, with the same as a table. */
export function PriorityChart({ areas }: { areas: AreaTiers[] }) {
  const { t } = useTranslation();
  const shown = areas.filter((a) => TIERS.some((x) => a.byTier[x] > 0));
  const max = Math.max(1, ...shown.map((a) => TIERS.reduce((n, x) => n + a.byTier[x], 0)));
  const scale = (v: number) => (v / max) * (WIDTH - LEFT - 40);
  const height = shown.length * ROW + 44;
  return (
    <figure className="chart chart-wide">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby="tiers-title tiers-desc"
        width="100%"
      >
        <title id="tiers-title">{t('review.tierChart')}</title>
        <desc id="tiers-desc">{t('review.tierChartDesc')}</desc>
        {shown.map((a, i) => {
          const y = 8 + i * ROW;
          let x = LEFT;
          return (
            <g key={a.areaId}>
              <text x={LEFT - 8} y={y + 13} textAnchor="end" fontSize="12" fill="#1b1f24">
                {a.label.length > 36 ? `${a.label.slice(0, 35)}…` : a.label}
                <title>{a.label}</title>
              </text>
              {TIERS.map((tier) => {
                const w = scale(a.byTier[tier]);
                const rect = w > 0 && (
                  <rect key={tier} x={x} y={y + 2} width={w} height={16} fill={COLOUR[tier]}>
                    <title>{`${t(`tier.${tier}`)}: ${a.byTier[tier]}`}</title>
                  </rect>
                );
                x += w;
                return rect;
              })}
              <text x={x + 4} y={y + 14} fontSize="11" fill="#5b6470">
                {TIERS.reduce((n, tier) => n + a.byTier[tier], 0)}
              </text>
            </g>
          );
        })}
        <g fontSize="11" fill="#1b1f24">
          {TIERS.map((tier, i) => (
            <g key={tier} transform={`translate(${LEFT + i * 120}, ${height - 22})`}>
              <rect width={12} height={12} fill={COLOUR[tier]} />
              <text x={16} y={10}>
                {t(`tier.${tier}`)}
              </text>
            </g>
          ))}
          <text x={WIDTH - 8} y={height - 12} textAnchor="end" fill="#5b6470">
            {t('review.tierChartAxis')}
          </text>
        </g>
      </svg>
      <details>
        <summary>{t('review.showTable')}</summary>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('review.area')}</th>
              {TIERS.map((x) => (
                <th key={x} scope="col">
                  {t(`tier.${x}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((a) => (
              <tr key={a.areaId}>
                <th scope="row">{a.label}</th>
                {TIERS.map((x) => (
                  <td key={x}>{a.byTier[x]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
