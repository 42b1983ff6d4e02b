import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import {
  addQuarters, cellText, isMeasurementEditable, DomainError, FILE_WORDS, fieldErrorCodes, figureOf, healthOf, importCounts, templateProblem, TEMPLATE_ROWS,
  type ExpectedTemplate, type ImportRowState, type Parts, type QuarterEntry, type QuarterImportResult, type QuarterImportRow,
} from '@lab/domain';
import type { Actor } from '../common/actor';
import { validationErrors, VALIDATION_OPTIONS } from '../common/validation.pipe';
import { changedContent } from '../status-updates/status-updates.service';
import { QuarterEntryDto } from './dto/quarter-entry.dto';
import { oneAtATime, readTemplate, templateWorkbook, type ReadSheet, type TemplateSheet } from './quarter-template';
import { changedFields, QuartersService, STATUS_UPDATE_REQUIRED } from './quarters.service';
import { fileRefused } from './template-upload.interceptor';

/** A text in the answer is cut to this many characters: the answer stays small whatever a cell holds. */
const SHOWN_CHARACTERS = 200;
const clip = (v: unknown) => (typeof v === 'string' && v.length > SHOWN_CHARACTERS ? `${v.slice(0, SHOWN_CHARACTERS - 1)}…` : v);

export interface ImportOptions { dryRun: boolean; submit: boolean }

/** One project's part of an import: its sheet read as the PUT's body, and what the entry's rules say of it. */
interface ProjectPlan {
  projectId: number;
  dto: QuarterEntryDto;
  current: QuarterEntry;
  rows: QuarterImportRow[];
}

/** A row as the PUT would get it, with where it came from. */
interface SheetItem { row: number; item: Record<string, unknown> }

/**
 * The quarter's spreadsheet: the template to download, and its import, which reads each sheet as the body of
 * the quarterly entry's PUT and asks the entry's own validation and rules (QuartersService.check) about it, row
 * by row. Applying writes through the entry's own `write`, every project in one transaction, and only when no
 * row is refused: like the entry itself, a quarter is saved whole or not at all.
 */
@Injectable()
export class QuarterImportService {
  constructor(private readonly dataSource: DataSource, private readonly quarters: QuartersService) {}

  private async labOf(projectId: number, manager: EntityManager): Promise<number> {
    const [row] = await manager.query('SELECT lab_id AS "labId" FROM projects WHERE id = $1', [projectId]);
    if (!row) throw new DomainError('NOT_FOUND', `There is no project with id ${projectId}.`);
    return row.labId;
  }

  private async labProjects(labId: number, manager: EntityManager): Promise<number[]> {
    const [lab] = await manager.query('SELECT id FROM labs WHERE id = $1', [labId]);
    if (!lab) throw new DomainError('NOT_FOUND', `There is no lab with id ${labId}.`);
    return (await manager.query('SELECT id FROM projects WHERE lab_id = $1 ORDER BY code, id', [labId])).map((r: { id: number }) => r.id);
  }

  private async sheet(projectId: number, period: string, manager: EntityManager): Promise<TemplateSheet> {
    const entry = await this.quarters.entry(projectId, period, manager);
    const previous: { indicatorId: number; value: string }[] = await manager.query(
      `SELECT m.indicator_id AS "indicatorId", m.value FROM measurements m JOIN indicators i ON i.id = m.indicator_id
        WHERE i.project_id = $1 AND m.period = $2`, [projectId, addQuarters(period, -1)]);
    return { entry, previous: new Map(previous.map((p) => [p.indicatorId, Number(p.value)])) };
  }

  async projectTemplate(projectId: number, period: string): Promise<{ filename: string; bytes: Buffer }> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const labId = await this.labOf(projectId, manager);
      const sheet = await this.sheet(projectId, period, manager);
      return { filename: `kwartaal-${sheet.entry.projectCode}-${period}.xlsx`, bytes: await oneAtATime(() => templateWorkbook('project', labId, period, [sheet])) };
    });
  }

  async labTemplate(labId: number, period: string): Promise<{ filename: string; bytes: Buffer }> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const sheets: TemplateSheet[] = [];
      for (const id of await this.labProjects(labId, manager)) sheets.push(await this.sheet(id, period, manager));
      return { filename: `kwartaal-lab-${labId}-${period}.xlsx`, bytes: await oneAtATime(() => templateWorkbook('lab', labId, period, sheets)) };
    });
  }

  async importProject(projectId: number, period: string, file: Buffer | undefined, options: ImportOptions, actor: Actor): Promise<QuarterImportResult> {
    const started = Date.now();
    const labId = await this.labOf(projectId, this.dataSource.manager);
    await this.quarters.assertMayReport(projectId, actor);
    const [{ code }] = await this.dataSource.query('SELECT code FROM projects WHERE id = $1', [projectId]);
    return this.run({ scope: 'project', labId, period, projectId, projectCode: code }, file, options, actor, started);
  }

  async importLab(labId: number, period: string, file: Buffer | undefined, options: ImportOptions, actor: Actor): Promise<QuarterImportResult> {
    const started = Date.now();
    await this.labProjects(labId, this.dataSource.manager);
    return this.run({ scope: 'lab', labId, period }, file, options, actor, started);
  }

  private async run(expected: ExpectedTemplate, file: Buffer | undefined, options: ImportOptions, actor: Actor, started: number): Promise<QuarterImportResult> {
    if (!file) throw fileRefused(FILE_WORDS.missing);
    const read = await oneAtATime(() => readTemplate(file));
    if ('problem' in read) throw fileRefused(read.problem);
    const problem = templateProblem(read.meta, expected);
    if (problem) throw fileRefused(problem);
    const { period } = expected;
    const projects = read.meta.projects;

    const plans: ProjectPlan[] = [];
    await this.dataSource.transaction(async (manager) => {
      const inLab = new Set(expected.scope === 'lab' ? await this.labProjects(expected.labId, manager) : [expected.projectId!]);
      const stranger = projects.find((p) => !inLab.has(p.projectId));
      if (stranger) throw fileRefused(FILE_WORDS.notAProject(stranger.projectId));
      for (const p of [...projects].sort((a, b) => a.projectId - b.projectId)) {
        // Applying takes each project as the entry's PUT does (one entry at a time, the access check); a dry run only reads.
        const current = options.dryRun
          ? (await this.quarters.assertMayReport(p.projectId, actor, manager), await this.quarters.entry(p.projectId, period, manager))
          : await this.quarters.lockForEntry(p.projectId, period, actor, manager);
        plans.push(await this.plan(p.projectId, read.sheets.get(p.sheet)!, current, options));
      }
      const rows = plans.flatMap((plan) => plan.rows);
      if (options.dryRun || rows.some((r) => r.state === 'refused')) return;
      for (const plan of plans) await this.quarters.write(plan.projectId, period, plan.current, plan.dto, actor, manager);
    });

    const order = new Map(projects.map((p, n) => [p.projectId, n]));
    const rows = plans.sort((a, b) => order.get(a.projectId)! - order.get(b.projectId)!).flatMap((plan) => plan.rows);
    const counts = importCounts(rows);
    const applied = !options.dryRun && counts.refused === 0;
    const result: QuarterImportResult = {
      period, dryRun: options.dryRun, submit: options.submit, applied,
      message: options.dryRun
        ? (counts.refused ? `Dry run: nothing saved; ${counts.refused} row(s) would be refused, and then nothing is saved.` : 'Dry run: nothing saved; applying saves the rows as shown.')
        : applied ? `Saved ${options.submit ? 'and submitted' : 'as draft'}: ${counts.new} new, ${counts.changed} changed, ${counts.unchanged} unchanged.`
          : `Nothing saved: ${counts.refused} row(s) refused. Fix them and import the file again.`,
      projects, counts, rows, tookMs: Date.now() - started,
    };
    if (!options.dryRun && !applied) {
      const errors = Object.fromEntries(rows.flatMap((r) => Object.entries(r.reasons).map(([field, words]) => [`${r.sheet}.${r.row}.${field}`, words] as const)));
      throw new DomainError('RULE_BROKEN', result.message, { errors, import: result });
    }
    return result;
  }

  /** A sheet as the PUT's body; then the PUT's validation and the entry's rules, and per row what applying does. */
  private async plan(projectId: number, sheet: ReadSheet, current: QuarterEntry, options: ImportOptions): Promise<ProjectPlan> {
    const indicators = new Map(current.indicators.map((i) => [i.id, i]));
    const items: SheetItem[] = [];
    const rows: QuarterImportRow[] = [];
    const base = { projectId, projectCode: current.projectCode, sheet: sheet.name };

    for (const { row, cells } of sheet.rows) {
      const id = figureOf(cells.indicatorId);
      const indicator = typeof id === 'number' ? indicators.get(id) : undefined;
      const parts: Parts = {};
      for (const [key, v] of Object.entries(cells)) {
        if (!key.startsWith('parts.')) continue;
        const figure = figureOf(v);
        if (figure === null) continue;
        const [, dimension, code] = key.split('.');
        // Only the indicator's own breakdown is read: the other columns of the sheet are other indicators'. A row
        // of no indicator of the project is refused for that alone.
        if (!indicator || !indicator.dimensions.some((d) => d.key === dimension)) continue;
        (parts[dimension] ??= {})[code] = figure as number;
      }
      const item = {
        indicatorId: id, value: figureOf(cells.value), note: cellText(cells.note), evidenceUrl: cellText(cells.evidenceUrl),
        peopleMeasured: figureOf(cells.peopleMeasured), parts: Object.keys(parts).length ? parts : null,
      };
      const given = item.value !== null || item.note !== null || item.evidenceUrl !== null || item.peopleMeasured !== null || item.parts !== null;
      if (!given && indicator) {
        // Nothing filled in: nothing is sent, as the entry screen sends no empty value. Submitting still hands in
        // a stored draft or returned value, as the entry's submit does.
        const m = indicator.measurement;
        const changes = options.submit && m && isMeasurementEditable(m.status) ? [{ field: 'status', old: m.status as unknown, new: 'submitted' as unknown }] : [];
        const state: ImportRowState = !m ? 'empty' : changes.length ? 'changed' : 'unchanged';
        rows.push({ ...base, row, kind: 'measurement', indicatorId: indicator.id, indicator: indicator.name, state, changes, reasons: {}, reasonCodes: {} });
        continue;
      }
      items.push({ row, item: item.value === null ? { ...item, value: undefined } : item });
    }

    const health = healthOf(sheet.health);
    const narrative = cellText(sheet.narrative);
    const statusUpdate = health !== null || narrative !== null ? { health: health ?? undefined, narrative: narrative ?? undefined } : undefined;
    const body = { measurements: items.map((i) => i.item), ...(statusUpdate ? { statusUpdate } : {}), submit: options.submit };

    // The PUT's own validation first (the shapes), then the entry's rules (units, parts, locks).
    const dto = plainToInstance(QuarterEntryDto, body);
    const { exceptionFactory: _, ...validatorOptions } = VALIDATION_OPTIONS;
    const shape = validationErrors(await validate(dto, validatorOptions));
    const { errors, locks } = this.quarters.check(current, dto);
    const reasonsOf = (prefix: string) => {
      const pick = (all: Record<string, string>) => Object.fromEntries(Object.entries(all).filter(([f]) => f.startsWith(prefix)).map(([f, w]) => [f.slice(prefix.length), w]));
      const found = pick(shape);
      return Object.keys(found).length ? found : { ...pick(errors), ...pick(locks) };
    };

    items.forEach(({ row, item }, n) => {
      const indicator = typeof item.indicatorId === 'number' ? indicators.get(item.indicatorId) : undefined;
      const reasons = reasonsOf(`measurements.${n}.`);
      const m = indicator?.measurement ?? null;
      const sent = dto.measurements![n];
      const fields = m ? changedFields(m, sent) : (['value', 'note', 'evidenceUrl', 'peopleMeasured', 'parts'] as const).filter((f) => (sent[f] ?? null) !== null);
      const changes = fields.map((f) => ({ field: f, old: m ? (m[f as keyof typeof m] ?? null) : null, new: sent[f as keyof typeof sent] ?? null }));
      // Submitting hands in every draft or returned value: that, too, is a change on record.
      if (options.submit && (!m || isMeasurementEditable(m.status))) changes.push({ field: 'status', old: m?.status ?? null, new: 'submitted' });
      const state: ImportRowState = Object.keys(reasons).length ? 'refused' : !m ? 'new' : changes.length ? 'changed' : 'unchanged';
      rows.push({
        ...base, row, kind: 'measurement', indicatorId: typeof item.indicatorId === 'number' ? item.indicatorId : null, indicator: indicator?.name ?? null, state,
        changes: changes.map((c) => ({ ...c, old: clip(c.old), new: clip(c.new) })),
        reasons, reasonCodes: fieldErrorCodes(reasons),
      });
    });

    const su = current.statusUpdate;
    const suReasons: Record<string, string> = statusUpdate ? reasonsOf('statusUpdate.') : {};
    if (shape.statusUpdate) suReasons.statusUpdate = shape.statusUpdate;
    if (options.submit && !statusUpdate && !su) suReasons.statusUpdate = STATUS_UPDATE_REQUIRED;
    const suFields = statusUpdate ? (su ? changedContent(su, statusUpdate) : ['health', 'narrative']) : [];
    const suChanges = suFields.map((f) => ({ field: f, old: su ? (su as Record<string, unknown>)[f] ?? null : null, new: (statusUpdate as Record<string, unknown> | undefined)?.[f] ?? null }));
    if (options.submit && (su || statusUpdate) && !su?.submittedAt) suChanges.push({ field: 'status', old: su ? 'draft' : null, new: 'submitted' });
    const suState: ImportRowState = Object.keys(suReasons).length ? 'refused' : !statusUpdate && !su ? 'empty' : !su ? 'new' : suChanges.length ? 'changed' : 'unchanged';
    rows.push({
      ...base, row: TEMPLATE_ROWS.health, kind: 'statusUpdate', indicatorId: null, indicator: null, state: suState,
      changes: suChanges.map((c) => ({ ...c, old: clip(c.old), new: clip(c.new) })),
      reasons: suReasons, reasonCodes: fieldErrorCodes(suReasons),
    });
    rows.sort((a, b) => a.row - b.row);
    return { projectId, dto, current, rows };
  }
}
