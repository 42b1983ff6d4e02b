import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PhaseDecisionEntity } from './phase-decision.entity';
import { PhaseDecisionsController } from './phase-decisions.controller';
import { PhaseDecisionsService } from './phase-decisions.service';

@Module({
  imports: [TypeOrmModule.forFeature([PhaseDecisionEntity])],
  controllers: [PhaseDecisionsController],
  providers: [PhaseDecisionsService],
  exports: [PhaseDecisionsService],
})
export class PhaseDecisionsModule {}
