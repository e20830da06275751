import { rowOf } from './data.js';
import { formatCount, formatEuroShort, formatPercentShort, formatValue } from './format.js';
import { t } from './i18n.js';

/** Chart.js comes from /assets/vendor/chart.umd.js (served by the service: no CDN). */
const { Chart } = window;
const COLORS = { result: '#1d4e89', second: '#2a9d8f', target: '#b7791f', grid: '#e5e7eb', text: '#374151' };
const charts = new Map();

Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
Chart.defaults.color = COLORS.text;
Chart.defaults.locale = 'nl-BE';
// A board reads the figures; charts that move only delay them (and would make screenshots unstable).
Chart.defaults.animation = false;

const series = (history, code, field) => history.map((table) => rowOf(table, code)?.[field] ?? null);
const hasAny = (values) => values.some((v) => v !== null);

function targetLine(label, data, color = COLORS.target) {
  return { type: 'line', label, data, borderColor: color, backgroundColor: color, borderDash: [6, 4], borderWidth: 2, pointRadius: 3, spanGaps: false, order: 0 };
}

function options(unit, tick, { max } = {}) {
  return {
    responsive: true,
    maintainAspectRatio: false,
    interaction: { mode: 'index', intersect: false },
    plugins: {
      legend: { position: 'bottom', labels: { boxWidth: 12, boxHeight: 12 } },
      tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${formatValue(item.raw, unit)}` } },
    },
    scales: {
      x: { grid: { display: false } },
      y: { beginAtZero: true, max, grid: { color: COLORS.grid }, border: { display: false }, ticks: { callback: tick, maxTicksLimit: 6 } },
    },
  };
}

function draw(id, config) {
  charts.get(id)?.destroy();
  const canvas = document.getElementById(id);
  charts.set(id, new Chart(canvas, config));
}

/** A bar per year with the target as a dashed line: for amounts and counts. */
function barsAgainstTarget(id, history, code, unit, tick) {
  const labels = history.map((table) => String(table.year));
  const targets = series(history, code, 'target');
  const datasets = [{ type: 'bar', label: t('seriesResult'), data: series(history, code, 'result'), backgroundColor: COLORS.result, borderRadius: 3, maxBarThickness: 48, order: 1 }];
  if (hasAny(targets)) datasets.push(targetLine(t('seriesTarget'), targets));
  draw(id, { data: { labels, datasets }, options: options(unit, tick) });
}

function ratioLines(id, history, codes) {
  const labels = history.map((table) => String(table.year));
  const datasets = [];
  for (const { code, label, color } of codes) {
    datasets.push({ type: 'line', label, data: series(history, code, 'result'), borderColor: color, backgroundColor: color, borderWidth: 3, pointRadius: 4, tension: 0.2 });
    const targets = series(history, code, 'target');
    if (hasAny(targets)) datasets.push(targetLine(`${t('seriesTarget')} ${label}`, targets, color));
  }
  draw(id, { data: { labels, datasets }, options: options('ratio', formatPercentShort, { max: 1 }) });
}

/** The four charts of the years up to the selected one, as known on the page's "as of" date. */
export function renderCharts(history) {
  barsAgainstTarget('chart-budget', history, 'DP23', 'EUR-cents', formatEuroShort);
  ratioLines('chart-share', history, [
    { code: 'share.budget', label: t('seriesShareBudget'), color: COLORS.result },
    { code: 'share.count', label: t('seriesShareCount'), color: COLORS.second },
  ]);
  barsAgainstTarget('chart-participants', history, '2.11', 'count', formatCount);
  ratioLines('chart-satisfaction', history, [{ code: 'DP26', label: t('seriesResult'), color: COLORS.second }]);
}
