import { Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { DistrictEntity } from '../districts/district.entity';
import { ThemeEntity } from '../themes/theme.entity';
import { ProjectEntity } from './project.entity';

/** project ↔ theme. Rows go with their project; a theme still in use cannot be deleted. */
@Entity('project_themes')
export class ProjectThemeEntity {
  @ForeignKey(() => ProjectEntity, { onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'integer' })
  projectId: number;

  @Index()
  @ForeignKey(() => ThemeEntity, { onDelete: 'RESTRICT' })
  @PrimaryColumn({ type: 'integer' })
  themeId: number;
}

/** project ↔ district (stadsdeel). */
@Entity('project_districts')
export class ProjectDistrictEntity {
  @ForeignKey(() => ProjectEntity, { onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'integer' })
  projectId: number;

  @Index()
  @ForeignKey(() => DistrictEntity, { onDelete: 'RESTRICT' })
  @PrimaryColumn({ type: 'integer' })
  districtId: number;
}
