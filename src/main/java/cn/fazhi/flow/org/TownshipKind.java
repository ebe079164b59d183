package cn.fazhi.flow.org;

/** 乡, 镇 or 街道. */
public enum TownshipKind {
    TOWNSHIP,
    TOWN,
    SUBDISTRICT
}
