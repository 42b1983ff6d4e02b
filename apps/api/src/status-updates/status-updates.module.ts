import { Module } from '@nestjs/common';
import { StatusUpdatesController } from './status-updates.controller';
import { StatusUpdatesService } from './status-updates.service';

@Module({ controllers: [StatusUpdatesController], providers: [StatusUpdatesService], exports: [StatusUpdatesService] })
export class StatusUpdatesModule {}
