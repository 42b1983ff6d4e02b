import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SuccessCriterionRevisionEntity } from './success-criterion-revision.entity';
import { SuccessCriterionEntity } from './success-criterion.entity';
import { SuccessCriteriaController } from './success-criteria.controller';
import { SuccessCriteriaService } from './success-criteria.service';

@Module({
  imports: [TypeOrmModule.forFeature([SuccessCriterionEntity, SuccessCriterionRevisionEntity])],
  controllers: [SuccessCriteriaController],
  providers: [SuccessCriteriaService],
})
export class SuccessCriteriaModule {}
