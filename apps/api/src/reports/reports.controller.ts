import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor } from '../common/actor.decorators';
import type { Actor } from '../common/actor';
import { IdPipe } from '../common/id.pipe';
import { FreezeReportDto } from './dto/freeze-report.dto';
import { SendReportDto } from './dto/send-report.dto';
import { FrozenChangesService } from './frozen-changes.service';
import { FrozenReportsService } from './frozen-reports.service';
import { PaymentsService } from './payments.service';
import type { ReportFile } from './report-files';
import { ReportFilesService } from './report-files.service';
import { parseFormat, parsePaymentsQuery, parseReportQuery } from './report-query';
import { ReportWindowService } from './report-window.service';

function send(res: Response, file: ReportFile, extra: Record<string, string> = {}, attachment = true): StreamableFile {
  if (attachment) res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
  for (const [k, v] of Object.entries(extra)) res.setHeader(k, v);
  return new StreamableFile(file.bytes, { type: file.contentType, length: file.bytes.length });
}

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly files: ReportFilesService,
    private readonly frozen: FrozenReportsService,
    private readonly outcomePayments: PaymentsService,
    private readonly window: ReportWindowService,
    private readonly frozenChanges: FrozenChangesService,
  ) {}

  @Get('quarterly')
  @ApiOperation({ summary: "The quarterly outcome report of a lab: JSON, or with format=pdf|xlsx|csv the file; the quarter lies in the lab's window" })
  @ApiQuery({ name: 'lab', type: Number })
  @ApiQuery({ name: 'quarter', type: String, example: '2016-Q3' })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'pdf', 'xlsx', 'csv'] })
  @ApiQuery({ name: 'dialect', required: false, enum: ['nl', 'machine'], description: 'CSV only: nl (default) for Dutch Excel, machine for other systems' })
  async quarterly(@Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    const { lab, quarter, format, dialect } = parseReportQuery(query, { format: true });
    await this.window.check(lab, { quarter }, 'report request');
    return send(res, await this.files.file(lab, quarter, format, dialect), {}, format !== 'json');
  }

  @Post('quarterly/freeze')
  @ApiOperation({ summary: 'Freeze a quarterly report (administrators): stores its data, PDF, XLSX and CSV with SHA-256 as the next version' })
  async freeze(@Body() dto: FreezeReportDto, @CurrentActor() actor: Actor) {
    await this.window.check(dto.lab, { quarter: dto.quarter }, 'freeze request');
    return this.frozen.freeze(dto.lab, dto.quarter, dto.note ?? null, actor);
  }

  @Get('quarterly/versions')
  @ApiOperation({ summary: 'The frozen versions of a lab\'s quarterly report, newest first' })
  @ApiQuery({ name: 'lab', type: Number })
  @ApiQuery({ name: 'quarter', type: String, example: '2016-Q3' })
  versions(@Query() query: Record<string, unknown>) {
    const { lab, quarter } = parseReportQuery(query, { format: false });
    return this.frozen.versions(lab, quarter);
  }

  @Get('quarterly/versions/:id/changes')
  @ApiOperation({ summary: 'What has changed since a version was frozen: the corrections recorded against it, and the live figures that now differ' })
  versionChanges(@Param('id', IdPipe) id: number) {
    return this.frozenChanges.changes(id);
  }

  @Get('quarterly/versions/:id')
  @ApiOperation({ summary: 'A frozen version exactly as stored (json, pdf, xlsx or csv), with X-Content-SHA256' })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'pdf', 'xlsx', 'csv'] })
  async version(@Param('id', IdPipe) id: number, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    const format = parseFormat(query);
    const file = await this.frozen.download(id, format);
    return send(res, file, { 'X-Content-SHA256': file.sha256 });
  }

  @Post('quarterly/versions/:id/sent')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Record that a frozen version was sent to the council (administrators), once: the day (default today, not in the future, ' +
      'not before the freeze) and an optional note such as the raadsbrief\'s reference; a second time answers 409',
  })
  sent(@Param('id', IdPipe) id: number, @Body() dto: SendReportDto, @CurrentActor() actor: Actor) {
    return this.frozen.send(id, { sentOn: dto.sentOn ?? undefined, note: dto.note ?? null }, actor);
  }

  @Get('payments')
  @ApiOperation({
    summary: 'Outcome payments (betalen wat werkt) per outcome contract of a lab, quarter by quarter through `through` (in the lab\'s window); ' +
      'at most 10,000 quarter rows, else 400 naming through',
  })
  @ApiQuery({ name: 'lab', type: Number })
  @ApiQuery({ name: 'through', required: false, type: String, example: '2017-Q4' })
  @ApiQuery({ name: 'agreement', required: false, type: Number, description: "Only this outcome contract's schedule" })
  payments(@Query() query: Record<string, unknown>) {
    const { lab, through, agreement } = parsePaymentsQuery(query);
    return this.outcomePayments.overview(lab, through, { agreement });
  }
}
