package inkwell.config;

import java.time.Duration;

/** LOGIN_MAX_FAILURES, LOGIN_MAX_FAILURES_PER_ADDRESS and LOGIN_THROTTLE_WINDOW (see auth/LoginThrottle). */
public record LoginLimits(int perAccount, int perAddress, Duration window) {}
