import { Module } from '@nestjs/common';
import { PhaseDecisionsController } from './phase-decisions.controller';
import { PhaseDecisionsService } from './phase-decisions.service';

@Module({ controllers: [PhaseDecisionsController], providers: [PhaseDecisionsService], exports: [PhaseDecisionsService] })
export class PhaseDecisionsModule {}
