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
};
