package cn.fazhi.flow.org;

/** A township as the other features see it. */
public record TownshipInfo(
        long id,
        String code,
        String name,
        TownshipKind kind,
        long countyId,
        String countyName,
        boolean leadSignOffRequired) {}
