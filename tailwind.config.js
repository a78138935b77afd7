/** Theme tokens for Gesso's dark, calm studio. Loaded from src/index.css with @config. */
export default {
  theme: {
    extend: {
      colors: {
        ink: {
          950: '#0c0d10',
          900: '#121318',
          850: '#17181e',
          800: '#1d1f26',
          700: '#2a2d36',
          600: '#3a3e4a',
        },
        paper: { 100: '#ecedf1', 300: '#b9bcc7', 500: '#8a8e9b' },
        // 500 and 600 carry white text (primary buttons, pressed tools): both keep 4.5:1 or more with white
        // (WCAG AA, checked by axe in e2e/a11y-axe.spec.ts); 400 is for text and outlines on ink.
        accent: { 400: '#8fb3ff', 500: '#3f6bd1', 600: '#3a63c4' },
        danger: { 400: '#ff8b8b', 500: '#e55d5d' },
        warn: { 400: '#f5c46c' },
        ok: { 400: '#7fd6a0' },
      },
      fontFamily: {
        sans: ['Inter', 'system-ui', 'Segoe UI', 'Roboto', 'sans-serif'],
        mono: ['JetBrains Mono', 'ui-monospace', 'monospace'],
      },
    },
  },
};
