import { Box, Card, CardContent, Link, Table, TableBody, TableContainer, Typography } from '@mui/material';
import { useId } from 'react';
import { useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { DEFAULT_SMALL_NUMBER_THRESHOLD, type QuarterlyReport } from '@lab/domain';
import { ComparisonHeader, ComparisonRowCells, EVIDENCE_PATH, TotalsLine } from '../evidence/EvidencePage';

/** Rows a definition shows here; "Wat werkt" pages through the rest. */
const SHOWN_ROWS = 25;

/**
 * The report's "Wat werkt per thema": per theme, each shared definition's lab totals and its projects, best
 * progress first, as in the PDF, XLSX and CSV; "Wat werkt" filtered on the theme for more.
 */
export function ReportEvidence({ report }: { report: QuarterlyReport }) {
  const translate = useTranslate();
  const headingId = useId();
  const threshold = report.lab.smallNumberThreshold ?? DEFAULT_SMALL_NUMBER_THRESHOLD;
  const themes = report.evidence ?? [];
  const more = (themeId: number | null) => `${EVIDENCE_PATH}?lab=${report.lab.id}&quarter=${report.period}${themeId === null ? '' : `&theme=${themeId}`}`;
  return (
    <Card component="section" aria-labelledby={headingId} data-testid="report-evidence">
      <CardContent>
        <Typography id={headingId} variant="h6" component="h2" gutterBottom>{translate('reports.evidence.title')}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{translate('reports.evidence.intro', { threshold })}</Typography>
        {themes.length === 0 ? <Typography color="text.secondary">{translate('reports.evidence.empty')}</Typography>
          : themes.map((t) => (
            <Box key={t.themeId ?? 'none'} component="section" sx={{ mt: 2 }} aria-label={t.themeName} data-testid={`report-evidence-theme-${t.themeId ?? 'none'}`}>
              <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
                {t.themeId === null ? translate('reports.evidence.no_theme') : t.themeName}
              </Typography>
              {t.definitions.map((d) => (
                <Box key={d.id} sx={{ mt: 1 }} data-testid={`report-evidence-definition-${d.id}`}>
                  <Typography variant="subtitle2" component="h4">{d.name}</Typography>
                  <TotalsLine definition={d} />
                  <TableContainer>
                    <Table size="small" aria-label={`${t.themeName}: ${d.name}`}>
                      <ComparisonHeader />
                      <TableBody>
                        {d.rows.slice(0, SHOWN_ROWS).map((r) => <ComparisonRowCells key={r.indicatorId} row={r} unit={d.unit} threshold={threshold} />)}
                      </TableBody>
                    </Table>
                  </TableContainer>
                  {d.rows.length > SHOWN_ROWS && (
                    <Link component={RouterLink} to={more(t.themeId)} variant="body2">
                      {translate('reports.evidence.more', { smart_count: d.rows.length - SHOWN_ROWS })}
                    </Link>
                  )}
                </Box>
              ))}
            </Box>
          ))}
      </CardContent>
    </Card>
  );
}
