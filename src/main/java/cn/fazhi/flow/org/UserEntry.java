package cn.fazhi.flow.org;

import java.util.Set;

/** A user as their county's administrator manages them: who, where, in which roles, and whether they may sign in. */
public record UserEntry(
        long id,
        String login,
        String name,
        String email,
        String phone,
        Long countyId,
        Long townshipId,
        String townshipName,
        Set<Role> roles,
        Set<Long> advisedTownshipIds,
        boolean active) {}
