import { useEffect, useRef, type ReactNode } from 'react';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import type { RehearsalReport } from '../../../core/rehearsal-report';
import { useT, useUiLanguage } from '../i18n';

// Only what a bar chart needs: chart.js then ships no code it would never run. It builds the
// chart on a canvas with no eval and no inline script, so it runs under `script-src 'self'`.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const RUN_COLOURS = ['#4ea1ff', '#f2b632', '#c27dff', '#3ccf91', '#ff7a59'];

/** Per slide: the plan (outlined) and the time of each recent run of this version, in seconds. */
export function RunsChart({ report }: { report: RehearsalReport }): ReactNode {
  const t = useT();
  const lang = useUiLanguage();
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    // an Arabic interface reads the chart from the right: slides, legend and tooltips mirrored
    const rtl = document.documentElement.dir === 'rtl';
    const runs = report.runs.filter((run) => !run.edited);
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: report.plan.slides.map((s) => String(s.index + 1)),
        datasets: [
          {
            label: t('report.chart.plan'),
            data: report.plan.slides.map((s) => s.plannedMs / 1000),
            backgroundColor: 'rgba(232, 236, 243, 0.12)',
            borderColor: '#e8ecf3',
            borderWidth: 2,
          },
          ...runs.map((run, i) => {
            const when = new Date(run.startedAt).toLocaleString(lang, {
              dateStyle: 'short',
              timeStyle: 'short',
            });
            return {
              label: run.ending === 'abandoned' ? t('report.chart.abandoned', { run: when }) : when,
              data: report.plan.slides.map((s) => (run.slides[s.index]?.spentMs ?? 0) / 1000),
              backgroundColor: RUN_COLOURS[i % RUN_COLOURS.length],
            };
          }),
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        locale: lang,
        plugins: {
          legend: { rtl, labels: { color: '#e8ecf3' } },
          tooltip: {
            rtl,
            callbacks: {
              title: (items) => {
                const slide = report.plan.slides[items[0]?.dataIndex ?? 0];
                return slide
                  ? t('report.chart.slideTitle', { number: slide.index + 1, title: slide.title })
                  : '';
              },
              label: (item) =>
                t('report.chart.value', { label: item.dataset.label, seconds: Number(item.raw).toFixed(0) }),
            },
          },
        },
        scales: {
          x: {
            title: { display: true, text: t('report.slide'), color: '#9aa7bb' },
            reverse: rtl,
            ticks: { color: '#9aa7bb' },
            grid: { color: '#252d3a' },
          },
          y: {
            title: { display: true, text: t('report.chart.seconds'), color: '#9aa7bb' },
            position: rtl ? 'right' : 'left',
            ticks: { color: '#9aa7bb' },
            grid: { color: '#252d3a' },
            beginAtZero: true,
          },
        },
      },
    });
    return () => chart.destroy();
  }, [report, t, lang]);
  return (
    <div className="chart-box">
      <canvas ref={canvas} data-testid="runs-chart" role="img" aria-label={t('report.chart.label')} />
    </div>
  );
}
