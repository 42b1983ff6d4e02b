import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud.controller';
import { CreateThemeDto, UpdateThemeDto } from './dto/theme.dto';
import type { ThemeEntity } from './theme.entity';
import { ThemesService } from './themes.service';

@ApiTags('themes')
@Controller('themes')
export class ThemesController extends CrudController<ThemeEntity>('theme', { create: CreateThemeDto, update: UpdateThemeDto }) {
  constructor(protected readonly service: ThemesService) {
    super();
  }
}
