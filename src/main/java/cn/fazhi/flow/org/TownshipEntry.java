package cn.fazhi.flow.org;

/** A township as its county's administrator manages it. */
public record TownshipEntry(long id, long countyId, String code, String name, TownshipKind kind, boolean active) {}
