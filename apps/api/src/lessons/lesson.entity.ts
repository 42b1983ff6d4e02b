import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { LESSON_KINDS, type LessonKind } from '@lab/domain';
import { RecordEntity } from '../database/record.entity';
import { ProjectEntity } from '../projects/project.entity';
import { ThemeEntity } from '../themes/theme.entity';

@Entity('lessons')
export class LessonEntity extends RecordEntity {
  @Index()
  @ForeignKey(() => ProjectEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer' })
  projectId: number;

  @Index()
  @Column({ type: 'enum', enum: LESSON_KINDS, enumName: 'lesson_kind' })
  kind: LessonKind;

  @Index()
  @ForeignKey(() => ThemeEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer', nullable: true })
  themeId: number | null;

  @Column({ type: 'text' })
  text: string;

  @Index()
  @Column({ type: 'date' })
  date: string;
}
