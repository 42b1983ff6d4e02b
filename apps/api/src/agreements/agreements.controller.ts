import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud.controller';
import { CreateAgreementDto, UpdateAgreementDto } from './dto/agreement.dto';
import type { AgreementEntity } from './agreement.entity';
import { AgreementsService } from './agreements.service';

@ApiTags('agreements')
@Controller('agreements')
export class AgreementsController extends CrudController<AgreementEntity>('agreement', { create: CreateAgreementDto, update: UpdateAgreementDto }) {
  constructor(protected readonly service: AgreementsService) {
    super();
  }
}
