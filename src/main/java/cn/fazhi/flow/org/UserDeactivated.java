package cn.fazhi.flow.org;

/** A user was deactivated: they can no longer sign in, and the work they had taken goes back to its pool. */
public record UserDeactivated(long userId, String login) {}
