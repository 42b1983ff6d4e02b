import { Module } from '@nestjs/common';
import { TargetRevisionsController } from './target-revisions.controller';
import { TargetRevisionsService } from './target-revisions.service';

@Module({ controllers: [TargetRevisionsController], providers: [TargetRevisionsService] })
export class TargetRevisionsModule {}
