package inkwell.config;

/** REFRESH_ROTATION: rotate (each refresh returns a new refresh token, replay detected) or fixed. */
public enum RefreshRotation { rotate, fixed }
