package cn.fazhi.flow.org;

/** An account an import created, with its one-time password, to be handed to its user once and never shown again. */
public record ImportedAccount(String login, String name, String oneTimePassword) {}
