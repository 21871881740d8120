import "../organizations/organizations.css";
import { Box, Text } from "@mantine/core";

export type Bar = { label: string; value: number };

const ROW = 44;

/**
 * A horizontal bar chart drawn on the server as SVG, so it shows without JavaScript and in share
 * previews. Bars are sized in percent of the chart's width and labels are real text in CSS pixels,
 * so it stays legible on a phone. For assistive technology it is one image whose label reads every
 * value; the caption is visible text.
 */
export function BarChart({ title, bars, testId }: { title: string; bars: Bar[]; testId?: string }) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const description = `${title}: ${bars.map((bar) => `${bar.label} ${bar.value.toLocaleString("en-US")}`).join(", ")}`;
  return (
    <Box component="figure" m={0} data-testid={testId}>
      <Text component="figcaption" fw={700} size="sm" mb="xs" c="gray.8">
        {title}
      </Text>
      <svg
        className="bar-chart"
        role="img"
        aria-label={description}
        width="100%"
        height={bars.length * ROW}
        xmlns="http://www.w3.org/2000/svg"
      >
        <title>{description}</title>
        {bars.map((bar, index) => {
          const top = index * ROW;
          const width = bar.value > 0 ? Math.max((bar.value / max) * 100, 0.75) : 0;
          return (
            <g key={bar.label}>
              <text x="0" y={top + 16} className="bar-label">
                {bar.label}
              </text>
              <text x="100%" y={top + 16} textAnchor="end" className="bar-value">
                {bar.value.toLocaleString("en-US")}
              </text>
              <rect x="0" y={top + 24} width="100%" height="12" rx="3" className="bar-track" />
              <rect x="0" y={top + 24} width={`${width.toFixed(2)}%`} height="12" rx="3" className="bar" />
            </g>
          );
        })}
      </svg>
    </Box>
  );
}
