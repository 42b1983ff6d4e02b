import { LESSON_KINDS } from '@lab/domain';
import { AcceptReadOnly, Id, IsoDate, OneOf, Text, UpdateDto } from '../../common/validators';

export class CreateLessonDto {
  @Id(true) projectId: number;
  @OneOf(LESSON_KINDS, true) kind: string;
  @Id() themeId?: number | null;
  @Text(10000, true) text: string;
  @IsoDate(true) date: string;
}
AcceptReadOnly(CreateLessonDto);
export class UpdateLessonDto extends UpdateDto(CreateLessonDto) {}
