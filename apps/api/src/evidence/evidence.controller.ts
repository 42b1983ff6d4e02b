import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { PHASES } from '@lab/domain';
import { evidenceCsv, evidenceXlsx } from './evidence-files';
import { parseEvidenceQuery } from './evidence-query';
import { EvidenceService } from './evidence.service';

@ApiTags('evidence')
@Controller('evidence')
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Get()
  @ApiOperation({ summary: '"Wat werkt": per shared definition of the lab, a row per project that adopts it through the quarter (a page of them, in the order asked); format=csv|xlsx for a file with every row' })
  @ApiQuery({ name: 'lab', type: Number })
  @ApiQuery({ name: 'quarter', type: String, example: '2026-Q3' })
  @ApiQuery({ name: 'definition', required: false, type: Number })
  @ApiQuery({ name: 'theme', required: false, type: Number })
  @ApiQuery({ name: 'district', required: false, type: Number })
  @ApiQuery({ name: 'phase', required: false, enum: PHASES })
  @ApiQuery({ name: 'sort', required: false, description: 'JSON pair, e.g. ["progress","DESC"]: the order of every definition\'s rows' })
  @ApiQuery({ name: 'range', required: false, description: 'JSON pair of inclusive offsets into each definition\'s rows, e.g. [0,24] (at most 100 rows); the files hold every row' })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv', 'xlsx'] })
  async compare(@Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    const q = parseEvidenceQuery(query);
    const comparison = await this.evidence.compare(q, undefined, q.format !== 'json');
    if (q.format === 'json') return comparison;
    const bytes = q.format === 'csv' ? await evidenceCsv(comparison) : await evidenceXlsx(comparison);
    res.setHeader('Content-Disposition', `attachment; filename="wat-werkt-${q.quarter}.${q.format}"`);
    const type = q.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    return new StreamableFile(bytes, { type, length: bytes.length });
  }
}
