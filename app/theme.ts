import { type CSSVariablesResolver, createTheme, type MantineColorsTuple } from "@mantine/core";

// Daegu's city blue, tuned for WCAG AA contrast on white at shade 7 and above.
const daeguBlue: MantineColorsTuple = [
  "#e8f1ff",
  "#d0e0fb",
  "#a0bef2",
  "#6c9aea",
  "#427be3",
  "#2768df",
  "#175ede",
  "#054ec5",
  "#0045b1",
  "#003b9d",
];

export const theme = createTheme({
  primaryColor: "daegu",
  primaryShade: 8,
  colors: { daegu: daeguBlue },
  fontFamily:
    "'Pretendard Variable', Pretendard, -apple-system, BlinkMacSystemFont, 'Apple SD Gothic Neo', 'Noto Sans KR', sans-serif",
  headings: { fontWeight: "700" },
  defaultRadius: "md",
});

/**
 * Mantine's "dimmed" grey (#868e96) is 3.3:1 on white and its error red (#fa5252) 3.3:1; WCAG AA asks
 * 4.5:1 for text, so dimmed text uses gray.7 and field errors red.9.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-error": "var(--mantine-color-red-9)",
  },
  dark: {},
});
