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

const series = (history, measure, field) => history.map((table) => rowOf(table, measure)?.[field] ?? null);
const hasAny = (values) => values.some((v) => v !== null);

/** A target is a mark per year (a short bar across the result), not a line: targets are set year by year. */
function targetMarks(label, data, color = COLORS.target) {
  return {
    type: 'line',
    label,
    data,
    showLine: false,
    pointStyle: 'line',
    pointRadius: 16,
    pointHoverRadius: 18,
    pointBorderWidth: 3,
    borderWidth: 3,
    borderColor: color,
    backgroundColor: color,
    order: 0,
  };
}

function options(unit, tick, { max } = {}) {
  return {
    responsive: true,
    maintainAspectRatio: false,
    interaction: { mode: 'index', intersect: false },
    plugins: {
      legend: {
        position: 'bottom',
        labels: { usePointStyle: true, boxWidth: 10, boxHeight: 8, pointStyleWidth: 14, sort: (a, b) => a.datasetIndex - b.datasetIndex },
      },
      tooltip: {
        callbacks: {
          // A ratio with nothing to divide has no point; should a tooltip name it, it says so in words.
          label: (item) =>
            `${item.dataset.label}: ${item.raw === null && unit === 'ratio' ? t('notAvailable') : formatValue(item.raw, unit)}`,
        },
      },
    },
    scales: {
      x: { offset: true, grid: { display: false } },
      y: {
        beginAtZero: true,
        max,
        grid: { color: COLORS.grid },
        border: { display: false },
        ticks: { callback: tick, maxTicksLimit: 6, precision: unit === 'ratio' ? 2 : 0 },
      },
    },
  };
}

/** A chart without any result yet (delivery figures arrive later) says so instead of drawing empty axes. */
function draw(id, config, emptyText = t('noData')) {
  charts.get(id)?.destroy();
  charts.delete(id);
  const canvas = document.getElementById(id);
  const empty = !config.data.datasets.some((dataset) => dataset.showLine !== false && hasAny(dataset.data));
  canvas.closest('.chart').classList.toggle('empty', empty);
  canvas.closest('.canvas').dataset.empty = emptyText;
  if (!empty) charts.set(id, new Chart(canvas, config));
}

/** A bar per year with the target as a dashed line: for amounts and counts. */
function barsAgainstTarget(id, history, measure, unit, tick) {
  const labels = history.map((table) => String(table.year));
  const targets = series(history, measure, 'target');
  const datasets = [
    {
      type: 'bar',
      label: t('seriesResult'),
      data: series(history, measure, 'result'),
      backgroundColor: COLORS.result,
      borderRadius: 3,
      maxBarThickness: 48,
      pointStyle: 'rect',
      order: 1,
    },
  ];
  if (hasAny(targets)) datasets.push(targetMarks(t('seriesTarget'), targets));
  draw(id, { data: { labels, datasets }, options: options(unit, tick) });
}

/** One line per measure, followed by its measure id across years whatever the year's plan calls it. */
function ratioLines(id, history, measures) {
  const labels = history.map((table) => String(table.year));
  const datasets = [];
  for (const { measure, label, target, color } of measures) {
    datasets.push({
      type: 'line',
      label,
      data: series(history, measure, 'result'),
      borderColor: color,
      backgroundColor: color,
      borderWidth: 3,
      pointRadius: 4,
      pointStyle: 'circle',
      tension: 0.2,
    });
    const targets = series(history, measure, 'target');
    if (hasAny(targets)) datasets.push(targetMarks(target, targets, color));
  }
  // A share with nothing to divide in every year shown is not available, not missing data to wait for.
  draw(id, { data: { labels, datasets }, options: options('ratio', formatPercentShort, { max: 1 }) }, t('notAvailable'));
}

/** The four charts of the years up to the selected one, as known on the page's "as of" date. */
export function renderCharts(history) {
  barsAgainstTarget('chart-budget', history, 'DP23', 'EUR-cents', formatEuroShort);
  ratioLines('chart-share', history, [
    { measure: 'share.budget', label: t('seriesShareBudget'), target: t('targetShareBudget'), color: COLORS.result },
    { measure: 'share.count', label: t('seriesShareCount'), target: t('targetShareCount'), color: COLORS.second },
  ]);
  barsAgainstTarget('chart-participants', history, '2.11', 'count', formatCount);
  ratioLines('chart-satisfaction', history, [
    { measure: 'DP26', label: t('seriesResult'), target: t('seriesTarget'), color: COLORS.second },
  ]);
}
