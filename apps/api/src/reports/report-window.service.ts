import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { todayIso } from '@lab/domain';
import { throwFieldErrors } from '../common/field-errors';
import { labWindow, labWindowErrors } from '../common/lab-window';

/** Checks the quarter a lab's report is asked for against the lab's window, before any of it is computed. */
@Injectable()
export class ReportWindowService {
  constructor(private readonly dataSource: DataSource) {}

  /** 404 when there is no such lab; 400 naming the field when its quarter lies outside the lab's window. */
  async check(labId: number, asked: Record<string, string>, what: string, today = todayIso()): Promise<void> {
    const window = await labWindow(this.dataSource, labId, today);
    throwFieldErrors(what, labWindowErrors(labId, window, asked));
  }
}
