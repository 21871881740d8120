import { useId } from "react";

/*
 * Charts as inline SVG, without a chart library: sizes are SVG attributes, colours are classes of
 * office-dashboard.css (the CSP allows no inline styles we would need). Each chart is an image with a
 * title and a description; the page puts the same figures in a table next to it.
 */

/** A round upper bound for an axis: 1, 2, 5 × 10ⁿ at or above `value` (at least 1). */
export function niceMax(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

type Labelled = { title: string; description: string };

function Svg({
  title,
  description,
  width,
  height,
  children,
  className,
}: Labelled & { width: number; height: number; children: React.ReactNode; className: string }) {
  const id = useId();
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      className={`od-chart ${className}`}
      preserveAspectRatio="xMidYMid meet"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}

export type Bar = { key: string; label: string; value: number };

/** Horizontal bars, one per category, the count written after each bar. */
export function HorizontalBars({
  bars,
  format,
  ...labels
}: Labelled & { bars: Bar[]; format: (value: number) => string }) {
  const row = 34;
  const labelWidth = 150;
  const barSpace = 250;
  const width = labelWidth + barSpace + 60;
  const height = bars.length * row + 8;
  const max = niceMax(Math.max(0, ...bars.map((bar) => bar.value)));
  return (
    <Svg {...labels} width={width} height={height} className="od-hbars">
      <line x1={labelWidth} x2={labelWidth} y1={0} y2={height} className="od-axis" />
      {bars.map((bar, index) => {
        const y = index * row + 6;
        const length = (bar.value / max) * barSpace;
        return (
          <g key={bar.key} data-key={bar.key}>
            <text
              x={labelWidth - 10}
              y={y + row / 2}
              textAnchor="end"
              dominantBaseline="middle"
              className="od-label"
            >
              {bar.label}
            </text>
            <rect
              x={labelWidth}
              y={y + 4}
              width={Math.max(length, bar.value > 0 ? 2 : 0)}
              height={row - 12}
              rx={3}
              className="od-bar"
            />
            <text x={labelWidth + length + 8} y={y + row / 2} dominantBaseline="middle" className="od-value">
              {format(bar.value)}
            </text>
          </g>
        );
      })}
    </Svg>
  );
}

const plot = { left: 48, right: 16, top: 16, bottom: 44, width: 720, height: 260 };
const inner = { width: plot.width - plot.left - plot.right, height: plot.height - plot.top - plot.bottom };

/** The week labels under a weekly chart: every one for a quarter, fewer for longer periods. */
function WeekAxis({ labels }: { labels: string[] }) {
  const step = Math.ceil(labels.length / 13);
  const slot = inner.width / Math.max(1, labels.length);
  return (
    <g>
      <line
        x1={plot.left}
        x2={plot.left + inner.width}
        y1={plot.top + inner.height}
        y2={plot.top + inner.height}
        className="od-axis"
      />
      {labels.map((label, index) =>
        index % step === 0 ? (
          <text
            // biome-ignore lint/suspicious/noArrayIndexKey: weeks are in order and unique per index
            key={index}
            x={plot.left + slot * (index + 0.5)}
            y={plot.top + inner.height + 20}
            textAnchor="middle"
            className="od-tick"
          >
            {label}
          </text>
        ) : null,
      )}
    </g>
  );
}

function ValueAxis({ ticks, format }: { ticks: number[]; format: (value: number) => string }) {
  const max = ticks.at(-1) ?? 1;
  return (
    <g>
      {ticks.map((tick) => {
        const y = plot.top + inner.height - (tick / max) * inner.height;
        return (
          <g key={tick}>
            <line x1={plot.left} x2={plot.left + inner.width} y1={y} y2={y} className="od-grid" />
            <text x={plot.left - 8} y={y} textAnchor="end" dominantBaseline="middle" className="od-tick">
              {format(tick)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

export type Series = { key: string; label: string; values: (number | null)[] };

/** Bars side by side per week: one per series, with a legend. */
export function WeeklyBars({
  weeks,
  series,
  format,
  ...labels
}: Labelled & { weeks: string[]; series: Series[]; format: (value: number) => string }) {
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values.map((v) => v ?? 0))));
  const ticks = [0, max / 2, max].filter(
    (tick, index, all) => Number.isInteger(tick) && all.indexOf(tick) === index,
  );
  const slot = inner.width / Math.max(1, weeks.length);
  const barWidth = Math.min(22, (slot * 0.8) / series.length);
  return (
    <div className="od-chart-box">
      <Legend series={series} shape="bar" />
      <Scroll label={labels.title}>
        <Svg {...labels} width={plot.width} height={plot.height} className="od-weekly">
          <ValueAxis ticks={ticks} format={format} />
          {series.map((s, seriesIndex) =>
            s.values.map((value, index) => {
              const height = ((value ?? 0) / max) * inner.height;
              const x =
                plot.left + slot * (index + 0.5) - (barWidth * series.length) / 2 + barWidth * seriesIndex;
              return (
                <rect
                  key={`${s.key}-${weeks[index]}`}
                  x={x}
                  y={plot.top + inner.height - height}
                  width={barWidth - 2}
                  height={height}
                  className={`od-series-${s.key}`}
                />
              );
            }),
          )}
          <WeekAxis labels={weeks} />
        </Svg>
      </Scroll>
    </div>
  );
}

/** Lines of shares (0–1) per week; a week without data breaks its line. Circles and squares tell them apart. */
export function WeeklyLines({
  weeks,
  series,
  format,
  ...labels
}: Labelled & { weeks: string[]; series: Series[]; format: (value: number) => string }) {
  const slot = inner.width / Math.max(1, weeks.length);
  const point = (value: number, index: number) => ({
    x: plot.left + slot * (index + 0.5),
    y: plot.top + inner.height - value * inner.height,
  });
  return (
    <div className="od-chart-box">
      <Legend series={series} shape="line" />
      <Scroll label={labels.title}>
        <Svg {...labels} width={plot.width} height={plot.height} className="od-lines">
          <ValueAxis ticks={[0, 0.25, 0.5, 0.75, 1]} format={format} />
          {series.map((s, seriesIndex) => {
            // Runs of consecutive weeks with a value, each drawn as one path.
            const runs: { x: number; y: number }[][] = [];
            s.values.forEach((value, index) => {
              if (value === null) return;
              const previous = index > 0 ? s.values[index - 1] : null;
              if (previous === null || previous === undefined || runs.length === 0) runs.push([]);
              runs.at(-1)!.push(point(value, index));
            });
            return (
              <g key={s.key} className={`od-series-${s.key}`}>
                {runs.map((run) => (
                  <path
                    key={`${run[0]!.x}`}
                    d={run
                      .map((p, i) => `${i === 0 ? "M" : "L"}${p.x.toFixed(1)},${p.y.toFixed(1)}`)
                      .join(" ")}
                    className="od-line"
                  />
                ))}
                {runs
                  .flat()
                  .map((p) =>
                    seriesIndex % 2 === 0 ? (
                      <circle key={p.x} cx={p.x} cy={p.y} r={4.5} className="od-marker" />
                    ) : (
                      <rect key={p.x} x={p.x - 4} y={p.y - 4} width={8} height={8} className="od-marker" />
                    ),
                  )}
              </g>
            );
          })}
          <WeekAxis labels={weeks} />
        </Svg>
      </Scroll>
    </div>
  );
}

/**
 * On a phone a weekly chart keeps a readable size and scrolls sideways in its own box (the page never does);
 * the box is a named, focusable region so keyboards can scroll it too.
 */
function Scroll({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="od-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}

/** The legend in HTML (readable at any zoom), hidden from screen readers: the table says the same. */
function Legend({ series, shape }: { series: Series[]; shape: "bar" | "line" }) {
  return (
    <ul className="od-legend" aria-hidden="true">
      {series.map((s, index) => (
        <li key={s.key}>
          <svg viewBox="0 0 24 12" className={`od-swatch od-series-${s.key}`} aria-hidden="true">
            {shape === "bar" ? (
              <rect x={2} y={1} width={20} height={10} />
            ) : (
              <>
                <line x1={0} x2={24} y1={6} y2={6} className="od-line" />
                {index % 2 === 0 ? (
                  <circle cx={12} cy={6} r={4} className="od-marker" />
                ) : (
                  <rect x={8} y={2} width={8} height={8} className="od-marker" />
                )}
              </>
            )}
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  );
}
