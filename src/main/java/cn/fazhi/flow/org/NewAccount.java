package cn.fazhi.flow.org;

/** A user just created, and the one-time password to hand over: shown once, changed at the first sign-in. */
public record NewAccount(long id, String oneTimePassword) {}
