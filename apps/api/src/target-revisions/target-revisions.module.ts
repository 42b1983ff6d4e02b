import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TargetRevisionEntity } from './target-revision.entity';
import { TargetRevisionsController } from './target-revisions.controller';
import { TargetRevisionsService } from './target-revisions.service';

@Module({
  imports: [TypeOrmModule.forFeature([TargetRevisionEntity])],
  controllers: [TargetRevisionsController],
  providers: [TargetRevisionsService],
})
export class TargetRevisionsModule {}
