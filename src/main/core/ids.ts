import { v7 as uuidv7 } from 'uuid';

/** Primary keys are UUIDv7: time-ordered, so inserts stay append-only in the b-tree. */
export const newId = (): string => uuidv7();
