/** The hourly limit on a school's declarations, as a domain error the gateway passes on (RATE_LIMITED, like its own). */
import { DomainError, type ErrorCode } from '@edu-catalogus/kit/runtime';

export class RateLimitedError extends DomainError {
  // kit's ErrorCode lists the five domain codes; RATE_LIMITED is one of the gateway's refusal codes, which it lets through.
  readonly code = 'RATE_LIMITED' as unknown as ErrorCode;
}
