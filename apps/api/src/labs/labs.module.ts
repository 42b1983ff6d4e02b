import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LabEntity } from './lab.entity';
import { LabsController } from './labs.controller';
import { LabsService } from './labs.service';

@Module({
  imports: [TypeOrmModule.forFeature([LabEntity])],
  controllers: [LabsController],
  providers: [LabsService],
  exports: [LabsService],
})
export class LabsModule {}
