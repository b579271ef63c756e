import { useEffect, useRef, type ReactNode } from 'react';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import type { RehearsalReport } from '../../../core/rehearsal-report';

// Only what a bar chart needs: chart.js then ships no code it would never run. It builds the
// chart on a canvas with no eval and no inline script, so it runs under `script-src 'self'`.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const RUN_COLOURS = ['#4ea1ff', '#f2b632', '#c27dff', '#3ccf91', '#ff7a59'];

/** Per slide: the plan (outlined) and the time of each recent run of this version, in seconds. */
export function RunsChart({ report }: { report: RehearsalReport }): ReactNode {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const runs = report.runs.filter((run) => !run.edited);
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: report.plan.slides.map((s) => String(s.index + 1)),
        datasets: [
          {
            label: 'Plan',
            data: report.plan.slides.map((s) => s.plannedMs / 1000),
            backgroundColor: 'rgba(232, 236, 243, 0.12)',
            borderColor: '#e8ecf3',
            borderWidth: 2,
          },
          ...runs.map((run, i) => ({
            label: `${new Date(run.startedAt).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' })}${run.ending === 'abandoned' ? ' (abandoned)' : ''}`,
            data: report.plan.slides.map((s) => (run.slides[s.index]?.spentMs ?? 0) / 1000),
            backgroundColor: RUN_COLOURS[i % RUN_COLOURS.length],
          })),
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: {
          legend: { labels: { color: '#e8ecf3' } },
          tooltip: {
            callbacks: {
              title: (items) => {
                const slide = report.plan.slides[items[0]?.dataIndex ?? 0];
                return slide ? `Slide ${slide.index + 1}: ${slide.title}` : '';
              },
              label: (item) => `${item.dataset.label}: ${Number(item.raw).toFixed(0)} s`,
            },
          },
        },
        scales: {
          x: {
            title: { display: true, text: 'Slide', color: '#9aa7bb' },
            ticks: { color: '#9aa7bb' },
            grid: { color: '#252d3a' },
          },
          y: {
            title: { display: true, text: 'Seconds', color: '#9aa7bb' },
            ticks: { color: '#9aa7bb' },
            grid: { color: '#252d3a' },
            beginAtZero: true,
          },
        },
      },
    });
    return () => chart.destroy();
  }, [report]);
  return (
    <div className="chart-box">
      <canvas
        ref={canvas}
        data-testid="runs-chart"
        role="img"
        aria-label="Time per slide: plan and recent rehearsals"
      />
    </div>
  );
}
