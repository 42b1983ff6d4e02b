import { Controller, Get, HttpCode, Param, Post, Req, Res, StreamableFile, UseInterceptors } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainError, IMPORT_LAB_ROLES } from '@lab/domain';
import { CurrentActor } from '../common/actor.decorators';
import type { Actor } from '../common/actor';
import { IdPipe } from '../common/id.pipe';
import { QuarterImportService, type ImportOptions } from './quarter-import.service';
import { parsePeriod } from './quarters.service';
import { TemplateUploadInterceptor } from './template-upload.interceptor';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function send(res: Response, file: { filename: string; bytes: Buffer }): StreamableFile {
  res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
  return new StreamableFile(file.bytes, { type: XLSX, length: file.bytes.length });
}

/** `dryRun` and `submit`, from the query or the multipart form's fields: true or false. A dry run unless told otherwise. */
function options(req: Request): ImportOptions {
  const errors: Record<string, string> = {};
  const flag = (name: string, fallback: boolean): boolean => {
    const sent = (req.query as Record<string, unknown>)[name] ?? (req.body as Record<string, unknown> | undefined)?.[name];
    if (sent === undefined || sent === '') return fallback;
    if (sent === 'true' || sent === true) return true;
    if (sent === 'false' || sent === false) return false;
    errors[name] = 'must be true or false';
    return fallback;
  };
  const result = { dryRun: flag('dryRun', true), submit: flag('submit', false) };
  if (Object.keys(errors).length) {
    throw new DomainError('VALIDATION_FAILED', `Invalid import: ${Object.entries(errors).map(([f, m]) => `${f} ${m}`).join('; ')}`, { errors });
  }
  return result;
}

function assertLabImporter(actor: Actor): void {
  if (!IMPORT_LAB_ROLES.includes(actor.role)) throw new DomainError('FORBIDDEN', 'Only an administrator takes or imports the template of a whole lab.');
}

@ApiTags('quarters')
@Controller()
export class QuarterImportController {
  constructor(private readonly imports: QuarterImportService) {}

  @Get('projects/:id/quarters/:period/template.xlsx')
  @ApiOperation({ summary: "A project's quarter as an XLSX template: its indicators, the target in force, last quarter's value, the breakdown and status update cells" })
  async projectTemplate(@Param('id', IdPipe) id: number, @Param('period') period: string, @Res({ passthrough: true }) res: Response) {
    return send(res, await this.imports.projectTemplate(id, parsePeriod('period', period)));
  }

  @Post('projects/:id/quarters/:period/import')
  @HttpCode(200)
  @UseInterceptors(TemplateUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: "Import a project's filled-in template (multipart field file): dryRun=true (the default) says per row what would happen; dryRun=false saves, as draft or with submit=true submitted" })
  async importProject(@Param('id', IdPipe) id: number, @Param('period') period: string, @Req() req: Request, @CurrentActor() actor: Actor) {
    const quarter = parsePeriod('period', period);
    return this.imports.importProject(id, quarter, (req as { file?: { buffer: Buffer } }).file?.buffer, options(req), actor);
  }

  @Get('labs/:id/quarters/:period/template.xlsx')
  @ApiOperation({ summary: "A lab's quarter as one XLSX template with a sheet per project (administrators)" })
  async labTemplate(@Param('id', IdPipe) id: number, @Param('period') period: string, @CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response) {
    assertLabImporter(actor);
    return send(res, await this.imports.labTemplate(id, parsePeriod('period', period)));
  }

  @Post('labs/:id/quarters/:period/import')
  @HttpCode(200)
  @UseInterceptors(TemplateUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: "Import a lab's filled-in template, every project in one transaction (administrators)" })
  async importLab(@Param('id', IdPipe) id: number, @Param('period') period: string, @Req() req: Request, @CurrentActor() actor: Actor) {
    assertLabImporter(actor);
    const quarter = parsePeriod('period', period);
    return this.imports.importLab(id, quarter, (req as { file?: { buffer: Buffer } }).file?.buffer, options(req), actor);
  }
}
