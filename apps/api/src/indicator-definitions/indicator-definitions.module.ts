import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IndicatorDefinitionEntity } from './indicator-definition.entity';
import { IndicatorDefinitionsController } from './indicator-definitions.controller';
import { IndicatorDefinitionsService } from './indicator-definitions.service';

@Module({
  imports: [TypeOrmModule.forFeature([IndicatorDefinitionEntity])],
  controllers: [IndicatorDefinitionsController],
  providers: [IndicatorDefinitionsService],
  exports: [IndicatorDefinitionsService],
})
export class IndicatorDefinitionsModule {}
