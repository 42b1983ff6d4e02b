import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/**
 * A user's personal calendar feed: one per user at most. Only the SHA-256 of the secret token is stored, so the
 * feed's address cannot be read back from the database; turning the feed on again replaces the hash (the old
 * address answers 404), and revoking deletes the row.
 */
@Entity('calendar_feeds')
export class CalendarFeedEntity {
  @ForeignKey('UserEntity', { onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'integer' })
  userId: number;

  /** Hex SHA-256 of the token. */
  @Column({ type: 'char', length: 64, unique: true })
  tokenHash: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
