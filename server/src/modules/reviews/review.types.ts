import { ConnectionType } from '../common/pagination';
import { Review } from './review.entity';

export const ReviewConnection = ConnectionType('Review', Review);
