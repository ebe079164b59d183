package cn.fazhi.flow.org;

/**
 * What an administrator writes about a township. {@code countyId} null means the administrator's own county;
 * {@code active} null keeps it as it is (a new township is active).
 */
public record TownshipForm(Long countyId, String name, TownshipKind kind, String code, Boolean active) {}
