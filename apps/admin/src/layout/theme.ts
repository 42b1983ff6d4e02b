import { defaultTheme } from 'react-admin';

// Amsterdam's red as the primary colour. Every colour used with white text reaches WCAG 2.1 AA contrast
// (4.5:1): MUI's default orange "warning" does not (3:1), so it is darkened.
export const theme = {
  ...defaultTheme,
  // Wide enough for the longest Dutch menu label (Samenwerkingsafspraken).
  sidebar: { width: 270, closedWidth: 55 },
  palette: {
    ...defaultTheme.palette,
    primary: { main: '#c4001a' },
    secondary: { main: '#004699' },
    warning: { main: '#9a4a00', contrastText: '#ffffff' },
    success: { main: '#1e6b24', contrastText: '#ffffff' },
  },
  components: {
    ...defaultTheme.components,
    // react-admin's "skip to content" link writes white on the page's near-white background: invisible when
    // a keyboard user reaches it first. Red on white text, with a focus ring, and on screen while focused.
    RaSkipNavigationButton: {
      styleOverrides: {
        root: {
          backgroundColor: '#c4001a',
          color: '#ffffff',
          fontWeight: 600,
          '&:hover': { backgroundColor: '#9b0015', opacity: 1 },
          '&:focus, &:focus-visible': { top: 16, outline: '3px solid #004699', outlineOffset: 2 },
        },
      },
    },
  },
};
