import DownloadIcon from '@mui/icons-material/Download';
import { Box, Button, LinearProgress } from '@mui/material';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { downloadFile } from './api';

/** A download of an API file with the token, showing its progress; a failure is said in words. */
export function DownloadButton({ url, fileName, label, ariaLabel, size = 'medium', variant = 'outlined' }: {
  url: string;
  fileName: string;
  label: string;
  ariaLabel?: string;
  size?: 'small' | 'medium';
  variant?: 'outlined' | 'text' | 'contained';
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const [progress, setProgress] = useState<number | null | undefined>(undefined);
  const busy = progress !== undefined;
  const run = async () => {
    setProgress(null);
    try {
      await downloadFile(url, fileName, setProgress);
    } catch (error) {
      const message = (error as Error)?.message ?? 'ra.notification.http_error';
      notify(translate(message, { _: message }), { type: 'error' });
    } finally {
      setProgress(undefined);
    }
  };
  return (
    <Box sx={{ display: 'inline-flex', flexDirection: 'column', minWidth: 90 }}>
      <Button
        size={size}
        variant={variant}
        startIcon={<DownloadIcon aria-hidden />}
        onClick={() => void run()}
        disabled={busy}
        aria-label={ariaLabel}
        aria-busy={busy}
      >
        {label}
      </Button>
      {busy && (
        <LinearProgress
          variant={progress === null ? 'indeterminate' : 'determinate'}
          value={progress === null ? undefined : Math.round((progress ?? 0) * 100)}
          aria-label={translate('reports.downloading', { name: fileName })}
          sx={{ mt: 0.5 }}
        />
      )}
    </Box>
  );
}
