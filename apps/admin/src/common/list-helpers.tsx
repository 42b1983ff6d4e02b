import { Typography } from '@mui/material';
import { SearchInput, TextField, useTranslate, type SearchInputProps, type TextFieldProps } from 'react-admin';

/**
 * Shared by the resource folders of reference data, team, agreements, lessons and history.
 * react-admin's SearchInput has only a placeholder; this gives the field an accessible name too.
 */
export function SearchFilter(props: SearchInputProps) {
  const translate = useTranslate();
  return <SearchInput slotProps={{ htmlInput: { 'aria-label': translate('ra.action.search') } }} {...props} />;
}

/** Long text in a list column: the first lines only; the Show page has the whole text. */
export function Excerpt({ lines = 2, ...props }: TextFieldProps & { lines?: number }) {
  return (
    <TextField
      sortable={false}
      sx={{ display: '-webkit-box', WebkitLineClamp: lines, WebkitBoxOrient: 'vertical', overflow: 'hidden', maxWidth: 520 }}
      {...props}
    />
  );
}

/** Multi-line text on a Show page keeps its line breaks. */
export function LongText(props: TextFieldProps) {
  return <TextField sx={{ whiteSpace: 'pre-line', display: 'block', maxWidth: 820 }} {...props} />;
}

/** What an empty related list says. */
export function Nothing() {
  const translate = useTranslate();
  return <Typography variant="body2" color="text.secondary">{translate('app.empty')}</Typography>;
}

/** Today in the user's own time zone, as YYYY-MM-DD (a default for date inputs). */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
