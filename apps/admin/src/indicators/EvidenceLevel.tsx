import { Box, Chip, Typography } from '@mui/material';
import VerifiedIcon from '@mui/icons-material/Verified';
import { useLocaleState, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import type { IndicatorEvidence, Words } from '@lab/domain';

const say = (words: Words | null | undefined, locale: string) => (words ? (locale === 'en' ? words.en : words.nl) : '');

/** The level's colour: stronger evidence, stronger colour (each with AA contrast); the words always say it too. */
const COLOURS = ['default', 'default', 'secondary', 'secondary', 'success'] as const;

/** The evidence level of an indicator's figures, as a chip: "Bewijskracht 3 – eerste aanwijzingen voor effectiviteit". */
export function EvidenceChip({ indicator }: { indicator: RaRecord }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const evidence = indicator.evidence as IndicatorEvidence | undefined;
  if (!evidence) return null;
  return (
    <Chip
      size="small"
      color={COLOURS[evidence.level - 1]}
      variant={evidence.level >= 4 ? 'filled' : 'outlined'}
      icon={<VerifiedIcon aria-hidden />}
      label={`${translate('resources.indicators.evidence.short')} ${say(evidence.label, locale)}`}
    />
  );
}

/** The level with what it rests on and what the next step takes, in the user's language. */
export function EvidenceLevelText({ indicator, dense = false }: { indicator: RaRecord; dense?: boolean }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const evidence = indicator.evidence as IndicatorEvidence | undefined;
  if (!evidence) return null;
  return (
    <Box component="section" aria-label={translate('resources.indicators.evidence.title')} data-evidence-level={evidence.level} sx={{ my: dense ? 1 : 0 }}>
      {!dense && <Typography variant="subtitle2" component="h3">{translate('resources.indicators.evidence.title')}</Typography>}
      <Box sx={{ mb: 0.5 }}><EvidenceChip indicator={indicator} /></Box>
      <Typography variant="body2">{say(evidence.explanation, locale)}</Typography>
      {evidence.next && <Typography variant="body2" color="text.secondary">{say(evidence.next, locale)}</Typography>}
    </Box>
  );
}

/** For a show layout: the record in context. */
export function EvidenceLevelField(_props: { label?: string }) {
  const record = useRecordContext();
  return record ? <EvidenceLevelText indicator={record} dense /> : null;
}

/** For a list row: the chip alone. */
export function EvidenceChipField(_props: { label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  return record ? <EvidenceChip indicator={record} /> : null;
}
