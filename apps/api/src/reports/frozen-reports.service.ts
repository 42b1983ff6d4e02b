import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, FREEZE_ROLES, type FrozenReportVersion, type QuarterlyReport, type ReportFormat, type ReportStamp } from '@lab/domain';
import { AuditService } from '../common/audit/audit.service';
import type { Actor } from '../common/actor';
import { FrozenReportEntity } from './frozen-report.entity';
import { CONTENT_TYPES, canonicalJson, jsonBytes, sha256, type ReportFile } from './report-files';
import { reportFileBase } from './report-format';
import { ReportRenderPool } from './report-render-pool';
import { labOrFail } from './report-queries';
import { QuarterlyReportService } from './quarterly-report.service';
import { amsterdamDay, SEND_ROLES, sendingProblems } from '@lab/domain';
import { throwFieldErrors } from '../common/field-errors';

/** Advisory-lock class of freezing (any constant unique in this app); the second key is the lab id. */
const FREEZE_LOCK = 0x52505254;
/** Renders of one freeze at most, when other freezes of the same quarter keep taking its version number. */
const MAX_FREEZE_ATTEMPTS = 3;

const METADATA = `f.id, f.lab_id AS "labId", f.period, f.version, f.data_sha256 AS "dataSha256", f.pdf_sha256 AS "pdfSha256",
  f.xlsx_sha256 AS "xlsxSha256", f.csv_sha256 AS "csvSha256", f.note, f.frozen_at AS "frozenAt", f.frozen_by_id AS "frozenById",
  u.name AS "frozenByName", to_char(f.sent_on, 'YYYY-MM-DD') AS "sentOn", f.sent_at AS "sentAt", f.sent_by_id AS "sentById",
  s.name AS "sentByName", f.sent_note AS "sentNote"`;
const FROM = 'frozen_reports f LEFT JOIN users u ON u.id = f.frozen_by_id LEFT JOIN users s ON s.id = f.sent_by_id';

type VersionRow = Omit<FrozenReportVersion, 'frozenAt' | 'sentAt'> & { frozenAt: Date; sentAt: Date | null };
const toVersion = (r: VersionRow): FrozenReportVersion => ({ ...r, frozenAt: r.frozenAt.toISOString(), sentAt: r.sentAt?.toISOString() ?? null });

/**
 * Frozen quarterly reports: the data and every rendered file stored once, with their SHA-256, so what the
 * council received can be served again byte for byte, whatever happens to the data afterwards.
 */
@Injectable()
export class FrozenReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reports: QuarterlyReportService,
    private readonly audit: AuditService,
    private readonly renders: ReportRenderPool,
  ) {}

  async freeze(labId: number, period: string, note: string | null, actor: Actor | null): Promise<FrozenReportVersion> {
    if (actor && !FREEZE_ROLES.includes(actor.role)) {
      throw new DomainError('FORBIDDEN', 'Only an administrator may freeze a quarterly report.');
    }
    // Computed from one read-only snapshot (so its figures agree with each other) and rendered outside the
    // writing transaction, in the render pool's threads: it is the slow part and needs no lock.
    const report = await this.reports.report(labId, period);
    const data = canonicalJson(report);
    const dataSha256 = sha256(data);
    const frozenByName = actor ? await this.userName(actor.userId) : null;

    // Each file is stamped with its version, so the version is guessed before rendering and checked under the
    // lock; a freeze of the same quarter that took it in the meantime makes this one render again as the next.
    for (let attempt = 1; ; attempt++) {
      const version = await this.nextVersion(this.dataSource.manager, labId, period);
      const frozenAt = new Date();
      const stamp: ReportStamp = { version, frozenAt: frozenAt.toISOString(), frozenByName, dataSha256 };
      const [pdf, xlsx, csv] = await Promise.all((['pdf', 'xlsx', 'csv'] as const).map((f) => this.renders.render(report, f, { stamp })));
      const frozen = await this.dataSource.transaction(async (m) => {
        // Serialises freezes of one lab, so two at once get consecutive versions instead of a unique violation.
        await m.query('SELECT pg_advisory_xact_lock($1, $2)', [FREEZE_LOCK, labId]);
        if ((await this.nextVersion(m, labId, period)) !== version) {
          if (attempt < MAX_FREEZE_ATTEMPTS) return null;
          throw new DomainError('CONFLICT', 'This quarterly report is being frozen by someone else at the same moment; try again.');
        }
        const row = {
          labId, period, version, data: report as unknown, dataSha256,
          pdf: pdf.bytes, pdfSha256: sha256(pdf.bytes), xlsx: xlsx.bytes, xlsxSha256: sha256(xlsx.bytes),
          csv: csv.bytes, csvSha256: sha256(csv.bytes), note: note ?? null, frozenById: actor?.userId ?? null, frozenAt,
        };
        const inserted = await m.insert(FrozenReportEntity, row as never);
        const id = inserted.identifiers[0]!.id as number;
        await this.audit.record(m, {
          userId: actor?.userId ?? null, resource: 'frozen-reports', recordId: id, action: 'freeze',
          changes: Object.fromEntries(
            (['labId', 'period', 'version', 'dataSha256', 'pdfSha256', 'xlsxSha256', 'csvSha256', 'note'] as const)
              .map((k) => [k, { before: null, after: row[k] }]),
          ),
        });
        return this.metadata(m, id);
      });
      if (frozen) return frozen;
    }
  }

  private async nextVersion(m: EntityManager, labId: number, period: string): Promise<number> {
    const [{ next }] = await m.query(
      'SELECT coalesce(max(version), 0) + 1 AS next FROM frozen_reports WHERE lab_id = $1 AND period = $2', [labId, period],
    );
    return Number(next);
  }

  private async userName(userId: number): Promise<string | null> {
    const [row] = await this.dataSource.query('SELECT name FROM users WHERE id = $1', [userId]);
    return (row?.name as string | undefined) ?? null;
  }

  /** Every frozen version of a lab's quarter, newest first. */
  async versions(labId: number, period: string): Promise<FrozenReportVersion[]> {
    await labOrFail(this.dataSource, labId);
    const rows: VersionRow[] = await this.dataSource.query(
      `SELECT ${METADATA} FROM ${FROM} WHERE f.lab_id = $1 AND f.period = $2 ORDER BY f.version DESC`,
      [labId, period],
    );
    return rows.map(toVersion);
  }

  /**
   * Records that a frozen version was sent to the council, on `sentOn` (default: today in Amsterdam), once:
   * a second time answers 409 naming when it went. The stored files do not change.
   */
  async send(id: number, input: { sentOn?: string; note?: string | null }, actor: Actor | null, now = new Date()): Promise<FrozenReportVersion> {
    if (actor && !SEND_ROLES.includes(actor.role)) {
      throw new DomainError('FORBIDDEN', 'Only an administrator may record that a report version was sent to the council.');
    }
    return this.dataSource.transaction(async (m) => {
      // Locks the row, so two recordings at once cannot both find it unsent.
      const [row] = await m.query('SELECT frozen_at AS "frozenAt", sent_on IS NOT NULL AS sent FROM frozen_reports WHERE id = $1 FOR UPDATE', [id]);
      if (!row) throw new DomainError('NOT_FOUND', `There is no frozen report with id ${id}.`);
      if (row.sent) {
        const sent = await this.metadata(m, id);
        throw new DomainError(
          'CONFLICT',
          `Version v${sent.version} of ${sent.period} was already sent to the council on ${sent.sentOn}` +
            `${sent.sentByName ? ` (recorded by ${sent.sentByName})` : ''}. A version is sent once: to send changed figures, freeze a new version.`,
        );
      }
      const sentOn = input.sentOn ?? amsterdamDay(now);
      throwFieldErrors('sending', sendingProblems(sentOn, row.frozenAt as Date, now));
      const note = input.note?.trim() || null;
      await m.query(
        'UPDATE frozen_reports SET sent_on = $2, sent_at = $3, sent_by_id = $4, sent_note = $5 WHERE id = $1',
        [id, sentOn, now, actor?.userId ?? null, note],
      );
      await this.audit.record(m, {
        userId: actor?.userId ?? null, resource: 'frozen-reports', recordId: id, action: 'send',
        changes: { sentOn: { before: null, after: sentOn }, sentNote: { before: null, after: note } },
      });
      return this.metadata(m, id);
    });
  }

  /** A frozen version's stored bytes in one format, with the checksum stored beside them. */
  async download(id: number, format: ReportFormat): Promise<ReportFile & { sha256: string; version: FrozenReportVersion }> {
    const version = await this.metadata(this.dataSource.manager, id);
    const column = { json: 'data', pdf: 'pdf', xlsx: 'xlsx', csv: 'csv' }[format];
    const [row] = await this.dataSource.query(`SELECT ${column} AS content FROM frozen_reports WHERE id = $1`, [id]);
    const bytes = format === 'json' ? await jsonBytes(row.content as QuarterlyReport, { canonical: true }) : (row.content as Buffer);
    const stored = { json: version.dataSha256, pdf: version.pdfSha256, xlsx: version.xlsxSha256, csv: version.csvSha256 }[format];
    return {
      bytes, contentType: CONTENT_TYPES[format], sha256: stored, version,
      filename: `${reportFileBase(version.labId, version.period, version.version)}.${format}`,
    };
  }

  private async metadata(m: EntityManager, id: number): Promise<FrozenReportVersion> {
    const [row] = await m.query(`SELECT ${METADATA} FROM ${FROM} WHERE f.id = $1`, [id]);
    if (!row) throw new DomainError('NOT_FOUND', `There is no frozen report with id ${id}.`);
    return toVersion(row);
  }
}
