import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud.controller';
import { CurrentActor } from '../common/actor.decorators';
import type { Actor } from '../common/actor';
import { IdPipe } from '../common/id.pipe';
import { CreateProjectDto, TransitionDto, UpdateProjectDto } from './dto/project.dto';
import type { ProjectEntity } from './project.entity';
import { ProjectOverviewService } from './project-overview.service';
import { ProjectsService } from './projects.service';

@ApiTags('projects')
@Controller('projects')
export class ProjectsController extends CrudController<ProjectEntity>('project', { create: CreateProjectDto, update: UpdateProjectDto }) {
  constructor(protected readonly service: ProjectsService, private readonly overviews: ProjectOverviewService) {
    super();
  }

  @Get(':id/overview')
  @ApiOperation({ summary: 'A project at a glance: status update, milestones, indicators against target, open reviews, the next gate' })
  overview(@Param('id', IdPipe) id: number, @CurrentActor() actor: Actor) {
    return this.overviews.overview(id, actor);
  }

  @Post(':id/transition')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decide a phase gate (go / no_go); 422 lists every unmet criterion' })
  transition(@Param('id', IdPipe) id: number, @Body() dto: TransitionDto, @CurrentActor() actor: Actor) {
    return this.service.transition(id, dto, actor);
  }
}
