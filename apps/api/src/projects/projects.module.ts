import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProjectDistrictEntity, ProjectThemeEntity } from './project-link.entity';
import { ProjectEntity } from './project.entity';
import { ProjectsController } from './projects.controller';
import { ProjectOverviewService } from './project-overview.service';
import { ProjectsService } from './projects.service';

@Module({
  imports: [TypeOrmModule.forFeature([ProjectEntity, ProjectThemeEntity, ProjectDistrictEntity])],
  controllers: [ProjectsController],
  providers: [ProjectsService, ProjectOverviewService],
  exports: [ProjectsService],
})
export class ProjectsModule {}
