import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StatusUpdateEntity } from './status-update.entity';
import { StatusUpdatesController } from './status-updates.controller';
import { StatusUpdatesService } from './status-updates.service';

@Module({
  imports: [TypeOrmModule.forFeature([StatusUpdateEntity])],
  controllers: [StatusUpdatesController],
  providers: [StatusUpdatesService],
  exports: [StatusUpdatesService],
})
export class StatusUpdatesModule {}
