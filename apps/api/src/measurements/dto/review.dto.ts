import { Text, WholeNumber } from '../../common/validators';

/** A review step: submit, approve, return (comment required) or reopen (reason required). */
export class ReviewDto {
  @Text(4000) comment?: string | null;
  /** Reopening an approved value of a closed quarter (administrators only): why the figure the council received changes. */
  @Text(4000) reason?: string | null;
  /** Optional: the version the reviewer saw; a different one answers 409 so nobody approves unseen changes. */
  @WholeNumber(1, 2147483647) version?: number | null;
}

export class CommentDto {
  @Text(4000, true) body: string;
}
