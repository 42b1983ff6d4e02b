import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../common/audit/audit.service';
import { CrudService } from '../common/crud.service';
import { ThemeEntity } from './theme.entity';
import { THEMES } from './themes.resource';

@Injectable()
export class ThemesService extends CrudService<ThemeEntity> {
  constructor(dataSource: DataSource, audit: AuditService) {
    super(dataSource, audit, THEMES);
  }
}
