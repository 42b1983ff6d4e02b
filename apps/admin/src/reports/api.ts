import { HttpError } from 'react-admin';
import { httpClient } from '../data-provider';
import { sessionToken } from '../auth/session';
import type { ErrorBody, FrozenReportVersion, PaymentsOverview, QuarterlyReport, ReportFileFormat } from '@lab/domain';

const query = (params: Record<string, string | number | undefined>) =>
  Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');

export async function fetchReport(lab: number, quarter: string): Promise<QuarterlyReport> {
  return (await httpClient(`/api/reports/quarterly?${query({ lab, quarter })}`)).json as QuarterlyReport;
}

export async function fetchVersions(lab: number, quarter: string): Promise<FrozenReportVersion[]> {
  return (await httpClient(`/api/reports/quarterly/versions?${query({ lab, quarter })}`)).json as FrozenReportVersion[];
}

export async function freezeReport(lab: number, quarter: string, note?: string): Promise<FrozenReportVersion> {
  const body = { lab, quarter, ...(note?.trim() ? { note: note.trim() } : {}) };
  return (await httpClient('/api/reports/quarterly/freeze', { method: 'POST', body: JSON.stringify(body) })).json as FrozenReportVersion;
}

/** Records that a frozen version was sent to the council: on `sentOn` (default today), with an optional note. */
export async function sendReport(id: number, sentOn: string, note?: string): Promise<FrozenReportVersion> {
  const body = { sentOn, ...(note?.trim() ? { note: note.trim() } : {}) };
  return (await httpClient(`/api/reports/quarterly/versions/${id}/sent`, { method: 'POST', body: JSON.stringify(body) })).json as FrozenReportVersion;
}

/** The lab's outcome payments through `through` (default: the last quarter that has ended); with `agreement`, that contract's alone. */
export async function fetchPayments(lab: number, options: { through?: string; agreement?: number } = {}): Promise<PaymentsOverview> {
  return (await httpClient(`/api/reports/payments?${query({ lab, ...options })}`)).json as PaymentsOverview;
}

export const reportFileUrl = (lab: number, quarter: string, format: ReportFileFormat) => `/api/reports/quarterly?${query({ lab, quarter, format })}`;
export const versionFileUrl = (id: number, format: ReportFileFormat | 'json') => `/api/reports/quarterly/versions/${id}?${query({ format })}`;

/** The file name the API gives (Content-Disposition), else the fallback. */
function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain ? plain[1] : fallback;
}

/**
 * Downloads a file of the API with the signed-in user's token (a plain link cannot send it): reads the body
 * with progress (0…1, or null while the size is unknown), then hands it to the browser as a download.
 */
export async function downloadFile(url: string, fallbackName: string, onProgress?: (share: number | null) => void): Promise<void> {
  const token = sessionToken();
  let response: Response;
  try {
    response = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new HttpError('app.errors.unreachable', 0, {});
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as Partial<ErrorBody>;
    const message = response.status === 403 ? 'auth.forbidden' : response.status === 401 ? 'auth.session.expired' : body.message ?? 'ra.notification.http_error';
    throw new HttpError(message, response.status, body);
  }
  const total = Number(response.headers.get('Content-Length')) || 0;
  const chunks: BlobPart[] = [];
  if (response.body) {
    const reader = response.body.getReader();
    let received = 0;
    onProgress?.(total ? 0 : null);
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value as BlobPart);
      received += value.length;
      onProgress?.(total ? Math.min(1, received / total) : null);
    }
  } else {
    chunks.push(await response.arrayBuffer());
  }
  const blob = new Blob(chunks, { type: response.headers.get('Content-Type') ?? 'application/octet-stream' });
  const href = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.download = fileNameOf(response, fallbackName);
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // Give the browser a moment to start the download before the object URL goes.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
